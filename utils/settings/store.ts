import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { isRecord } from '../values';
import { DEFAULT_SETTINGS, type Settings, type SiteSettings, settingsSchema, siteSchema } from './schema';

// The `settings` key is declared once here. Whatever is stored (a policy, a test, an old version, a typo) is read
// through parseSettings, which never throws and never writes back: a bad value is reported, not overwritten.

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Russian messages about the last stored settings (no personal data), shown on the options page. */
export const settingsErrorsItem = storage.defineItem<string[]>('local:settingsErrors', { fallback: [] });

export interface ParsedSettings {
  settings: Settings;
  errors: string[];
}

const KEEP_STORED = 'Сохранённое значение не изменено.';
const ru = { error: z.locales.ru().localeError };

const OPTION_NAMES = {
  gateEnabled: '«Удерживать оформление пластиковой карты» (gateEnabled)',
  piiTtlMinutes: '«Срок хранения данных памятки, мин» (piiTtlMinutes)',
  journalRetentionDays: '«Срок хранения журнала, дней» (journalRetentionDays)',
} as const;
type OptionKey = keyof typeof OPTION_NAMES;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describeSite(raw: unknown): string {
  if (!isRecord(raw)) return '';
  const name = typeof raw.label === 'string' && raw.label ? raw.label : raw.match;
  return typeof name === 'string' && name ? ` («${name}»)` : '';
}

function parseSite(raw: unknown, index: number): { site?: SiteSettings; error?: string } {
  const result = siteSchema.safeParse(raw, ru);
  if (result.success) return { site: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? `поле ${issue.path.join('.')}: ` : '';
    return `${field}${lowerFirst(issue.message)}`;
  });
  return { error: `Сайт №${index + 1}${describeSite(raw)}: ${problems.join('; ')}. Этот сайт пропущен.` };
}

function parseOption<K extends OptionKey>(
  raw: Record<string, unknown>,
  key: K,
  errors: string[],
): Settings[K] {
  if (raw[key] === undefined) return DEFAULT_SETTINGS[key];
  const result = settingsSchema.shape[key].safeParse(raw[key], ru);
  if (result.success) return result.data as Settings[K];
  errors.push(
    `Настройка ${OPTION_NAMES[key]}: ${lowerFirst(result.error.issues[0].message)}. ` +
      `Используется значение по умолчанию: ${String(DEFAULT_SETTINGS[key])}.`,
  );
  return DEFAULT_SETTINGS[key];
}

/**
 * Validates a stored `settings` value. Never throws. Bad sites are dropped one by one, bad options fall back to
 * their defaults, and anything unrecognisable as a whole gives DEFAULT_SETTINGS — each with a Russian message.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, errors: [] };
  if (!isRecord(raw)) {
    return {
      settings: DEFAULT_SETTINGS,
      errors: [
        `Настройки не распознаны: ожидался объект. Используются настройки по умолчанию. ${KEEP_STORED}`,
      ],
    };
  }
  if (raw.version !== undefined && raw.version !== 1) {
    return {
      settings: DEFAULT_SETTINGS,
      errors: [
        `Версия настроек ${JSON.stringify(raw.version)} не поддерживается (ожидается 1). ` +
          `Используются настройки по умолчанию. ${KEEP_STORED}`,
      ],
    };
  }
  const errors: string[] = [];
  let sites: SiteSettings[];
  if (Array.isArray(raw.sites)) {
    sites = [];
    raw.sites.forEach((item, index) => {
      const { site, error } = parseSite(item, index);
      if (site) sites.push(site);
      if (error) errors.push(error);
    });
  } else {
    sites = DEFAULT_SETTINGS.sites;
    errors.push(`В настройках нет списка сайтов (sites). Используются сайты по умолчанию. ${KEEP_STORED}`);
  }
  const settings: Settings = {
    version: 1,
    sites,
    gateEnabled: parseOption(raw, 'gateEnabled', errors),
    piiTtlMinutes: parseOption(raw, 'piiTtlMinutes', errors),
    journalRetentionDays: parseOption(raw, 'journalRetentionDays', errors),
  };
  return { settings, errors };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Stores the messages for the options page, writing only when they changed. */
export async function saveSettingsErrors(errors: string[]): Promise<void> {
  const previous = await settingsErrorsItem.getValue();
  if (!Array.isArray(previous) || !sameList(previous, errors)) await settingsErrorsItem.setValue(errors);
}

/** Reads and validates the stored settings (the stored value itself is never rewritten). */
export async function readSettings(): Promise<ParsedSettings> {
  return parseSettings(await settingsItem.getValue());
}
