import { z } from 'zod';
import { type ContentPack, formatPath } from '../content-pack';
import { contentPackSchema } from '../content-pack/schema';
import { migrateSettings } from './migrations';
import { CONTENT_PACK_VERSION } from './pack-store';
import { isRecord, lowerFirst } from './problems';
import { SETTINGS_VERSION, type Settings } from './schema';
import { RU_ERRORS } from './store';
import { validateSettings } from './validate';

// Settings and the content pack as JSON files. A file carries its version in an envelope,
//   { "format": "karta-nso-settings", "version": 2, "settings": { … } }
//   { "format": "karta-nso-content-pack", "version": 1, "pack": { … } }
// which is the storage item's version of the value inside; an older file is migrated by the same migrations as
// storage. Reading never throws: a bad file gives every problem in Russian and nothing else happens.

export const SETTINGS_FORMAT = 'karta-nso-settings';
export const PACK_FORMAT = 'karta-nso-content-pack';

export type FileResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function settingsToFile(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

export function packToFile(pack: ContentPack): string {
  return `${JSON.stringify({ format: PACK_FORMAT, version: CONTENT_PACK_VERSION, pack }, null, 2)}\n`;
}

const FORMAT_NAMES: Record<string, string> = {
  [SETTINGS_FORMAT]: 'настроек',
  [PACK_FORMAT]: 'пакета текстов',
};

type Envelope = { ok: true; version: number; body: unknown } | { ok: false; problems: string[] };

function openEnvelope(text: string, format: string, bodyKey: string, latest: number): Envelope {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, problems: [`Файл не является корректным JSON${detail}.`] };
  }
  if (!isRecord(data)) return { ok: false, problems: [`В файле нет объекта ${FORMAT_NAMES[format]}.`] };
  // A bare object of the first release (`{ version: 1, sites: … }`) is a version-1 settings file.
  if (data.format === undefined && format === SETTINGS_FORMAT && data.version === 1 && 'sites' in data)
    return { ok: true, version: 1, body: data };
  const problems: string[] = [];
  if (data.format !== format) {
    const other = typeof data.format === 'string' ? FORMAT_NAMES[data.format] : undefined;
    problems.push(
      other
        ? `Это файл ${other}, а ожидается файл ${FORMAT_NAMES[format]}.`
        : `Поле «format» должно быть «${format}» (сейчас: ${JSON.stringify(data.format ?? null)}).`,
    );
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > latest)
    problems.push(
      `Версия файла ${JSON.stringify(version ?? null)} не поддерживается: эта версия расширения читает версии ` +
        `${latest === 1 ? '1' : `от 1 до ${latest}`}.`,
    );
  if (!isRecord(data[bodyKey])) problems.push(`В файле нет объекта «${bodyKey}».`);
  return problems.length
    ? { ok: false, problems }
    : { ok: true, version: version as number, body: data[bodyKey] };
}

export function settingsFromFile(text: string): FileResult<Settings> {
  const envelope = openEnvelope(text, SETTINGS_FORMAT, 'settings', SETTINGS_VERSION);
  if (!envelope.ok) return envelope;
  const result = validateSettings(migrateSettings(envelope.body, envelope.version, SETTINGS_VERSION));
  return result.ok
    ? { ok: true, value: result.settings }
    : { ok: false, problems: result.problems.map((p) => p.message) };
}

export function packFromFile(text: string): FileResult<ContentPack> {
  const envelope = openEnvelope(text, PACK_FORMAT, 'pack', CONTENT_PACK_VERSION);
  if (!envelope.ok) return envelope;
  const result = z.strictObject(contentPackSchema.shape).safeParse(envelope.body, RU_ERRORS);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map(
      (issue) => `Пакет текстов, поле «${formatPath(issue.path)}»: ${lowerFirst(issue.message)}`,
    ),
  };
}
