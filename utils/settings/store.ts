import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { SETTINGS_MIGRATIONS } from './migrations';
import { describeIssues, isRecord, lowerFirst, OPTION_NAMES, siteSuffix } from './problems';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  type Settings,
  type SiteSettings,
  settingsSchema,
  siteSchema,
} from './schema';

// The `settings` key is declared once here, versioned by the storage item (WXT keeps `settings$: { v }`) with the
// migrations of migrations.ts. Whatever is stored (a script, a test, an old version, a typo) is read through
// parseSettings, which never throws and never writes back: a bad value is reported, not overwritten.

/** The `storage.local` key of the settings (the automation contract's `settings`). */
export const SETTINGS_KEY = 'settings';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Russian messages about the settings in force (no personal data), shown on the options page. */
export const settingsErrorsItem = storage.defineItem<string[]>('local:settingsErrors', { fallback: [] });

export interface ParsedSettings {
  settings: Settings;
  errors: string[];
}

const KEEP_STORED = 'Сохранённое значение не изменено.';
export const RU_ERRORS = { error: z.locales.ru().localeError };

type OptionKey = 'gateEnabled' | 'piiTtlMinutes' | 'journalRetentionDays';

function parseSite(raw: unknown, index: number): { site?: SiteSettings; error?: string } {
  const result = siteSchema.safeParse(raw, RU_ERRORS);
  if (result.success) return { site: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? `поле ${issue.path.join('.')}: ` : '';
    return `${field}${lowerFirst(issue.message)}`;
  });
  return { error: `Сайт №${index + 1}${siteSuffix(raw)}: ${problems.join('; ')}. Этот сайт пропущен.` };
}

function parseOption<K extends OptionKey>(
  raw: Record<string, unknown>,
  key: K,
  errors: string[],
): Settings[K] {
  if (raw[key] === undefined) return DEFAULT_SETTINGS[key];
  const result = settingsSchema.shape[key].safeParse(raw[key], RU_ERRORS);
  if (result.success) return result.data as Settings[K];
  errors.push(
    `Настройка ${OPTION_NAMES[key]}: ${lowerFirst(result.error.issues[0].message)}. ` +
      `Используется значение по умолчанию: ${String(DEFAULT_SETTINGS[key])}.`,
  );
  return DEFAULT_SETTINGS[key];
}

function parseOffice(raw: Record<string, unknown>, errors: string[]): Settings['office'] {
  if (raw.office === undefined) return undefined;
  const result = settingsSchema.shape.office.safeParse(raw.office, RU_ERRORS);
  if (result.success) return result.data;
  errors.push(
    `${describeIssues(result.error, raw, ['office']).join('; ')}. Отделение не указано в журнале. ${KEEP_STORED}`,
  );
  return undefined;
}

function parseSites(raw: Record<string, unknown>, errors: string[]): SiteSettings[] {
  if (!Array.isArray(raw.sites)) {
    errors.push(`В настройках нет списка сайтов (sites). Используются сайты по умолчанию. ${KEEP_STORED}`);
    return DEFAULT_SETTINGS.sites;
  }
  const sites: SiteSettings[] = [];
  raw.sites.forEach((item, index) => {
    const { site, error } = parseSite(item, index);
    if (site) sites.push(site);
    if (error) errors.push(error);
  });
  return sites;
}

/**
 * Validates a stored `settings` value. Never throws. Bad sites are dropped one by one, bad options fall back to
 * their defaults, and anything unrecognisable as a whole gives DEFAULT_SETTINGS — each with a Russian message.
 * A `version: 1` field (written by the first release and its scripts) is accepted and ignored.
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
        `Поле version со значением ${JSON.stringify(raw.version)} не поддерживается: версия настроек хранится ` +
          `отдельно, а в объекте допускается только устаревшее «version: 1». ` +
          `Используются настройки по умолчанию. ${KEEP_STORED}`,
      ],
    };
  }
  const errors: string[] = [];
  const settings: Settings = {
    sites: parseSites(raw, errors),
    gateEnabled: parseOption(raw, 'gateEnabled', errors),
    piiTtlMinutes: parseOption(raw, 'piiTtlMinutes', errors),
    journalRetentionDays: parseOption(raw, 'journalRetentionDays', errors),
  };
  const office = parseOffice(raw, errors);
  if (office) settings.office = office;
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

/** Reads and validates the locally stored settings (the stored value itself is never rewritten). */
export async function readSettings(): Promise<ParsedSettings> {
  return parseSettings(await settingsItem.getValue());
}
