import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readEffectiveSettings } from '@/utils/settings/effective';
import { fieldLock, issueSelectorLock, mergeSettings, parsePolicy } from '@/utils/settings/policy';
import { saveFieldMapping } from '@/utils/settings/save';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { settingsItem } from '@/utils/settings/store';

const mais = { kind: 'mais', match: 'https://mais.nso.ru/*', label: 'МАИС' } as const;
const local: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [
    { ...mais, issueSelector: '#local-go', fields: { snils: '#local-snils', idSeries: '#local-series' } },
    { kind: 'issuance', match: 'https://local.ru/*' },
  ],
  piiTtlMinutes: 15,
  office: { name: 'ОСОН Центрального округа', code: 'C-01' },
};

const managed = (value: Record<string, unknown>) => ({ get: async () => value });

describe('policy parsing', () => {
  test('no policy (empty object or nothing) is not an error', () => {
    expect(parsePolicy(undefined)).toEqual({ status: 'none' });
    expect(parsePolicy({})).toEqual({ status: 'none' });
  });

  test('a partial policy is applied as given, without defaults filled in', () => {
    expect(parsePolicy({ gateEnabled: false })).toEqual({
      status: 'applied',
      policy: { gateEnabled: false },
    });
  });

  test('a bad policy is rejected whole with every problem in Russian', () => {
    const parsed = parsePolicy({
      gateEnabled: 'да',
      sites: [{ kind: 'mais', match: 'mais.nso.ru' }],
      colour: 1,
    });
    expect(parsed.status).toBe('rejected');
    if (parsed.status !== 'rejected') return;
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems.join('\n')).toMatch(/Сайт №1 \(«mais\.nso\.ru»\), шаблон адреса/);
    expect(parsed.problems.join('\n')).toContain('colour');
  });
});

describe('merge, field by field', () => {
  test('options the policy sets win and are locked; the rest stays local', () => {
    const { settings, locks } = mergeSettings(local, { gateEnabled: false, office: { code: 'P-77' } });
    expect(settings.gateEnabled).toBe(false);
    expect(settings.piiTtlMinutes).toBe(15);
    expect(settings.office).toEqual({ name: 'ОСОН Центрального округа', code: 'P-77' });
    expect(settings.sites).toBe(local.sites);
    expect([...locks].sort()).toEqual(['gateEnabled', 'office.code']);
  });

  test('a policy site list replaces the local one; local mappings fill what the policy leaves out', () => {
    const policySite = {
      kind: 'mais' as const,
      match: mais.match,
      label: 'МАИС (политика)',
      fields: { snils: '#p' },
    };
    const { settings, locks } = mergeSettings(local, { sites: [policySite] });
    expect(settings.sites).toEqual([
      {
        ...policySite,
        issueSelector: '#local-go',
        fields: { snils: '#p', idSeries: '#local-series' },
      },
    ]);
    expect(locks.has('sites')).toBe(true);
    expect(locks.has(fieldLock(mais.match, 'snils'))).toBe(true);
    expect(locks.has(fieldLock(mais.match, 'idSeries'))).toBe(false);
    expect(locks.has(issueSelectorLock(mais.match))).toBe(false);
  });

  test('no policy: local settings unchanged, nothing locked', () => {
    const { settings, locks } = mergeSettings(local, null);
    expect(settings).toBe(local);
    expect(locks.size).toBe(0);
  });
});

describe('settings in force', () => {
  beforeEach(async () => {
    await settingsItem.setValue(local);
  });

  test('a valid policy is merged over the stored settings', async () => {
    const effective = await readEffectiveSettings(managed({ journalRetentionDays: 30 }));
    expect(effective.settings.journalRetentionDays).toBe(30);
    expect(effective.settings.piiTtlMinutes).toBe(15);
    expect(effective.errors).toEqual([]);
  });

  test('a rejected policy leaves local settings in force and is reported', async () => {
    const effective = await readEffectiveSettings(managed({ journalRetentionDays: -1, gateEnabled: false }));
    expect(effective.settings).toEqual(local);
    expect(effective.policy.status).toBe('rejected');
    expect(effective.errors[0]).toMatch(/Политика администратора отклонена/);
    expect(effective.errors[1]).toMatch(/journalRetentionDays/);
  });

  test('a managed area that throws (Firefox without a policy) means no policy', async () => {
    const failing = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    const effective = await readEffectiveSettings(failing);
    expect(effective.policy).toEqual({ status: 'none' });
    expect(effective.settings).toEqual(local);
  });
});

describe('saving a field mapping', () => {
  test('stores a valid mapping on the local site and refuses a bad selector without writing', async () => {
    await settingsItem.setValue(local);
    expect((await saveFieldMapping(mais.match, 'birthDate', '#birth')).ok).toBe(true);
    expect((await settingsItem.getValue()).sites[0].fields?.birthDate).toBe('#birth');
    const before = await fakeBrowser.storage.local.get('settings');
    const refused = await saveFieldMapping(mais.match, 'birthDate', 'x[');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0].message).toMatch(/CSS-селектор не распознан/);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual(before);
  });

  test('removing a mapping drops the key', async () => {
    await settingsItem.setValue(local);
    await saveFieldMapping(mais.match, 'snils', null);
    expect((await settingsItem.getValue()).sites[0].fields).toEqual({ idSeries: '#local-series' });
  });

  test('an unknown site is refused', async () => {
    await settingsItem.setValue(local);
    const result = await saveFieldMapping('https://nowhere.ru/*', 'snils', '#s');
    expect(result.ok).toBe(false);
  });
});

describe('saving a field mapping on a site the policy lists', () => {
  beforeEach(async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sites: [] });
    await fakeBrowser.storage.managed.set({ sites: [{ ...mais, fields: { snils: '#policy-snils' } }] });
  });

  test('a key the policy maps is refused as set by the administrator', async () => {
    const result = await saveFieldMapping(mais.match, 'snils', '#mine');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].reason).toBe('задано администратором');
    expect((await settingsItem.getValue()).sites).toEqual([]);
  });

  test('another key goes to a local site with the same pattern and is merged in force', async () => {
    expect((await saveFieldMapping(mais.match, 'idNumber', '[name="num"]')).ok).toBe(true);
    expect((await settingsItem.getValue()).sites).toEqual([
      { ...mais, fields: { idNumber: '[name="num"]' } },
    ]);
    const { settings } = await readEffectiveSettings();
    expect(settings.sites[0].fields).toEqual({ snils: '#policy-snils', idNumber: '[name="num"]' });
  });
});
