import {
  type Checklist,
  type ChecklistFields,
  emptyChecklist,
  FIELD_KEYS,
  type FieldKey,
} from '../checklist/keys';
import { checkSnils } from '../checklist/snils';

// Captured values into the checklist: fill only what is empty — unless the page shows another person, then the
// captured person replaces the whole checklist (the panel says so and offers «Вернуть»).

export interface MergeResult {
  checklist: Checklist;
  replaced: boolean;
  filledKeys: FieldKey[];
}

export function mergeCaptured(current: Checklist, captured: Partial<ChecklistFields>): MergeResult {
  if (isAnotherPerson(current.fields, captured)) {
    const fresh = emptyChecklist();
    const filledKeys = FIELD_KEYS.filter((key) => (captured[key] ?? '') !== '');
    for (const key of filledKeys) fresh.fields[key] = captured[key] as string;
    return { checklist: fresh, replaced: true, filledKeys };
  }
  const fields = { ...current.fields };
  const filledKeys = FIELD_KEYS.filter((key) => fields[key] === '' && (captured[key] ?? '') !== '');
  for (const key of filledKeys) fields[key] = captured[key] as string;
  return { checklist: { eligibility: { ...current.eligibility }, fields }, replaced: false, filledKeys };
}

/** Both sides have a valid СНИЛС and they differ; without two СНИЛС, both have a name and the names differ. */
export function isAnotherPerson(current: ChecklistFields, captured: Partial<ChecklistFields>): boolean {
  const a = validSnilsDigits(current.snils);
  const b = validSnilsDigits(captured.snils ?? '');
  if (a && b) return a !== b;
  const nameA = fullName(current);
  const nameB = fullName(captured);
  if (!nameA || !nameB) return false;
  if (nameA.last !== nameB.last || nameA.first !== nameB.first) return true;
  // A missing отчество on one side is not a different person.
  return nameA.middle !== '' && nameB.middle !== '' && nameA.middle !== nameB.middle;
}

function validSnilsDigits(snils: string): string | null {
  if (!snils || !checkSnils(snils).ok) return null;
  return snils.replace(/\D/g, '');
}

function fullName(fields: Partial<ChecklistFields>): { last: string; first: string; middle: string } | null {
  const last = comparable(fields.lastName);
  const first = comparable(fields.firstName);
  if (!last || !first) return null;
  return { last, first, middle: comparable(fields.middleName) };
}

/** Case, ё/е and spacing do not make another person. */
function comparable(name: string | undefined): string {
  return (name ?? '').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
