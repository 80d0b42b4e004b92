import { z } from 'zod';
import {
  type Checklist,
  ELIGIBILITY_KEYS,
  emptyChecklist,
  FIELD_KEYS,
  FIELD_MAX_LENGTH,
  type FieldKey,
} from './keys';
import { clampField } from './text';

// Background-only (imports zod): the shape of a stored checklist, tolerant of damage — unknown keys are dropped,
// missing or mistyped values become false / '', and anything that is not a checklist becomes an empty one.

// Every value as the panel keeps it: no invisible characters, cut at its field's limit — the same cut the panel
// makes on screen, so what is stored is what the clerk saw.
const text = (key: FieldKey) =>
  z
    .string()
    .transform((s) => clampField(s, FIELD_MAX_LENGTH[key]))
    .catch('');
const flag = z.boolean().catch(false);

const eligibilitySchema = z.object(
  Object.fromEntries(ELIGIBILITY_KEYS.map((k) => [k, flag])) as Record<
    (typeof ELIGIBILITY_KEYS)[number],
    typeof flag
  >,
);
const fieldsSchema = z.object(
  Object.fromEntries(FIELD_KEYS.map((k) => [k, text(k)])) as Record<FieldKey, ReturnType<typeof text>>,
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
