import { clippedAway } from './clipped';
import { readValue, writeChecked, writeSelect, writeText } from './events';
import { REASONS } from './fill-reasons';
import { isGone } from './gone';
import { splitDateValues } from './options';
import { typesDate } from './plan';
import type { ControlElements, PrefillTarget, UndoEntry } from './types';
import { holdsIntended } from './verify';
import { isVisible, isWritable } from './visible';

// What a target writes into the page (one control, a split date's three, a group's radio) and the checks around a
// write: is its control still there to be written, does it hold the value, what it held before.

export type Writes = Array<{ el: HTMLElement; value: string }>;

/**
 * A date box that calls itself a combobox and takes typing (Ext JS's datefield: its popup is a calendar): written as a
 * text box, as a person types a date; a list is never looked for.
 */
export function typedBox(target: PrefillTarget, els: ControlElements): HTMLElement | null {
  return typesDate(target.control, target.date) ? (els.widget?.input ?? null) : null;
}

/** The writes a target needs: three for a split date, a group's matching radio, a typed date box's input. */
export function writesOf(target: PrefillTarget, els: ControlElements): Writes | { problem: string } {
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

/** The one text box a target writes, if that is all it writes (not a split date's parts, not a radio). */
export function textBoxOf(writes: Writes): HTMLElement | null {
  const el = writes.length === 1 ? writes[0].el : null;
  const text = el && /^(INPUT|TEXTAREA)$/.test(el.tagName) && (el as HTMLInputElement).type !== 'radio';
  return text ? el : null;
}

export function holds(target: PrefillTarget, w: { el: HTMLElement; value: string }): boolean {
  const input = w.el as HTMLInputElement;
  if (input.type === 'radio') return input.checked;
  if (w.el.tagName === 'SELECT') return readValue(w.el) === w.value;
  return holdsIntended(target.key, readValue(w.el), w.value, target.date ?? '');
}

export function snapshot(el: HTMLElement): UndoEntry {
  const input = el as HTMLInputElement;
  if (input.type === 'radio' || input.type === 'checkbox') {
    return { element: el, kind: 'checked', previous: input.checked };
  }
  return { element: el, kind: el.tagName === 'SELECT' ? 'select' : 'value', previous: readValue(el) };
}

export function restore(entry: UndoEntry): void {
  const el = entry.element;
  if (entry.kind === 'checked') writeChecked(el as HTMLInputElement, entry.previous as boolean);
  else if (entry.kind === 'select') writeSelect(el as HTMLSelectElement, entry.previous as string);
  else writeText(el as HTMLInputElement, entry.previous as string);
}

export function present(el: HTMLElement, readonlyOk = false): string | null {
  if (isGone(el)) return REASONS.vanished;
  const win = el.ownerDocument.defaultView as Window;
  if (!isVisible(el)) return REASONS.vanished;
  if (clippedAway(el, win)) return REASONS.hidden;
  if (!isWritable(el, readonlyOk)) return REASONS.locked;
  return null;
}

/**
 * Why a seen widget's trigger cannot be used, if it cannot. A library may keep its focus target a transparent 1-pixel
 * input inside the box the clerk sees (Quasar's select): the seen box stands for it, and a click on it reaches the box.
 */
export function triggerMissing(trigger: HTMLElement): string | null {
  const reason = present(trigger, true);
  if (reason !== REASONS.vanished || !trigger.isConnected) return reason;
  return isWritable(trigger, true) ? null : REASONS.locked;
}
