import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';

// UI chrome of the extension pages (buttons, headings, messages) in Russian or English. The texts are the
// `_locales/<lang>/messages.json` files the manifest uses (`__MSG_extName__`), bundled so a page can pick its
// language itself: browsers choose `_locales` by their own interface language, and a browser built without a
// Russian interface (Debian's chromium without chromium-l10n, firefox-esr without its language pack) would show
// English to a Russian-reading clerk. The memo's content (the content pack) is Russian whatever the language.
//
//   import { t } from '@/utils/i18n';
//   t('popupOpenOptions')                 // «Отчёт и настройки»
//   t('siteNumber', String(2))            // «Сайт №2» — $1…$9 are replaced by the arguments
//
// Add a key to both files (a unit test checks they have the same keys); keys are typed from the Russian file.

export type MessageKey = keyof typeof ru;
export type UiLanguage = 'ru' | 'en';

const MESSAGES: Record<UiLanguage, Record<string, { message: string }>> = { ru, en };

/**
 * Russian when Russian is among the browser's interface language and the user's preferred languages, else English
 * when English is, else Russian (the default locale).
 */
export function pickLanguage(preferred: readonly (string | undefined)[]): UiLanguage {
  const primary = preferred.filter(Boolean).map((tag) => (tag as string).toLowerCase().split(/[-_]/)[0]);
  if (primary.includes('ru')) return 'ru';
  return primary.includes('en') ? 'en' : 'ru';
}

function browserUiLanguage(): string | undefined {
  const runtime = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome;
  try {
    return runtime?.i18n?.getUILanguage?.();
  } catch {
    return undefined; // outside an extension (unit tests)
  }
}

function detectLanguage(): UiLanguage {
  const nav = globalThis.navigator;
  return pickLanguage([browserUiLanguage(), ...(nav?.languages ?? []), nav?.language]);
}

let current: UiLanguage | null = null;

export function uiLanguage(): UiLanguage {
  current ??= detectLanguage();
  return current;
}

/** For tests and the pages' `lang` attribute: fixes the language instead of detecting it. */
export function setUiLanguage(language: UiLanguage | null): void {
  current = language;
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  const message = MESSAGES[uiLanguage()][key]?.message ?? ru[key].message;
  return message.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
