import type { Checklist } from '../checklist/keys';
import { parseChecklist } from '../checklist/schema';

// What the store accepts: something shaped like a checklist (an object with `eligibility` and `fields` objects),
// cleaned by parseChecklist (unknown keys dropped, mistyped values emptied, lengths capped). Anything else is
// refused, so a broken message can never replace the clerk's checklist with an empty one.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function toChecklist(value: unknown): Checklist | null {
  if (!isRecord(value) || !isRecord(value.eligibility) || !isRecord(value.fields)) return null;
  return parseChecklist(value);
}
