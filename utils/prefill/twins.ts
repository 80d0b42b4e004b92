import type { FieldKey } from '../checklist/keys';
import type { Meaning } from '../fields/meanings';
import { type Classified, COMPOSITES, PERSONAL_MEANINGS } from './classify';

// Two fields that both mean the citizen's surname (or name, birth date, СНИЛС, phone) as surely as each other are two
// people's, or one is not a record's field at all: a table with a column per person under column headers the fields
// cannot see (both in one block: the better-labelled one is merely the row's first), a grid's filter row above the
// card (its column headers name its boxes as well as the card's labels name the card's). A block titled for the
// citizen («Получатель», «Карточка получателя») settles it — the first such block, as before, when the field there
// was chosen already; otherwise neither is written: wrong data in a registry is worse than a field left to the clerk. Documents have their own rule (the second passport-like set is the basis
// document's, plan.ts) and bound fields are the administrator's word.

/**
 * Settles each personal meaning whose field has a rival — another field of that meaning in its block, or one as
 * surely meant elsewhere, that no other meaning took: a field in a block titled for the citizen, with no rival in its
 * own block, keeps it; else the one rival in such a block takes it; else the meaning is taken from `assigned`.
 * Returns the keys left to the clerk.
 */
export function settleTwins(assigned: Map<Meaning, Classified>, classified: Classified[]): FieldKey[] {
  const used = new Set([...assigned.values()].map((c) => c.control));
  const unclear: FieldKey[] = [];
  for (const [meaning, chosen] of [...assigned]) {
    if (!PERSONAL_MEANINGS.has(meaning) || chosen.control.siteKey) continue;
    const rivals = classified.filter(
      (c) =>
        c.meaning === meaning &&
        !used.has(c.control) &&
        (c.control.block === chosen.control.block || c.score === chosen.score),
    );
    if (rivals.length === 0) continue;
    const citizens = [chosen, ...rivals].filter(
      (c) => c.section === 'person' && c.control.block !== chosen.control.block,
    );
    const own = chosen.section === 'person' && !rivals.some((c) => c.control.block === chosen.control.block);
    if (own) continue;
    if (citizens.length === 1) assigned.set(meaning, citizens[0]);
    else {
      assigned.delete(meaning);
      unclear.push(...(COMPOSITES[meaning] ?? [meaning as FieldKey]));
    }
  }
  return unclear;
}
