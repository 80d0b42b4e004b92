import { FIELD_KEYS, type FieldKey, OPTIONAL_FIELDS } from '../checklist/keys';
import { readValue, writeChecked, writeSelect, writeText } from './events';
import { highlightFields } from './highlight';
import { digitsOf } from './mask';
import { normalize, splitDateValues } from './options';
import type { FillEntry, FillReport, PrefillPlan, PrefillTarget, UndoEntry, UndoSnapshot } from './types';
import { isVisible, isWritable } from './visible';

// Replays a plan on the page: every write re-checks that its field is still there, stops if the page changed,
// verifies what the field holds afterwards, and remembers the previous value for undo.

const REASONS = {
  filled: 'Заполнено',
  unchanged: 'Поле уже содержало это значение',
  notFound: 'Поле не найдено на этой странице',
  vanished: 'Поле исчезло со страницы',
  locked: 'Поле стало недоступно для ввода',
  urlChanged: 'Страница сменилась — заполнение остановлено',
  emptyOptional: 'Необязательное поле в чек-листе пустое',
  emptyRequired: 'В чек-листе нет значения',
} as const;

/** Same value for a person: equal text ignoring case/ё/punctuation, or the same digits when it is a number-like value. */
export function sameValue(have: string, want: string): boolean {
  if (have === want) return true;
  if (normalize(have) === normalize(want) && normalize(want) !== '') return true;
  const d = digitsOf(want);
  return d.length >= 4 && digitsOf(have) === d && !/\p{L}/u.test(want.replace(/[ХXх]/g, ''));
}

type Writes = Array<{ el: HTMLElement; value: string }>;

/** The element writes a target needs (three for a split date, the matching radio for a group). */
function writesOf(target: PrefillTarget): Writes | { problem: string } {
  const { control, value } = target;
  if (control.kind === 'split-date' && control.split) {
    const parts = splitDateValues(control.split, value);
    if ('problem' in parts) return parts;
    return [
      { el: control.split.day, value: parts.day },
      { el: control.split.month, value: parts.month },
      { el: control.split.year, value: parts.year },
    ];
  }
  if (control.kind === 'radio-group') {
    const radio = control.elements.find((r) => (r as HTMLInputElement).value === value);
    return radio ? [{ el: radio, value: 'on' }] : { problem: `Нет варианта «${value}»` };
  }
  return [{ el: control.element, value }];
}

function holds(w: { el: HTMLElement; value: string }): boolean {
  const input = w.el as HTMLInputElement;
  if (input.type === 'radio') return input.checked;
  if (w.el.tagName === 'SELECT') return readValue(w.el) === w.value;
  return sameValue(readValue(w.el), w.value);
}

function snapshot(el: HTMLElement): UndoEntry {
  const input = el as HTMLInputElement;
  if (input.type === 'radio' || input.type === 'checkbox') {
    return { element: el, kind: 'checked', previous: input.checked };
  }
  return { element: el, kind: el.tagName === 'SELECT' ? 'select' : 'value', previous: readValue(el) };
}

function write(w: { el: HTMLElement; value: string }): void {
  const input = w.el as HTMLInputElement;
  if (input.type === 'radio') writeChecked(input, true);
  else if (w.el.tagName === 'SELECT') writeSelect(w.el as HTMLSelectElement, w.value);
  else writeText(input, w.value);
}

function pageUrl(doc: Document): string {
  return doc.defaultView?.location.href ?? doc.URL;
}

function applyTarget(target: PrefillTarget, undo: UndoEntry[]): FillEntry {
  const label = target.label || undefined;
  if (target.problem) return { status: 'not-found', reason: target.problem, label };
  const writes = writesOf(target);
  if ('problem' in writes) return { status: 'not-found', reason: writes.problem, label };
  for (const { el } of writes) {
    const win = el.ownerDocument.defaultView;
    if (!el.isConnected || !win || !isVisible(el, win))
      return { status: 'not-found', reason: REASONS.vanished, label };
    if (!isWritable(el)) return { status: 'not-found', reason: REASONS.locked, label };
  }
  if (writes.every(holds)) return { status: 'unchanged', reason: REASONS.unchanged, label };
  // A radio group: remember every radio, since checking one unchecks the one that was checked.
  const touched = target.control.kind === 'radio-group' ? target.control.elements : writes.map((w) => w.el);
  for (const el of touched) undo.push(snapshot(el));
  for (const w of writes) write(w);
  const wrong = writes.find((w) => !holds(w));
  if (wrong) {
    const shown = readValue(wrong.el);
    return {
      status: 'invalid',
      reason: `Поле не приняло значение: в нём «${shown}», ожидалось «${wrong.value}»`,
      label,
    };
  }
  return { status: 'filled', reason: REASONS.filled, label };
}

/**
 * Writes the plan into the page; every checklist key gets a report entry. `highlight: true` outlines the filled
 * fields for a moment (off by default: the panel highlights through `highlightFields` and can remove it early).
 */
export function applyPrefill(
  plan: PrefillPlan,
  doc: Document,
  opts: { highlight?: boolean } = {},
): { report: FillReport; undo: UndoSnapshot } {
  const report = {} as FillReport;
  const undo: UndoEntry[] = [];
  const filled: HTMLElement[] = [];
  let stopped = false;
  for (const target of plan.targets) {
    let entry: FillEntry;
    if (stopped || pageUrl(doc) !== plan.url) {
      stopped = true;
      entry = { status: 'not-found', reason: REASONS.urlChanged, label: target.label || undefined };
    } else {
      entry = applyTarget(target, undo);
      if (entry.status === 'filled') filled.push(...target.control.elements);
    }
    for (const key of target.covers) report[key] = entry;
  }
  for (const key of FIELD_KEYS) {
    if (report[key]) continue;
    const error = plan.invalid[key];
    if (error) report[key] = { status: 'invalid', reason: error };
    else if (plan.missing.includes(key)) report[key] = { status: 'not-found', reason: REASONS.notFound };
    else report[key] = { status: 'skipped', reason: emptyReason(key) };
  }
  if (opts.highlight === true && filled.length > 0) {
    highlightFields(filled, { win: doc.defaultView ?? undefined });
  }
  return { report, undo: { entries: undo } };
}

function emptyReason(key: FieldKey): string {
  return OPTIONAL_FIELDS.includes(key) ? REASONS.emptyOptional : REASONS.emptyRequired;
}

/** Puts back what the fields held before the fill, newest first, with the same events. */
export function undoPrefill(snapshot: UndoSnapshot): number {
  let restored = 0;
  for (const entry of [...snapshot.entries].reverse()) {
    const el = entry.element;
    if (!el.isConnected || !isWritable(el)) continue;
    if (entry.kind === 'checked') writeChecked(el as HTMLInputElement, entry.previous as boolean);
    else if (entry.kind === 'select') writeSelect(el as HTMLSelectElement, entry.previous as string);
    else writeText(el as HTMLInputElement, entry.previous as string);
    restored++;
  }
  return restored;
}
