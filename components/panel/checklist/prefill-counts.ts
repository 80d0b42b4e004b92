import type { ChecklistFields, FieldKey } from '@/utils/checklist/keys';
import { REASONS } from '@/utils/prefill/fill-reasons';
import type { Ambiguity, PrefillPlan } from '@/utils/prefill/types';
import { isOptional } from './fields';

// What the fill button says before the click: how many page fields it will fill and which checklist values will not
// get into the form, each with a short reason — so the clerk is never surprised by empty fields afterwards.

export interface FillCounts {
  /** Page fields that will receive a value. */
  willFill: number;
  /** Checklist keys whose value will not get into the form, with why. */
  wontFill: Array<{ key: FieldKey; why: string }>;
  /** Page fields of document blocks that wait for the clerk's answer (passport or basis document), by label. */
  waiting: string[];
}

export function fillCounts(
  plan: PrefillPlan | null,
  errors: Partial<Record<FieldKey, string>>,
  fields: ChecklistFields,
  /** Document blocks that will wait for the clerk's answer (passport or basis document). */
  unclear: readonly Ambiguity[] = [],
): FillCounts {
  // An empty checklist is one fact, not fifteen: the bar says so instead of listing every field.
  if (!plan || Object.values(fields).every((v) => v.trim() === ''))
    return { willFill: 0, wontFill: [], waiting: [] };
  const wontFill = new Map<FieldKey, string>();
  const covered = new Set<FieldKey>();
  let willFill = 0;
  for (const target of plan.targets) {
    for (const key of target.covers) covered.add(key);
    if (target.problem) wontFill.set(target.key, target.problem);
    else willFill += 1;
  }
  for (const key of plan.missing) if (!wontFill.has(key)) wontFill.set(key, 'нет такого поля на странице');
  for (const key of plan.unclearOwner) if (!wontFill.has(key)) wontFill.set(key, REASONS.twins);
  for (const [key, message] of Object.entries(plan.invalid) as Array<[FieldKey, string]>) {
    if (!wontFill.has(key)) wontFill.set(key, message);
  }
  for (const [key, message] of Object.entries(errors) as Array<[FieldKey, string]>) {
    if (!covered.has(key) && !wontFill.has(key) && !(isOptional(key) && fields[key] === '')) {
      wontFill.set(key, fields[key] === '' ? 'нет значения в чек-листе' : message);
    }
  }
  return {
    willFill,
    wontFill: [...wontFill].map(([key, why]) => ({ key, why: lowerFirst(why) })),
    waiting: unclear.flatMap((a) => a.fields.map((f) => f.label)),
  };
}

const plural = new Intl.PluralRules('ru');

function fieldsWord(n: number): string {
  const form = plural.select(n);
  if (form === 'one') return 'поле';
  return form === 'few' ? 'поля' : 'полей';
}

function lowerFirst(text: string): string {
  return text.replace(/[.\s]+$/, '').replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLocaleLowerCase('ru'));
}

/** «Заполнить 13 полей; 5 не заполнятся», or the field count while nothing can be filled yet. */
export function fillLabel(counts: FillCounts, fieldCount: number): string {
  if (counts.willFill === 0) return `Заполнить форму (найдено полей: ${fieldCount})`;
  const wont = counts.wontFill.length + counts.waiting.length;
  const head = `Заполнить ${counts.willFill} ${fieldsWord(counts.willFill)}`;
  if (wont === 0) return head;
  return `${head}; ${wont} ${plural.select(wont) === 'one' ? 'не заполнится' : 'не заполнятся'}`;
}
