import { type SettingsProblem, samePath } from '@/utils/settings/validate';

// Problems of a rejected edit, worded for the field they belong to.

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The reason for the field at `path` alone, or null. */
export function ownReason(problems: SettingsProblem[], path: PropertyKey[]): string | null {
  const own = problems.find((p) => samePath(p.path, path));
  return own ? capital(own.reason) : null;
}

/** The reason for the field at `path`, or the first full message when the problem lies elsewhere; null if none. */
export function reasonFor(problems: SettingsProblem[], path: PropertyKey[]): string | null {
  return ownReason(problems, path) ?? problems[0]?.message ?? null;
}

/** The first problem's reason, for an edit that touches one value only. */
export const firstReason = (problems: SettingsProblem[]) =>
  problems.length ? capital(problems[0].reason) : null;

/** A number typed into a form: the number, or the text itself so the schema refuses it with its own message. */
export function numberOrText(value: string): number | string {
  const trimmed = value.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : value;
}

/** Optional text: an empty field removes the key. */
export const optionalText = (value: string) => (value.trim() === '' ? undefined : value);
