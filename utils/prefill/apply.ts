import { FIELD_KEYS, type FieldKey, OPTIONAL_FIELDS } from '../checklist/keys';
import { clippedAway } from './clipped';
import {
  alreadyChosen,
  chooseOption,
  holdsChoice,
  restoreChoice,
  shownChoice,
  type Wanted,
} from './dropdown';
import { readValue, writeChecked, writeSelect, writeText } from './events';
import { flagged, notChosen, REASONS, refused } from './fill-reasons';
import { highlightFields } from './highlight';
import { waitFor } from './listbox';
import { splitDateValues } from './options';
import { typesDate } from './plan';
import type {
  ControlElements,
  ElementMap,
  FillEntry,
  FillReport,
  PrefillPlan,
  PrefillTarget,
  SplitDateParts,
  UndoEntry,
  UndoSnapshot,
} from './types';
import { holdsIntended } from './verify';
import { isVisible, isWritable } from './visible';
import { segmentsHold, segmentValues, writeSegmentsVerified } from './write-segments';
import { writeTextVerified } from './write-text';
import { createPacer, yieldToPage } from './yield';

// Replays a plan on the page: every write re-checks that its field is still there, stops if the page changed,
// gives the page's framework its turn, reads back what the field shows and, when it is not the intended value,
// puts the previous value back and says so. `filled` means the clerk sees the intended value in the page's control.

/** How long a widget may take to show the option it took. */
const CHOICE_SHOWN_MS = 600;

export interface ApplyOptions {
  /** Outline the filled fields for a moment (off by default: the panel highlights through `highlightFields`). */
  highlight?: boolean;
  /** Work per slice before the page gets its turn (ms). */
  sliceMs?: number;
}

type Writes = Array<{ el: HTMLElement; value: string }>;

/**
 * A date box that calls itself a combobox and takes typing (Ext JS's datefield: its popup is a calendar): written as a
 * text box, as a person types a date; a list is never looked for.
 */
function typedBox(target: PrefillTarget, els: ControlElements): HTMLElement | null {
  return typesDate(target.control, target.date) ? (els.widget?.input ?? null) : null;
}

/** The writes a target needs: three for a split date, a group's matching radio, a typed date box's input. */
function writesOf(target: PrefillTarget, els: ControlElements): Writes | { problem: string } {
  const { value } = target;
  const typed = typedBox(target, els);
  if (typed) return [{ el: typed, value }];
  if (target.control.kind === 'split-date' && els.split) {
    const parts = splitDateValues(els.split, value);
    if ('problem' in parts) return parts;
    return [
      { el: els.split.day, value: parts.day },
      { el: els.split.month, value: parts.month },
      { el: els.split.year, value: parts.year },
    ];
  }
  if (target.control.kind === 'radio-group') {
    const radio = els.elements.find((r) => (r as HTMLInputElement).value === value);
    return radio ? [{ el: radio, value: 'on' }] : { problem: `Нет варианта «${value}»` };
  }
  return [{ el: els.element, value }];
}

function holds(target: PrefillTarget, w: { el: HTMLElement; value: string }): boolean {
  const input = w.el as HTMLInputElement;
  if (input.type === 'radio') return input.checked;
  if (w.el.tagName === 'SELECT') return readValue(w.el) === w.value;
  return holdsIntended(target.key, readValue(w.el), w.value, target.date ?? '');
}

function snapshot(el: HTMLElement): UndoEntry {
  const input = el as HTMLInputElement;
  if (input.type === 'radio' || input.type === 'checkbox') {
    return { element: el, kind: 'checked', previous: input.checked };
  }
  return { element: el, kind: el.tagName === 'SELECT' ? 'select' : 'value', previous: readValue(el) };
}

function restore(entry: UndoEntry): void {
  const el = entry.element;
  if (entry.kind === 'checked') writeChecked(el as HTMLInputElement, entry.previous as boolean);
  else if (entry.kind === 'select') writeSelect(el as HTMLSelectElement, entry.previous as string);
  else writeText(el as HTMLInputElement, entry.previous as string);
}

function present(el: HTMLElement, readonlyOk = false): string | null {
  const win = el.ownerDocument.defaultView;
  if (!el.isConnected || !win || !isVisible(el, win)) return REASONS.vanished;
  if (clippedAway(el, win)) return REASONS.hidden;
  if (!isWritable(el, readonlyOk)) return REASONS.locked;
  return null;
}

