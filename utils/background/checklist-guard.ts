import { type Checklist, ELIGIBILITY_KEYS, emptyChecklist, FIELD_KEYS } from '../checklist/keys';

// Shape check for a checklist arriving over a message or read back from storage.session: only the known keys,
// booleans and strings. Field-level validation (СНИЛС checksum, dates…) belongs to utils/checklist; the store only
// refuses what is not a checklist at all. Returns null for anything else.

export function toChecklist(value: unknown): Checklist | null {
  if (typeof value !== 'object' || value === null) return null;
  const { eligibility, fields } = value as Record<string, unknown>;
  if (typeof eligibility !== 'object' || eligibility === null) return null;
  if (typeof fields !== 'object' || fields === null) return null;
  const checklist = emptyChecklist();
  for (const key of ELIGIBILITY_KEYS) {
    const flag = (eligibility as Record<string, unknown>)[key];
    if (flag !== undefined && typeof flag !== 'boolean') return null;
    checklist.eligibility[key] = flag === true;
  }
  for (const key of FIELD_KEYS) {
    const text = (fields as Record<string, unknown>)[key];
    if (text !== undefined && typeof text !== 'string') return null;
    checklist.fields[key] = text ?? '';
  }
  return checklist;
}
