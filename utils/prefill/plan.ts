import type { Checklist, FieldKey } from '../checklist/keys';
import { DATE_FIELDS, FIELD_KEYS } from '../checklist/keys';
import { validateField } from '../checklist/validate';
import type { Meaning } from '../fields/meanings';
import { decideDocuments } from './blocks';
import { type Classified, COMPOSITES, classifyControl } from './classify';
import { formatFor } from './format';
import { otherRecords } from './other-records';
import { othersControls } from './parties';
import { settleTwins } from './twins';
import type {
  Ambiguity,
  ControlDescription,
  PageDescription,
  PlanOptions,
  PrefillPlan,
  PrefillTarget,
} from './types';

const CALENDAR_ONLY = 'Дату здесь можно только выбрать в календаре — выберите вручную';

/** A date (`date`: ISO) for a box that calls itself a combobox but takes typing: it is typed into (apply.ts). */
export const typesDate = (control: ControlDescription, date?: string): boolean =>
  control.kind === 'combobox' && !!date && !!control.editable;

// Pure: the page's description + the checklist → which control gets which value. No DOM access: it runs in the
// panel's extension page for the preview and again in the page at the moment of the click.

function keysOf(meaning: Meaning): FieldKey[] {
  return COMPOSITES[meaning] ?? [meaning as FieldKey];
}

/**
 * The form group whose controls mean the most distinct checklist keys (a site binding outweighs everything), plus
 * any other form that brings at least two keys of its own and shares none with those chosen (МАИС builds that
 * split one card into several <form>s). A search form repeating ФИО/СНИЛС overlaps and stays alone.
 */
export function chooseGroups(classified: Classified[]): number[] {
  const byGroup = new Map<number, { keys: Set<FieldKey>; bound: number }>();
  for (const c of classified) {
    const entry = byGroup.get(c.control.group) ?? { keys: new Set<FieldKey>(), bound: 0 };
    for (const k of keysOf(c.meaning)) entry.keys.add(k);
    if (c.control.siteKey) entry.bound++;
    byGroup.set(c.control.group, entry);
  }
  const ranked = [...byGroup.entries()].sort(
    ([ga, a], [gb, b]) => b.bound * 100 + b.keys.size - (a.bound * 100 + a.keys.size) || ga - gb,
  );
  const chosen: number[] = [];
  const covered = new Set<FieldKey>();
  for (const [group, { keys }] of ranked) {
    const overlaps = [...keys].some((k) => covered.has(k));
    if (chosen.length > 0 && (overlaps || keys.size < 2)) continue;
    chosen.push(group);
    for (const k of keys) covered.add(k);
  }
  return chosen;
}

/**
 * The basis document repeats the identity document's fields; with no section heading to tell them apart, the
 * second «Серия»/«Номер»/«Дата выдачи»/«Кем выдан» on the form is the basis document's.
 */
const BASIS_COUNTERPART: Partial<Record<Meaning, Meaning>> = {
  idSeries: 'basisDocSeries',
  idNumber: 'basisDocNumber',
  idIssueDate: 'basisDocIssueDate',
  idIssuer: 'basisDocIssuer',
  idSeriesNumber: 'basisSeriesNumber',
  idIssue: 'basisIssue',
};

/** Control ↔ meaning, one each: site bindings first, then by score, then document order. */
export function assignMeanings(classified: Classified[]): Map<Meaning, Classified> {
  const sorted = [...classified].sort((a, b) => b.score - a.score);
  const taken = new Set<ControlDescription>();
  const byMeaning = new Map<Meaning, Classified>();
  for (const c of sorted) {
    if (taken.has(c.control)) continue;
    let meaning = c.meaning;
    if (byMeaning.has(meaning)) {
      const counterpart = BASIS_COUNTERPART[meaning];
      const later = counterpart && order(byMeaning.get(meaning) as Classified, c) < 0;
      const fixed = c.decided || c.section === 'identity';
      if (!counterpart || !later || fixed || byMeaning.has(counterpart)) continue;
      meaning = counterpart;
    }
    byMeaning.set(meaning, { ...c, meaning });
    taken.add(c.control);
  }
  // A composite is used only when none of the keys it carries has a field of its own.
  for (const [meaning, parts] of Object.entries(COMPOSITES) as [Meaning, FieldKey[]][]) {
    if (byMeaning.has(meaning) && parts.some((k) => byMeaning.has(k))) byMeaning.delete(meaning);
  }
  if (byMeaning.has('idDocument') && byMeaning.has('idSeriesNumber')) byMeaning.delete('idDocument');
  return byMeaning;
}

/** Document order of two classified controls (controls of one collect are numbered in order). */
function order(a: Classified, b: Classified): number {
  return Number(a.control.ref.slice(1)) - Number(b.control.ref.slice(1));
}

/**
 * The controls the plan would use on this page (the prefill button's count); the checklist only says which other
 * records its basis document is of (other-records.ts).
 */