/**
 * Why a seen widget's trigger cannot be used, if it cannot. A library may keep its focus target a transparent 1-pixel
 * input inside the box the clerk sees (Quasar's select): the seen box stands for it, and a click on it reaches the box.
 */
function triggerMissing(trigger: HTMLElement): string | null {
  const reason = present(trigger, true);
  if (reason !== REASONS.vanished || !trigger.isConnected) return reason;
  return isWritable(trigger, true) ? null : REASONS.locked;
}

async function applyChoice(
  target: PrefillTarget,
  els: ControlElements,
  undo: UndoEntry[],
): Promise<FillEntry> {
  const label = target.label || undefined;
  const w = els.widget;
  if (!w) return { status: 'not-found', reason: REASONS.vanished, label };
  const missing = present(w.root, true) ?? triggerMissing(w.trigger);
  if (missing) return { status: 'not-found', reason: missing, label };
  const wanted: Wanted = { text: target.value, categoryCode: target.categoryCode };
  if (alreadyChosen(w, wanted)) return { status: 'unchanged', reason: REASONS.unchanged, label };
  const previous = shownChoice(w);
  const result = await chooseOption(w, wanted);
  // Some widgets show the chosen option only after their list's closing transition (element-plus, Angular Material).
  const holdsNow = () => (result.ok && holdsChoice(w, result.chosen, wanted) ? true : null);
  if (result.ok && (holdsNow() || (await waitFor(w.root.ownerDocument, holdsNow, CHOICE_SHOWN_MS)))) {
    undo.push({ element: w.root, kind: 'choice', previous, widget: w });
    return { status: 'filled', reason: REASONS.filled, label };
  }
  const left = (await restoreChoice(w, previous)) ? undefined : shownChoice(w);
  const why = result.ok ? refused(target, left) : notChosen(result.reason, left);
  return { status: 'invalid', reason: why, label };
}

async function applySegments(
  target: PrefillTarget,
  els: ControlElements,
  undo: UndoEntry[],
): Promise<FillEntry> {
  const label = target.label || undefined;
  const split = els.split as SplitDateParts;
  for (const el of els.elements) {
    const missing = present(el, true);
    if (missing) return { status: 'not-found', reason: missing, label };
  }
  if (segmentsHold(split, els.holder, target.value))
    return { status: 'unchanged', reason: REASONS.unchanged, label };
  const { day, month, year } = segmentValues(split);
  const result = await writeSegmentsVerified(split, els.holder, target.value);
  if (!result.ok) return { status: 'invalid', reason: refused(target, result.left), label };
  undo.push({ element: els.element, kind: 'segments', previous: `${day}.${month}.${year}`, split });
  return { status: 'filled', reason: REASONS.filled, label };
}

/** Types the value (or one of its other spellings) into one text box, verified; the box's old value on failure. */
async function applyText(target: PrefillTarget, box: HTMLElement, undo: UndoEntry[]): Promise<FillEntry> {
  const label = target.label || undefined;
  const el = box as HTMLInputElement;
  const previous = readValue(el);
  const values = [target.value, ...(target.alternatives ?? [])];
  const result = await writeTextVerified(el, values, previous, (shown) =>
    holdsIntended(target.key, shown, target.value, target.date ?? ''),
  );
  if (result.ok) {
    undo.push({ element: el, kind: 'value', previous });
    return { status: 'filled', reason: REASONS.filled, label };
  }
  const reason = result.flagged ? flagged(result.flagged) : refused(target, result.left);
  return { status: 'invalid', reason, label };
}

