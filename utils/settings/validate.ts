import { describePath, lowerFirst } from './problems';
import { type Settings, strictSettingsSchema } from './schema';
import { RU_ERRORS } from './store';

// Strict validation for whatever an administrator hands over whole: an edit in the options page, an imported file.
// Unlike the storage reader it drops nothing: any problem rejects the value, and every problem is listed.

export interface SettingsProblem {
  /** Where in the settings object, e.g. ['sites', 1, 'fields', 'snils']. */
  path: PropertyKey[];
  /** The reason alone, Russian, e.g. «CSS-селектор не распознан: …». */
  reason: string;
  /** A full Russian line naming the place: «Сайт №2 («МАИС»), привязка полей «СНИЛС» (snils): …». */
  message: string;
}

export type Validated = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

export function validateSettings(raw: unknown): Validated {
  const result = strictSettingsSchema.safeParse(raw, RU_ERRORS);
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const reason = lowerFirst(issue.message);
      return { path: issue.path, reason, message: `${describePath(issue.path, raw)}: ${reason}` };
    }),
  };
}

/** Same path, element by element (a number index equals its string form from a form control). */
export function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((part, i) => String(part) === String(b[i]));
}
