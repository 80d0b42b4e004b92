import en from '@/public/_locales/en/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import { pickLanguage, setUiLanguage, t } from '@/utils/i18n';

afterEach(() => setUiLanguage(null));

describe('locales', () => {
  test('ru and en have the same keys, every message non-empty, and the same $n placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const [key, { message }] of Object.entries(ru)) {
      const other = (en as Record<string, { message: string }>)[key].message;
      expect(message.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(other.match(/\$\d/g)?.sort(), key).toEqual(message.match(/\$\d/g)?.sort());
    }
  });

  test('the manifest strings exist in both locales; the brand name stays Russian in every locale', () => {
    for (const key of ['extName', 'extShortName', 'extDescription', 'commandTogglePanel'])
      expect(Object.keys(ru)).toContain(key);
    for (const messages of [ru, en]) {
      expect(messages.extName.message).toContain('Карта жителя НСО');
      expect(messages.extShortName.message).toBe('Карта жителя НСО');
    }
  });

  test('Russian wins whenever the browser or the user prefers it; English only without Russian; Russian by default', () => {
    expect(pickLanguage(['en-US', 'ru-RU'])).toBe('ru');
    expect(pickLanguage(['ru'])).toBe('ru');
    expect(pickLanguage(['en-US', 'en'])).toBe('en');
    expect(pickLanguage(['de-DE', undefined])).toBe('ru');
    expect(pickLanguage([])).toBe('ru');
  });

  test('t() gives the chosen language and fills $1…', () => {
    setUiLanguage('ru');
    expect(t('siteNumber', '2')).toBe('Сайт №2');
    setUiLanguage('en');
    expect(t('siteNumber', '2')).toBe('Site #2');
    expect(t('tabSettings')).toBe('Settings');
  });
});