export function usableControls(
  description: PageDescription,
  options: PlanOptions = {},
  checklist?: Checklist,
): {
  byMeaning: Map<Meaning, Classified>;
  groups: number[];
  ambiguities: Ambiguity[];
  /** Keys whose field has a rival and whose each is nobody can tell (twins.ts); not written. */
  twins: FieldKey[];
} {
  const others = othersControls(description);
  const all = description.controls
    .filter((c) => !others.has(c))
    .map(classifyControl)
    .filter((c): c is Classified => c !== null);
  const elsewhere = otherRecords(all, description, checklist);
  const own = all.filter((c) => !elsewhere.has(c));
  const groups = chooseGroups(own);
  const inForms = own.filter((c) => groups.includes(c.control.group) || c.control.siteKey);
  const { classified, ambiguities } = decideDocuments(inForms, description, options);
  const byMeaning = assignMeanings(classified);
  const twins = settleTwins(byMeaning, classified);
  return { byMeaning, groups, ambiguities, twins };
}

function validationError(key: FieldKey, checklist: Checklist): string | null {
  const value = checklist.fields[key];
  if (!value) return null;
  return validateField(key, value, checklist.fields);
}

/** What to write where: every key with a value gets a target, is missing, invalid or waits for the clerk's choice. */
export function buildPlan(
  description: PageDescription,
  checklist: Checklist,
  options: PlanOptions = {},
): PrefillPlan {
  const { byMeaning: assigned, ambiguities, twins } = usableControls(description, options, checklist);
  const fields = checklist.fields;
  const invalid: Partial<Record<FieldKey, string>> = {};
  for (const key of FIELD_KEYS) {
    const error = validationError(key, checklist);
    if (error) invalid[key] = error;
  }
  const targets: PrefillTarget[] = [];
  const covered = new Set<FieldKey>();
  for (const [meaning, c] of assigned) {
    const covers = keysOf(meaning).filter((k) => fields[k]);
    if (covers.length === 0 || covers.some((k) => invalid[k])) continue;
    const formatted = formatFor(c.control, meaning, fields);
    const value = 'value' in formatted ? formatted.value : '';
    const target: PrefillTarget = {
      key: covers[0],
      covers,
      ref: c.control.ref,
      control: c.control,
      value,
      expected: expectedText(c.control, value),
      label: c.control.hints.label || c.control.hints.placeholder || c.control.hints.name,
    };
    if (meaning === 'category' && c.control.kind === 'combobox') target.categoryCode = fields.category;
    if ((DATE_FIELDS as readonly string[]).includes(meaning)) target.date = fields[meaning as FieldKey];
    const alternatives = alternativesFor(covers[0], c.control, value, target.date);
    if (alternatives.length > 0) target.alternatives = alternatives;
    if ('problem' in formatted) target.problem = formatted.problem;
    // A date whose box takes no typing and lists no options opens a calendar: a person picks it there.
    const { kind, editable, options } = c.control;
    if (target.date && kind === 'combobox' && !editable && options.length === 0)
      target.problem = CALENDAR_ONLY;
    targets.push(target);
    for (const k of covers) covered.add(k);
  }
  targets.sort((a, b) => FIELD_KEYS.indexOf(a.key) - FIELD_KEYS.indexOf(b.key));
  const unclear = new Set(ambiguities.flatMap((a) => a.fields.flatMap((f) => Object.values(f.keys))));
  const unclearOwner = twins.filter((k) => fields[k] && !invalid[k] && !covered.has(k));
  const missing = FIELD_KEYS.filter(
    (k) => fields[k] && !invalid[k] && !covered.has(k) && !unclear.has(k) && !unclearOwner.includes(k),
  );
  return {
    targets,
    missing,
    unclearOwner,
    fieldCount: assigned.size,
    invalid,
    ambiguities,
    sandboxedFrames: description.sandboxedFrames,
    url: description.url,
  };
}

/**
 * Other spellings of a number-like value for a text field whose mask refuses the formatted one: the digits alone
 * (a mask adds its own separators), for a phone the ten digits after the country prefix the mask already shows.
 */
function alternativesFor(key: FieldKey, control: ControlDescription, value: string, iso?: string): string[] {
  const typed = control.kind === 'text' || typesDate(control, iso);
  if (!typed || !value || /\p{L}/u.test(value)) return [];
  const digits = value.replace(/\D/g, '');
  if (key === 'phone') return digits.length >= 10 && digits.slice(-10) !== value ? [digits.slice(-10)] : [];
  const out = digits.length >= 4 && digits !== value ? [digits] : [];
  // A date box that parses typed text month-first or as ISO (JavaScript's own date parsing) takes these right;
  // the read-back accepts them only when the box then shows the date in its own format.
  const date = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (date) out.push(iso as string, `${date[2]}/${date[3]}/${date[1]}`);
  return out.filter((v) => v !== value);
}

/** What the clerk must see afterwards: the option's text for a choice, the value itself for typed fields. */
function expectedText(control: ControlDescription, value: string): string {
  if (control.kind === 'select' || control.kind === 'radio-group') {
    return control.options.find((o) => o.value === value)?.text ?? value;
  }
  return value;
}