async function applyTarget(
  target: PrefillTarget,
  els: ControlElements,
  undo: UndoEntry[],
): Promise<FillEntry> {
  const label = target.label || undefined;
  if (target.problem) return { status: 'not-found', reason: target.problem, label };
  if (target.control.kind === 'combobox' && !typedBox(target, els)) return applyChoice(target, els, undo);
  if (target.control.kind === 'segmented-date' && els.split) return applySegments(target, els, undo);
  const writes = writesOf(target, els);
  if ('problem' in writes) return { status: 'not-found', reason: writes.problem, label };
  for (const { el } of writes) {
    const missing = present(el);
    if (missing) return { status: 'not-found', reason: missing, label };
  }
  if (writes.every((w) => holds(target, w))) return { status: 'unchanged', reason: REASONS.unchanged, label };
  const single = writes.length === 1 && /^(INPUT|TEXTAREA)$/.test(writes[0].el.tagName);
  if (single && (writes[0].el as HTMLInputElement).type !== 'radio')
    return applyText(target, writes[0].el, undo);
  // A radio group: remember every radio, since checking one unchecks the one that was checked.
  const touched = target.control.kind === 'radio-group' ? els.elements : writes.map((w) => w.el);
  const saved = touched.map(snapshot);
  for (const w of writes) {
    const input = w.el as HTMLInputElement;
    if (input.type === 'radio') writeChecked(input, true);
    else if (w.el.tagName === 'SELECT') writeSelect(w.el as HTMLSelectElement, w.value);
    else writeText(input, w.value);
  }
  await yieldToPage(writes[0].el.ownerDocument.defaultView as Window);
  if (writes.every((w) => holds(target, w))) {
    undo.push(...saved);
    return { status: 'filled', reason: REASONS.filled, label };
  }
  for (const entry of [...saved].reverse()) restore(entry);
  return { status: 'invalid', reason: refused(target), label };
}

function pageUrl(doc: Document): string {
  return doc.defaultView?.location.href ?? doc.URL;
}

function emptyReason(key: FieldKey): string {
  return OPTIONAL_FIELDS.includes(key) ? REASONS.emptyOptional : REASONS.emptyRequired;
}

/** Writes the plan into the page; every checklist key gets a report entry. */
export async function applyPlan(
  plan: PrefillPlan,
  elements: ElementMap,
  doc: Document,
  opts: ApplyOptions = {},
): Promise<{ report: FillReport; undo: UndoSnapshot }> {
  const report = {} as FillReport;
  const undo: UndoEntry[] = [];
  const pacer = createPacer(doc.defaultView as Window, opts.sliceMs);
  // Every field filled; boxes and selects among them are read once more at the end: a page may take a value back a
  // moment after it showed it (a widget clearing its box when it loses focus, a field reset when another changes).
  const written: Array<{ entry: FillEntry; target: PrefillTarget; els: ControlElements }> = [];
  let stopped = false;
  for (const target of plan.targets) {
    let entry: FillEntry;
    const els = elements.get(target.ref);
    if (stopped || pageUrl(doc) !== plan.url) {
      stopped = true;
      entry = { status: 'not-found', reason: REASONS.urlChanged, label: target.label || undefined };
    } else if (!els) {
      entry = { status: 'not-found', reason: REASONS.vanished, label: target.label || undefined };
    } else {
      entry = await applyTarget(target, els, undo);
      if (entry.status === 'filled') written.push({ entry, target, els });
    }
    for (const key of target.covers) report[key] = entry;
    const turn = pacer.pace();
    if (turn) await turn;
  }
  // The tasks the page queued while the last fields were written (a timer set on blur) run first.
  if (written.length > 0) await new Promise((r) => (doc.defaultView ?? window).setTimeout(r, 0));
  for (const { entry, target, els } of written) {
    // Dropdowns and segments are checked by their own read-back.
    if ((els.widget && !typedBox(target, els)) || target.control.kind === 'segmented-date') continue;
    const writes = writesOf(target, els);
    if ('problem' in writes || writes.every((w) => holds(target, w))) continue;
    entry.status = 'invalid';
    entry.reason = REASONS.wiped;
  }
  const ambiguous = new Map(
    plan.ambiguities.flatMap((a) =>
      a.fields.flatMap((f) => Object.values(f.keys).map((k) => [k, a] as const)),
    ),
  );
  for (const key of FIELD_KEYS) {
    if (report[key]) continue;
    const error = plan.invalid[key];
    const unclear = ambiguous.get(key);
    if (error) report[key] = { status: 'invalid', reason: error };
    else if (unclear) report[key] = { status: 'skipped', reason: unclear.reason, ambiguity: unclear.id };
    else if (plan.missing.includes(key)) report[key] = { status: 'not-found', reason: REASONS.notFound };
    else report[key] = { status: 'skipped', reason: emptyReason(key) };
  }
  const filled = written
    .filter(({ entry }) => entry.status === 'filled')
    .flatMap(({ els }) => (els.widget ? [els.widget.root] : els.elements));
  if (opts.highlight === true && filled.length > 0) {
    highlightFields(filled, { win: doc.defaultView ?? undefined });
  }
  return { report, undo: { entries: undo } };
}
