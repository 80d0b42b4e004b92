import { z } from 'zod';
import { type Checklist, ELIGIBILITY_KEYS, emptyChecklist, FIELD_KEYS } from './keys';

// Background-only (imports zod): the shape of a stored checklist, tolerant of damage — unknown keys are dropped,
// missing or mistyped values become false / '', and anything that is not a checklist becomes an empty one.

/** Far above any real value; keeps a corrupted or hostile message from bloating session storage. */
const MAX_VALUE_LENGTH = 1000;

const text = z
  .string()
  .transform((s) => s.slice(0, MAX_VALUE_LENGTH))
  .catch('');
const flag = z.boolean().catch(false);

const eligibilitySchema = z.object(
  Object.fromEntries(ELIGIBILITY_KEYS.map((k) => [k, flag])) as Record<
    (typeof ELIGIBILITY_KEYS)[number],
    typeof flag
  >,
);
const fieldsSchema = z.object(
  Object.fromEntries(FIELD_KEYS.map((k) => [k, text])) as Record<(typeof FIELD_KEYS)[number], typeof text>,
);

export const checklistSchema = z
  .object({
    eligibility: eligibilitySchema.catch(() => emptyChecklist().eligibility),
    fields: fieldsSchema.catch(() => emptyChecklist().fields),
  })
  .catch(() => emptyChecklist());

/** Never throws: whatever storage or a message held becomes a valid checklist (empty when unreadable). */
export function parseChecklist(raw: unknown): Checklist {
  const result = checklistSchema.safeParse(raw);
  return result.success ? result.data : emptyChecklist();
}
