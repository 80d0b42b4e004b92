import type { FieldKey } from '../checklist/keys';
import type { Meaning } from '../fields/meanings';
import { type Classified, COMPOSITES, PERSONAL_MEANINGS } from './classify';

// Two fields of one block that both mean the citizen's surname (or name, birth date, СНИЛС, phone) are two people's:
// the citizen's and someone else's side by side — a table with a column per person under column headers the fields
// cannot see. Which one is the citizen's nothing says (the better-labelled one is merely the row's first), so neither
// is written: wrong data in a registry is worse than a field left to the clerk. Documents have their own rule (the
// second passport-like set is the basis document's, plan.ts) and bound fields are the administrator's word.

/**
 * The personal meanings assigned to a field that shares its block with another field of the same meaning (one no
 * other meaning took); neither is written. Keys of each such meaning, for the report.
 */
export function unclearTwins(
  assigned: Map<Meaning, Classified>,
  classified: Classified[],
): Map<Meaning, FieldKey[]> {
  const used = new Set([...assigned.values()].map((c) => c.control));
  const out = new Map<Meaning, FieldKey[]>();
  for (const [meaning, chosen] of assigned) {
    if (!PERSONAL_MEANINGS.has(meaning) || chosen.control.siteKey) continue;
    const twin = classified.some(
      (c) => c.meaning === meaning && !used.has(c.control) && c.control.block === chosen.control.block,
    );
    if (twin) out.set(meaning, COMPOSITES[meaning] ?? [meaning as FieldKey]);
  }
  return out;
}
