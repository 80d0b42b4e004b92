import type { FieldKey } from '../checklist/keys';
import { createDescribeIndex } from '../fields/describe';
import { describeUnit } from './collect-describe';
import { controlsInTreeOrderSteps, enclosingForm, framesOf } from './roots';
import { type Part, partOfControl } from './split-date';
import type { Collected, ControlDescription, PageDescription } from './types';
import { combineUnits, FILLABLE_SELECTOR, type Unit, unitOf } from './units';
import { createPacer } from './yield';

// DOM → plain, JSON-serialisable descriptions of every fillable control of the page, its same-origin iframes and
// open shadow roots, at this moment; the elements stay here, in a map keyed by each description's `ref`. Nothing
// here knows what a label means (that is the plan's job): controls are described as text.

export type SiteFields = Partial<Record<FieldKey, string>>;

export interface CollectOptions {
  /** Work per slice before the page gets its turn (ms); default ≈ half a frame. */
  sliceMs?: number;
  /** Filled with what the walk went through, for the form watcher (utils/agent/fields-reader.ts). */
  walked?: Walked;
}

/**
 * The documents and open shadow roots the collect read, and every fillable control in them, hidden ones too, with
 * whether each had no box when the walk went past it.
 */
export interface Walked {
  roots: (Document | ShadowRoot)[];
  controls: Element[];
  boxless: boolean[];
}

function groupRootOf(el: Element, doc: Document): Element {
  return (el as HTMLInputElement).form ?? enclosingForm(el) ?? doc.body ?? doc.documentElement;
}

function bindSiteFields(
  units: { unit: Unit; control: ControlDescription }[],
  frameDoc: Document,
  siteFields?: SiteFields,
): void {
  if (!siteFields) return;
  for (const [key, selector] of Object.entries(siteFields) as [FieldKey, string][]) {
    if (!selector) continue;
    let target: Element | null = null;
    try {
      target = frameDoc.querySelector(selector);
    } catch {
      continue; // an invalid selector in settings binds nothing; heuristics still apply
    }
    if (!target) continue;
    const found = units.find(({ unit }) => {
      const box = unit.widget?.root;
      if (box && (box === target || box.contains(target) || unit.widget?.native === target)) return true;
      return unit.elements.some((el) => el === target || target?.contains(el));
    });
    if (found) found.control.siteKey = key;
  }
}

/** The collect itself, as steps: the driver decides when the page gets its turn (between any two steps). */
function* collectSteps(
  doc: Document,
  win: Window,
  siteFields: SiteFields | undefined,
  out: Collected,
  walked?: Walked,
) {
  const { frames, sandboxed } = framesOf(doc, win);
  const description = out.description;
  description.sandboxedFrames = sandboxed;
  const groupIndex = new Map<Element, number>();
  const blockIndex = new Map<Element, number>();
  for (const { doc: frameDoc } of frames) {
    walked?.roots.push(frameDoc);
    const candidates: Element[] = yield* controlsInTreeOrderSteps(frameDoc, [], walked?.roots);
    /** Each control's box as measured for the watcher: the visibility check below reads it, not measuring again. */
    const boxes = new Map<Element, DOMRect>();
    if (walked)
      for (const control of candidates) {
        if (!control.matches(FILLABLE_SELECTOR)) continue; // not a grid's selection checkboxes
        const rects = control.getClientRects();
        // A control is one box: its one rect is its bounding box.
        if (rects.length === 1) boxes.set(control, rects[0]);
        walked.controls.push(control);
        walked.boxless.push(rects.length === 0);
      }
    const taken = new Set<Element>();
    const found: Unit[] = [];
    // Date parts are recognised here, a slice at a time, for the day/month/year trios combineUnits looks for.
    const parts = new Map<Element, Part | null>();
    for (let i = 0; i < candidates.length; i++) {
      const unit = unitOf(candidates[i], i, taken, boxes.get(candidates[i]));
      if (unit) found.push(unit);
      if (unit && unit.kind !== 'combobox') parts.set(unit.element, partOfControl(unit.element));
      if (i % 8 === 7) yield;
    }
    const formOf = (el: Element) => groupRootOf(el, frameDoc);
    const partOf = (el: Element) => (parts.has(el) ? (parts.get(el) ?? null) : partOfControl(el));
    const units = combineUnits(found, formOf, partOf);
    const index = createDescribeIndex(frameDoc);
    yield* index.indexLabels(frameDoc);
    const described: { unit: Unit; control: ControlDescription }[] = [];
    for (const unit of units) {
      const root = formOf(unit.element);
      let group = groupIndex.get(root);
      if (group === undefined) {
        group = groupIndex.size;
        groupIndex.set(root, group);
      }
      const { control, headingNode, title } = describeUnit(unit, frameDoc, index);
      const blockKey = headingNode ?? root;
      let block = blockIndex.get(blockKey);
      if (block === undefined) {
        block = description.blocks.length;
        description.blocks.push({ title, group });
        blockIndex.set(blockKey, block);
      }
      control.group = group;
      control.block = block;
      described.push({ unit, control });
      yield;
    }
    bindSiteFields(described, frameDoc, siteFields);
    for (const { unit, control } of described) {
      // Refs follow document order (plan relies on it). toFixed, not a template: V8 keeps decimal conversions in a
      // table that grows to 64 KB in the page's heap once a few hundred collide.
      const ref = `f${description.controls.length.toFixed(0)}`;
      control.ref = ref;
      description.controls.push(control);
      out.elements.set(ref, unit); // the unit is its elements (with its kind and position)
    }
  }
}

function emptyCollected(doc: Document, win: Window): Collected {
  const description: PageDescription = {
    url: win.location?.href ?? doc.URL,
    controls: [],
    blocks: [],
    sandboxedFrames: 0,
  };
  return { description, elements: new Map() };
}

/**
 * Collects the fillable controls, giving the page its turn every few milliseconds (a page of thousands of controls
 * never freezes); `siteFields` (key → CSS selector) marks the controls an administrator or the clerk bound.
 */
export async function collectFields(
  doc: Document,
  win: Window,
  siteFields?: SiteFields,
  opts: CollectOptions = {},
): Promise<Collected & { yields: number }> {
  const out = emptyCollected(doc, win);
  const pacer = createPacer(win, opts.sliceMs);
  for (const _ of collectSteps(doc, win, siteFields, out, opts.walked)) {
    const turn = pacer.pace();
    if (turn) await turn;
  }
  return { ...out, yields: pacer.yields };
}

/** The same collect at once, for callers that cannot wait (a preview computed synchronously). */
export function collectFieldsNow(doc: Document, win: Window, siteFields?: SiteFields): Collected {
  const out = emptyCollected(doc, win);
  for (const _ of collectSteps(doc, win, siteFields, out));
  return out;
}
