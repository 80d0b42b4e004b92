import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PACK } from '@/utils/content-pack';
import { packFromFile, packToFile, settingsFromFile, settingsToFile } from '@/utils/settings/files';
import { contentPackItem, readContentPack } from '@/utils/settings/pack-store';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '@/utils/settings/schema';
import { parseSettings, settingsItem } from '@/utils/settings/store';

const configured: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [{ kind: 'mais', match: 'https://mais.nso.ru/*', label: 'МАИС', fields: { snils: '#snils' } }],
  office: { name: 'ОСОН Кировского района', code: 'K-3' },
};

describe('settings files', () => {
  test('export carries the storage version in an envelope and imports back unchanged', () => {
    const text = settingsToFile(configured);
    expect(JSON.parse(text)).toEqual({
      format: 'karta-nso-settings',
      version: SETTINGS_VERSION,
      settings: configured,
    });
    expect(settingsFromFile(text)).toEqual({ ok: true, value: configured });
  });

  test('a version-1 file (envelope or the first release’s bare object) is migrated', () => {
    const v1 = { version: 1, sites: configured.sites };
    const bare = settingsFromFile(JSON.stringify(v1));
    const wrapped = settingsFromFile(
      JSON.stringify({ format: 'karta-nso-settings', version: 1, settings: v1 }),
    );
    for (const result of [bare, wrapped]) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toEqual({ ...DEFAULT_SETTINGS, sites: configured.sites });
    }
  });

  test.each([
    ['not JSON', '{"format": "karta-nso-settings",', [/корректным JSON/]],
    ['not an object', '[1, 2]', [/нет объекта настроек/]],
    [
      'wrong shape',
      JSON.stringify({ format: 'karta-nso-settings', version: 2, settings: { sites: 'МАИС' } }),
      [/Список сайтов: /],
    ],
    [
      'unknown version',
      JSON.stringify({ format: 'karta-nso-settings', version: 9, settings: {} }),
      [/Версия файла 9 не поддерживается/],
    ],
    ['a content pack file', packToFile(DEFAULT_PACK), [/Это файл пакета текстов/, /нет объекта «settings»/]],
    [
      'bad pattern and bad selector',
      JSON.stringify({
        format: 'karta-nso-settings',
        version: 2,
        settings: { sites: [{ kind: 'mais', match: 'mais.nso.ru', fields: { snils: '#a[' } }] },
      }),
      [
        /Сайт №1 \(«mais\.nso\.ru»\), шаблон адреса: /,
        /Сайт №1 .*«СНИЛС» \(snils\): CSS-селектор не распознан/,
      ],
    ],
  ])('%s is rejected with every problem in Russian', (_name, text, expected) => {
    const result = settingsFromFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(expected.length);
    for (const [i, pattern] of expected.entries()) expect(result.problems[i]).toMatch(pattern);
  });
});

describe('content pack files', () => {
  test('round trip; a bad pack lists all of its problems', () => {
    expect(packFromFile(packToFile(DEFAULT_PACK))).toEqual({ ok: true, value: DEFAULT_PACK });
    const bad = { ...DEFAULT_PACK, hotlineText: ' ', maisConditions: ['один'], extra: true };
    const result = packFromFile(JSON.stringify({ format: 'karta-nso-content-pack', version: 1, pack: bad }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(3);
      expect(result.problems.join('\n')).toMatch(/поле «hotlineText»/);
      expect(result.problems.join('\n')).toMatch(/поле «maisConditions»/);
    }
  });

  test('the stored pack is used when present, the built-in one otherwise', async () => {
    expect(await readContentPack()).toEqual({ pack: DEFAULT_PACK, custom: false, error: null });
    const custom = { ...DEFAULT_PACK, hotlineText: 'Звоните 110.' };
    await contentPackItem.setValue(custom);
    expect((await readContentPack()).pack.hotlineText).toBe('Звоните 110.');
  });
});

describe('storage migrations', () => {
  test('a version-1 value stored without metadata is migrated to the current version once', async () => {
    await fakeBrowser.storage.local.set({
      settings: { version: 1, sites: configured.sites, piiTtlMinutes: 10 },
    });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ sites: configured.sites, piiTtlMinutes: 10 });
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(parseSettings(stored.settings).errors).toEqual([]);
  });

  test('a current value is left as it is', async () => {
    await fakeBrowser.storage.local.set({ settings: configured, settings$: { v: SETTINGS_VERSION } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(configured);
  });
});
