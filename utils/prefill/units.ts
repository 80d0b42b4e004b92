import { commonBox, findSplitDates, holderOf, type Part } from './split-date';
import type { ControlElements, ControlKind } from './types';
import { isVisible, isWritable } from './visible';
import { widgetOf } from './widgets';

// The page's elements → the units a person fills: one field, one custom dropdown (its trigger, input and hidden
// native select together), one radio group, or one date written as day/month/year parts.

/** The controls a fill writes text or a choice into (buttons, files, checkboxes and secrets are not filled). */
export const FILLABLE_SELECTOR =
  'input:not([type="hidden" i],[type="submit" i],[type="button" i],[type="reset" i],[type="image" i],' +
  '[type="file" i],[type="checkbox" i],[type="color" i],[type="range" i],[type="password" i]),select,textarea';

export interface Unit extends ControlElements {
  kind: ControlKind;
  /** Position of its first element among the frame's candidates (tree order). */
  pos: number;
}

function kindOf(el: HTMLElement): ControlKind {
  const tag = el.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA') return 'textarea';
  const type = (el as HTMLInputElement).type.toLowerCase();
  return type === 'date' ? 'date' : type === 'number' ? 'number' : 'text';
}

/**
 * One candidate element → a unit, or null (not fillable, or part of a widget already taken). `box`: the element's
 * bounding box, when the caller has just measured it.
 */
export function unitOf(el: Element, pos: number, taken: Set<Element>, box?: DOMRect): Unit | null {
  const widget = widgetOf(el);
  if (widget) {
    if (taken.has(widget.trigger)) return null;
    taken.add(widget.trigger);
    const usable =
      isVisible(widget.root) &&
      isWritable(widget.trigger, true) &&
      (!widget.input || isWritable(widget.input, true));
    if (!usable) return null;
    return { kind: 'combobox', element: widget.trigger, elements: [widget.trigger], widget, pos };
  }
  if (el.getAttribute('role') === 'spinbutton') {
    // A segment of a date drawn as spans: usable only as part of a day/month/year trio (combineUnits).
    const usable = isVisible(el) && el.getAttribute('aria-disabled') !== 'true';
    const html = el as HTMLElement;
    return usable && el.getAttribute('aria-readonly') !== 'true'
      ? { kind: 'segmented-date', element: html, elements: [html], pos }
      : null;
  }
  if (!el.matches(FILLABLE_SELECTOR)) return null;
  if (!isWritable(el) || !isVisible(el, box)) return null;
  const html = el as HTMLElement;
  return { kind: kindOf(html), element: html, elements: [html], pos };
}

/**
 * Day/month/year trios become one split-date unit; radios of one name (within one form) become one radio-group
 * unit. Returns the units in tree order.
 */
export function combineUnits(
  units: Unit[],
  formOf: (el: Element) => Element,
  partOf?: (el: Element) => Part | null,
): Unit[] {
  const plain = units.filter(
    (u) => u.kind !== 'combobox' && (u.element as HTMLInputElement).type !== 'radio',
  );
  const merged = new Set<Unit>();
  const out: Unit[] = [];
  for (const [d, m, y] of findSplitDates(
    plain.map((u) => u.element),
    partOf,
  )) {
    const [day, month, year] = [plain[d], plain[m], plain[y]];
    const parts = [day, month, year].map((u) => u.element) as SplitDate;
    const segmented = day.kind === 'segmented-date';
    const box = commonBox(parts) ?? parts[0];
    out.push({
      kind: segmented ? 'segmented-date' : 'split-date',
      element: parts[0],
      elements: parts,
      split: { day: parts[0], month: parts[1], year: parts[2] },
      holder: segmented ? (holderOf(box) ?? undefined) : undefined,
      pos: Math.min(day.pos, month.pos, year.pos),
    });
    for (const u of [day, month, year]) merged.add(u);
  }
  const radioGroups = new Map<Element, Map<string, Unit>>();
  for (const u of units) {
    if (merged.has(u) || u.kind === 'segmented-date') continue; // a segment outside a trio is not ours to fill
    const input = u.element as HTMLInputElement;
    if (u.kind !== 'combobox' && input.type === 'radio') {
      const form = formOf(input);
      const inForm = radioGroups.get(form) ?? new Map<string, Unit>();
      radioGroups.set(form, inForm);
      const key = input.name || input.id;
      const group = inForm.get(key);
      if (group) group.elements.push(input);
      else {
        const unit: Unit = { kind: 'radio-group', element: input, elements: [input], pos: u.pos };
        inForm.set(key, unit);
        out.push(unit);
      }
      continue;
    }
    out.push(u);
  }
  return out.sort((a, b) => a.pos - b.pos);
}

type SplitDate = [HTMLElement, HTMLElement, HTMLElement];
