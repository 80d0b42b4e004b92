import type { Checklist } from '../checklist/keys';
import { parseChecklist } from '../checklist/schema';
import { isRecord } from '../values';

// What the store accepts: something shaped like a checklist (an object with `eligibility` and `fields` objects),
// cleaned by parseChecklist (unknown keys dropped, mistyped values emptied, lengths capped). Anything else is
// refused, so a broken message can never replace the clerk's checklist with an empty one.

export function toChecklist(value: unknown): Checklist | null {
  if (!isRecord(value) || !isRecord(value.eligibility) || !isRecord(value.fields)) return null;
  return parseChecklist(value);
}
