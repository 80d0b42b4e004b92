import { z } from 'zod';
import { DEFAULT_PACK } from './default-pack';
import { type ContentPack, contentPackSchema } from './schema';

// Entry for the background and extension pages. It imports zod: the panel (content script) must import
// './default-pack', './instructions' or './steps' directly instead, and receive the pack as plain JSON.

export { DEFAULT_PACK } from './default-pack';
export { instructionsText } from './instructions';
export type { ContentPack, PackStep } from './schema';
export { STEP_IDS, type StepId } from './steps';

export interface ParsedPack {
  pack: ContentPack;
  /** Russian message naming the bad path, or null when the input was accepted. */
  error: string | null;
}

const FALLBACK_NOTE = 'Используются тексты памятки по умолчанию.';

/** «advantages[2].title» from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(весь пакет)';
}

/**
 * Validates an administrator's content pack (object or JSON text). Never throws: on any problem it returns the
 * default pack and a Russian message that names the first bad field.
 */
export function parsePack(raw: unknown): ParsedPack {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { pack: DEFAULT_PACK, error: `Пакет текстов не является корректным JSON. ${FALLBACK_NOTE}` };
    }
  }
  const result = contentPackSchema.safeParse(value, { error: z.locales.ru().localeError });
  if (result.success) return { pack: result.data, error: null };
  const issue = result.error.issues[0];
  const more = result.error.issues.length > 1 ? ` (и ещё ошибок: ${result.error.issues.length - 1})` : '';
  return {
    pack: DEFAULT_PACK,
    error: `Ошибка в пакете текстов, поле «${formatPath(issue.path)}»: ${issue.message}${more}. ${FALLBACK_NOTE}`,
  };
}
