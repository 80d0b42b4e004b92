import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { parseSettings, readSettings, saveSettingsErrors, settingsErrorsItem } from '@/utils/settings/store';

const issuance = { kind: 'issuance', match: 'https://osn.example.ru/card/*' } as const;
const mais = { kind: 'mais', match: 'https://mais.nso.ru/*', label: 'МАИС' } as const;

describe('parseSettings', () => {
  test('an object with only (legacy) version and sites is valid and gets every default', () => {
    const { settings, errors } = parseSettings({ version: 1, sites: [issuance] });
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      sites: [issuance],
      gateEnabled: true,
      piiTtlMinutes: 30,
      journalRetentionDays: 400,
    });
  });

  test('keeps given options and per-site fields', () => {
    const site = { ...mais, fields: { snils: '#snils' }, issueSelector: '#go' };
    const { settings, errors } = parseSettings({
      version: 1,
      sites: [site],
      gateEnabled: false,
      piiTtlMinutes: 5,
    });
    expect(errors).toEqual([]);
    expect(settings.sites).toEqual([site]);
    expect(settings.gateEnabled).toBe(false);
    expect(settings.piiTtlMinutes).toBe(5);
  });

  test('drops only the bad site, with a Russian message naming its number', () => {
    const { settings, errors } = parseSettings({
      version: 1,
      sites: [issuance, { kind: 'issuance', match: 'not a pattern' }, mais],
    });
    expect(settings.sites).toEqual([issuance, mais]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Сайт №2 \(«not a pattern»\): поле match: шаблон адреса не распознан/);
    expect(errors[0]).toContain('пропущен');
  });

  test('a site with an unknown kind or no object at all is reported in Russian', () => {
    const { settings, errors } = parseSettings({
      version: 1,
      sites: [{ kind: 'bank', match: 'https://a.ru/*' }, 42],
    });
    expect(settings.sites).toEqual([]);
    expect(errors[0]).toMatch(/^Сайт №1 \(«https:\/\/a\.ru\/\*»\): поле kind: тип сайта должен быть/);
    expect(errors[1]).toMatch(/^Сайт №2: /);
    expect(errors.join(' ')).not.toMatch(/expected|invalid input/i);
  });

  test('every problem of a site is listed in one message', () => {
    const { errors } = parseSettings({ version: 1, sites: [{ kind: 'bank', match: 'nope' }] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('поле kind: тип сайта должен быть');
    expect(errors[0]).toContain('; поле match: шаблон адреса не распознан');
  });

  test('a bad option falls back to its default and says so', () => {
    const { settings, errors } = parseSettings({ version: 1, sites: [issuance], piiTtlMinutes: -3 });
    expect(settings.sites).toEqual([issuance]);
    expect(settings.piiTtlMinutes).toBe(30);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('piiTtlMinutes');
    expect(errors[0]).toContain('по умолчанию: 30');
  });

  test.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a number', 7],
    ['another version', { version: 2, sites: [] }],
  ])('%s falls back to the defaults with a message', (_name, raw) => {
    const { settings, errors } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Используются настройки по умолчанию');
  });

  test('missing sites list keeps the default sites and reports it', () => {
    const { settings, errors } = parseSettings({ version: 1, gateEnabled: false });
    expect(settings.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(settings.gateEnabled).toBe(false);
    expect(errors[0]).toContain('sites');
  });

  test('nothing stored is no error', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });
});

describe('stored settings', () => {
  test('a value written straight to storage.local (as outside tests do) is read as is', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, sites: [mais] } });
    const { settings, errors } = await readSettings();
    expect(errors).toEqual([]);
    expect(settings.sites).toEqual([mais]);
  });

  test('reading never rewrites a bad stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'oops' });
    const { settings } = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: 'oops' });
  });

  test('nothing stored gives the defaults', async () => {
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('errors are kept under settingsErrors and written only when they change', async () => {
    const writes: unknown[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      if (changes.settingsErrors) writes.push(changes.settingsErrors.newValue);
    });
    await saveSettingsErrors(['Сайт №1: плохо']);
    await saveSettingsErrors(['Сайт №1: плохо']);
    expect(await settingsErrorsItem.getValue()).toEqual(['Сайт №1: плохо']);
    expect(writes).toHaveLength(1);
  });
});
