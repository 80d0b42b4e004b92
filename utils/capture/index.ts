import { matchCategory } from '../catalogue/match';
import type { ChecklistFields, Section } from '../checklist/keys';
import { splitFio } from '../checklist/names';
import { classifyField, type Meaning } from '../fields/meanings';
import { OTHER_PERSON_LABEL, partyOf } from '../fields/party';
import { collectPairs, type LocatedPair } from './pairs';
import { type Parsed, parseCaptured } from './values';

export { type MergeResult, mergeCaptured } from './merge';

// Capture: the page in front of the clerk → the citizen's checklist values. Pure reads of the DOM, nothing runs
// until `capturePage` is called.

export interface CapturedPair {
  label: string;
  value: string;
  section: Section;
  meaning: Meaning | null;
}

export interface CaptureResult {
  fields: Partial<ChecklistFields>;
  pairs: CapturedPair[];
}

const PATRONYMIC = /(?:вич|вна|ична|чна|оглы|кызы)$/i;

export function capturePage(doc: Document): CaptureResult {
  const located = collectPairs(doc);
  const pairs: CapturedPair[] = [];
  const fields: Partial<ChecklistFields> = {};
  for (const pair of located) {
    const section = pair.section ?? pair.context.section;
    const meaning = meaningOf(pair, section);
    pairs.push({ label: pair.label, value: pair.value, section, meaning });
    // Another person's block or label (a representative, the clerk) is listed but never mixed into the citizen's.
    if (!meaning || pair.context.party === 'other' || OTHER_PERSON_LABEL.test(pair.label)) continue;
    const parsed = parseLines(meaning, pair);
    for (const [key, value] of Object.entries(parsed) as [keyof ChecklistFields, string][]) {
      // The first person shown wins: a later block with the same field is someone else's or a repeat.
      if (value && fields[key] === undefined) fields[key] = value;
    }
  }
  return { fields, pairs };
}

/**
 * The whole value first; when it gives nothing and the page broke it into lines, the first line: a cell
 * «Кузьмина Валентина Егоровна<br>жен., 74 года» holds the name and an annotation under it.
 */
function parseLines(meaning: Meaning, pair: LocatedPair): Parsed {
  // A category cell of several lines lists several categories.
  if (meaning === 'category' && pair.lines.length > 1) return parseCaptured(meaning, pair.lines.join('; '));
  const parsed = parseCaptured(meaning, pair.value);
  if (Object.keys(parsed).length > 0 || pair.lines.length < 2) return parsed;
  return parseCaptured(meaning, pair.lines[0]);
}

function meaningOf(pair: LocatedPair, section: Section): Meaning | null {
  const known = classified(pair, section);
  if (known) return known;
  // A role for a label («Получатель», «Льготник»): the value says whether it is the person or their category.
  if (partyOf(pair.label) !== 'applicant') return null;
  if (namesThePerson(pair.value) || namesThePerson(pair.lines[0] ?? '')) return 'fullName';
  return matchCategory(pair.value) ? 'category' : null;
}

/** «Получатель: Петров Пётр Семёнович» — a full ФИО (with отчество) for a value. */
function namesThePerson(value: string): boolean {
  const fio = splitFio(value);
  return !!fio && PATRONYMIC.test(fio.middleName);
}

function classified(pair: LocatedPair, section: Section): Meaning | null {
  const result = classifyField({
    label: pair.label,
    section,
    name: pair.hints?.name ?? '',
    id: pair.hints?.id ?? '',
    placeholder: pair.hints?.placeholder ?? '',
    title: pair.hints?.title ?? '',
  });
  return result?.meaning ?? null;
}
