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

/** The form group whose controls mean the most distinct checklist keys (a site binding outweighs everything). */
export function chooseGroup(classified: Classified[]): number | null {
  const byGroup = new Map<number, { keys: Set<FieldKey>; bound: number }>();
  for (const c of classified) {
    const entry = byGroup.get(c.control.group) ?? { keys: new Set<FieldKey>(), bound: 0 };
    for (const k of keysOf(c.meaning)) entry.keys.add(k);
    if (c.control.siteKey) entry.bound++;
    byGroup.set(c.control.group, entry);
  }
  let best: number | null = null;
  let bestScore = -1;
  for (const [group, { keys, bound }] of byGroup) {
    const score = bound * 100 + keys.size;
    if (score > bestScore) {
      best = group;
      bestScore = score;
    }
  }
  return best;
}

/** Control ↔ meaning, one each: site bindings first, then by score, then document order. */
export function assignMeanings(classified: Classified[]): Map<Meaning, Classified> {
  const sorted = [...classified].sort((a, b) => b.score - a.score);
  const taken = new Set<FieldControl>();
  const byMeaning = new Map<Meaning, Classified>();
  for (const c of sorted) {
    if (taken.has(c.control) || byMeaning.has(c.meaning)) continue;
    byMeaning.set(c.meaning, c);
    taken.add(c.control);
  }
  // A composite is used only when none of the keys it carries has a field of its own.
  for (const [meaning, parts] of Object.entries(COMPOSITES) as [Meaning, FieldKey[]][]) {
    if (byMeaning.has(meaning) && parts.some((k) => byMeaning.has(k))) byMeaning.delete(meaning);
  }
  if (byMeaning.has('idDocument') && byMeaning.has('idSeriesNumber')) byMeaning.delete('idDocument');
  return byMeaning;
}

/** The controls the plan would use on this page, whatever the checklist holds (the prefill button's count). */
export function usableControls(collected: CollectResult): Map<Meaning, Classified> {
  const classified = collected.controls.map(classifyControl).filter((c): c is Classified => c !== null);
  const group = chooseGroup(classified);
  return assignMeanings(classified.filter((c) => c.control.group === group || c.control.siteKey));
}

function validationError(key: FieldKey, checklist: Checklist): string | null {
  const value = checklist.fields[key];
  if (!value) return null;
  return validateField(key, value, checklist.fields);
}

export function buildPlan(collected: CollectResult, checklist: Checklist, url: string): PrefillPlan {
  const assigned = usableControls(collected);
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
  const group = [...assigned.values()][0]?.control.group;
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
