import { FIELD_KEYS, type FieldKey, OPTIONAL_FIELDS } from '../checklist/keys';
import {
  holds,
  present,
  restore,
  snapshot,
  textBoxOf,
  triggerMissing,
  typedBox,
  writesOf,
} from './apply-writes';
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
import { segmentsHold, segmentValues, writeSegmentsVerified } from './write-segments';
import { type WayMemory, writeTextVerified } from './write-text';
import { afterPageTimers, createPacer, yieldToPage } from './yield';

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

/**
 * Types the value (or one of its other spellings) into one text box, verified; the box's old value on failure.
 * `again`: the box's undo entry, when a write did not stay: the box is written once more, each way read back after
 * the page's timers.
 */
async function applyText(
  target: PrefillTarget,
  box: HTMLElement,
  undo: UndoEntry[],
  again?: UndoEntry,
  dates?: WayMemory,
): Promise<FillEntry> {
  const label = target.label || undefined;
  const el = box as HTMLInputElement;
  const previous = again ? (again.previous as string) : readValue(el);
  const values = [target.value, ...(target.alternatives ?? [])];
  const holdsShown = (shown: string) => holdsIntended(target.key, shown, target.value, target.date ?? '');
  const memory = target.date ? dates : undefined;
  const result = await writeTextVerified(el, values, previous, holdsShown, !!again, memory);
  if (result.ok) {
    if (!again) undo.push({ element: el, kind: 'value', previous });
    return { status: 'filled', reason: REASONS.filled, label };
  }
  if (again) undo.splice(undo.indexOf(again), 1);
  const reason = result.flagged ? flagged(result.flagged) : refused(target, result.left);
  return { status: 'invalid', reason, label };
}

async function applyTarget(
  target: PrefillTarget,
  els: ControlElements,
  undo: UndoEntry[],
  dates: WayMemory,
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
  const box = textBoxOf(writes);
  if (box) return applyText(target, box, undo, undefined, dates);
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

interface Written {
  entry: FillEntry;
  target: PrefillTarget;
  els: ControlElements;
}

/** Whether a filled field still shows its value. */
function stays({ target, els }: Written): boolean {
  // Dropdowns and segments are checked by their own read-back.
  if ((els.widget && !typedBox(target, els)) || target.control.kind === 'segmented-date') return true;
  const writes = writesOf(target, els);
  if ('problem' in writes) return true;
  return writes.every((w) => holds(target, w));
}

/**
 * Every field filled is read once more after the page's timers: a page may take a value back a moment after it showed
 * it (a widget clearing its box when it loses focus, a field reset when another changes, a mask reformatting in a
 * timer). A text box that did not keep its value is written once more, each way read back after the page's timers
 * (a mask may keep typed text only); what still does not stay is reported.
 */
async function recheckWritten(written: Written[], undo: UndoEntry[], win: Window): Promise<void> {
  if (written.length === 0) return;
  await afterPageTimers(win);
  const again: Written[] = [];
  for (const w of written.filter((x) => !stays(x))) {
    const writes = writesOf(w.target, w.els);
    const box = 'problem' in writes ? null : textBoxOf(writes);
    const saved = box && undo.find((u) => u.element === box && u.kind === 'value');
    const entry = box && saved ? await applyText(w.target, box, undo, saved) : null;
    if (entry?.status === 'filled') again.push(w);
    else Object.assign(w.entry, entry ?? { status: 'invalid', reason: REASONS.wiped });
  }
  if (again.length === 0) return;
  await afterPageTimers(win);
  for (const w of again.filter((x) => !stays(x)))
    Object.assign(w.entry, { status: 'invalid', reason: REASONS.wiped });
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
  // Every field filled; boxes and selects among them are read once more at the end (recheckWritten).
  const written: Written[] = [];
  // How the form's date boxes take a date, learnt on the first of each kind (they are mostly one widget).
  const dates: WayMemory = new Map();
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
      entry = await applyTarget(target, els, undo, dates);
      if (entry.status === 'filled') written.push({ entry, target, els });
    }
    for (const key of target.covers) report[key] = entry;
    const turn = pacer.pace();
    if (turn) await turn;
  }
  await recheckWritten(written, undo, doc.defaultView ?? window);
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
    else if (plan.unclearOwner.includes(key)) report[key] = { status: 'skipped', reason: REASONS.twins };
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
