import type { Checklist, FieldKey } from '../checklist/keys';
import { FIELD_KEYS } from '../checklist/keys';
import { validateField } from '../checklist/validate';
import { classifyField, type Meaning } from '../fields/meanings';
import { formatFor } from './format';
import type { CollectResult, FieldControl, PrefillPlan, PrefillTarget } from './types';

// Pure: descriptions of the page's controls + the checklist → which control gets which value. No DOM access.

/** What each composite meaning carries; used only when none of its parts has a field of its own. */
export const COMPOSITES: Partial<Record<Meaning, FieldKey[]>> = {
  fullName: ['lastName', 'firstName', 'middleName'],
  idSeriesNumber: ['idSeries', 'idNumber'],
  basisSeriesNumber: ['basisDocSeries', 'basisDocNumber'],
  idDocument: ['idSeries', 'idNumber', 'idIssueDate', 'idIssuer'],
};

export interface Classified {
  control: FieldControl;
  meaning: Meaning;
  score: number;
}

export function classifyControl(control: FieldControl): Classified | null {
  if (control.siteKey) return { control, meaning: control.siteKey, score: Number.POSITIVE_INFINITY };
  if (control.searchLike) return null;
  const { label, section, name, id, placeholder, title } = control.hints;
  const result = classifyField({ label, section, name, id, placeholder, title });
  return result ? { control, meaning: result.meaning, score: result.score } : null;
}

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
};

/** Control ↔ meaning, one each: site bindings first, then by score, then document order. */
export function assignMeanings(classified: Classified[]): Map<Meaning, Classified> {
  const sorted = [...classified].sort((a, b) => b.score - a.score);
  const taken = new Set<FieldControl>();
  const byMeaning = new Map<Meaning, Classified>();
  for (const c of sorted) {
    if (taken.has(c.control)) continue;
    let meaning = c.meaning;
    if (byMeaning.has(meaning)) {
      const counterpart = BASIS_COUNTERPART[meaning];
      const later = counterpart && order(byMeaning.get(meaning) as Classified, c) < 0;
      if (!counterpart || !later || c.control.section === 'identity' || byMeaning.has(counterpart)) continue;
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

/** The controls the plan would use on this page, whatever the checklist holds (the prefill button's count). */
export function usableControls(collected: CollectResult): {
  byMeaning: Map<Meaning, Classified>;
  groups: number[];
} {
  const classified = collected.controls.map(classifyControl).filter((c): c is Classified => c !== null);
  const groups = chooseGroups(classified);
  const byMeaning = assignMeanings(
    classified.filter((c) => groups.includes(c.control.group) || c.control.siteKey),
  );
  return { byMeaning, groups };
}

function validationError(key: FieldKey, checklist: Checklist): string | null {
  const value = checklist.fields[key];
  if (!value) return null;
  return validateField(key, value, checklist.fields);
}

export function buildPlan(collected: CollectResult, checklist: Checklist, url: string): PrefillPlan {
  const { byMeaning: assigned, groups } = usableControls(collected);
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
    const target: PrefillTarget = {
      key: covers[0],
      covers,
      control: c.control,
      value: 'value' in formatted ? formatted.value : '',
      label: c.control.hints.label || c.control.hints.placeholder || c.control.hints.name,
    };
    if ('problem' in formatted) target.problem = formatted.problem;
    targets.push(target);
    for (const k of covers) covered.add(k);
  }
  targets.sort((a, b) => FIELD_KEYS.indexOf(a.key) - FIELD_KEYS.indexOf(b.key));
  const missing = FIELD_KEYS.filter((k) => fields[k] && !invalid[k] && !covered.has(k));
  const group = groups[0];
  return {
    targets,
    missing,
    fieldCount: assigned.size,
    formLabel: group === undefined ? '' : (collected.groups[group]?.label ?? ''),
    invalid,
    sandboxedFrames: collected.sandboxedFrames,
    url,
  };
}
