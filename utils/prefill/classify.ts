import type { FieldKey, Section } from '../checklist/keys';
import { classifyField, type FieldHints, type Meaning, sectionOf } from '../fields/meanings';
import type { ControlDescription, PageDescription } from './types';
import type { Pacer } from './yield';

// Each described control → what it means (a checklist key, or a composite of several), or nothing: the page's own
// search boxes and what no words name. Pure, like the plan that assigns these meanings (plan.ts).

/** The citizen's own data, not a document's: a field says whose it is only through where it stands. */
export const PERSONAL_MEANINGS: ReadonlySet<Meaning> = new Set<Meaning>([
  'lastName',
  'firstName',
  'middleName',
  'fullName',
  'birthDate',
  'snils',
  'phone',
]);

/** What each composite meaning carries; used only when none of its parts has a field of its own. */
export const COMPOSITES: Partial<Record<Meaning, FieldKey[]>> = {
  fullName: ['lastName', 'firstName', 'middleName'],
  idSeriesNumber: ['idSeries', 'idNumber'],
  basisSeriesNumber: ['basisDocSeries', 'basisDocNumber'],
  idDocument: ['idSeries', 'idNumber', 'idIssueDate', 'idIssuer'],
  idIssue: ['idIssueDate', 'idIssuer'],
  basisIssue: ['basisDocIssueDate', 'basisDocIssuer'],
};

export interface Classified {
  control: ControlDescription;
  meaning: Meaning;
  score: number;
  /** What the control's section heading speaks of. */
  section: Section;
  /** Its document (passport or basis) was decided from the evidence of its block and form. */
  decided?: boolean;
}

/** A search box, or a grid's filter above the record («Фильтр», «Критерии отбора»): it looks people up, records nothing. */
const SEARCH_WORDS = /поиск|найти|искать|фильтр|отбор|search|query|filter/i;

/**
 * A search box: by its type or place (collect says), by its name, or by the words around it. An id or a name is a
 * program's word, and a generated one may say «search» of any box (Vaadin's date picker: `search-input-vaadin-date-
 * picker-3`): it counts only for a control with no label of its own.
 */
function isSearchLike({ searchLike, hints }: ControlDescription): boolean {
  const name = hints.name.toLowerCase();
  return (
    searchLike ||
    name === 'q' ||
    name === 'query' ||
    [hints.label, hints.placeholder, hints.title, hints.section].some((w) => SEARCH_WORDS.test(w)) ||
    (!hints.label && [hints.name, hints.id].some((w) => SEARCH_WORDS.test(w)))
  );
}

/** Each description object is read once: a paced pass (classifyPaced) may have read it before the plan. */
const classifiedOnce = new WeakMap<ControlDescription, Classified | null>();

export function classifyControl(control: ControlDescription): Classified | null {
  let known = classifiedOnce.get(control);
  if (known === undefined) {
    known = classifyFresh(control);
    classifiedOnce.set(control, known);
  }
  return known;
}

/**
 * A control's words for the dictionary, its section's title resolved to what it speaks of; a label that is that
 * title's very text is marked as the title (the text before a control with no label of its own).
 */
export function hintsOf(control: ControlDescription): FieldHints & { section: Section } {
  const { label, name, id, placeholder, title, section } = control.hints;
  const labelIsTitle = label !== '' && label === section;
  return { label, section: sectionOf(section), name, id, placeholder, title, labelIsTitle };
}

function classifyFresh(control: ControlDescription): Classified | null {
  const hints = hintsOf(control);
  const { section } = hints;
  if (control.siteKey) {
    const own = classifyField(hints)?.meaning;
    const meaning = boundComposite(control.siteKey, own) ?? control.siteKey;
    return { control, meaning, score: Number.POSITIVE_INFINITY, section };
  }
  if (isSearchLike(control)) return null;
  const result = classifyField(hints);
  return result ? { control, meaning: result.meaning, score: result.score, section } : null;
}

/** The same composite for the other document: a bound «Серия и номер» keeps carrying both, of the bound document. */
const OTHER_DOCUMENT: Partial<Record<Meaning, Meaning>> = {
  idSeriesNumber: 'basisSeriesNumber',
  basisSeriesNumber: 'idSeriesNumber',
  idIssue: 'basisIssue',
  basisIssue: 'idIssue',
};

/**
 * A site mapping names one key, but a field that reads as a composite («Серия и номер», «Когда и кем выдан», «ФИО»)
 * carries several: bound to one of them (or to its counterpart of the other document), it is that composite.
 */
function boundComposite(key: FieldKey, own: Meaning | undefined): Meaning | null {
  if (!own) return null;
  for (const composite of [own, OTHER_DOCUMENT[own]]) {
    if (composite && COMPOSITES[composite]?.includes(key)) return composite;
  }
  return null;
}

/**
 * Reads every control's meaning ahead of buildPlan, giving the page its turn every few milliseconds (at the click,
 * in the page): the plan that follows finds them read and takes a moment.
 */
export async function classifyPaced(description: PageDescription, pacer: Pacer): Promise<void> {
  for (const control of description.controls) {
    classifyControl(control);
    const turn = pacer.pace();
    if (turn) await turn;
  }
}
