import type { Checklist } from '../checklist/keys';
import { type ApplyOptions, applyPlan } from './apply';
import { classifyPaced } from './classify';
import { type CollectOptions, collectFields, type SiteFields } from './collect';
import { buildPlan } from './plan';
import { selectorFor } from './selector';
import type {
  Collected,
  ControlElements,
  ElementMap,
  FillReport,
  PlanOptions,
  PrefillPlan,
  UndoSnapshot,
} from './types';
import { createPacer } from './yield';

// Prefill, split where the page and the panel meet:
//   collect (page)  — DOM → a JSON description of the controls + a page-side map `ref → elements`  (./collect)
//   plan (pure)     — description + checklist + the clerk's choices → targets with formatted values (./plan)
//   apply (page)    — plan + element map → writes, verification, report, undo snapshot             (./apply)
// The pre-action content script imports ./collect alone (no meanings, catalogue or formatting).

export type { ApplyOptions } from './apply';
export { applyPlan } from './apply';
export type { CollectOptions, SiteFields } from './collect';
export { collectFields, collectFieldsNow } from './collect';
export { highlightFields } from './highlight';
export { buildPlan } from './plan';
export { selectorFor } from './selector';
export type * from './types';
export { undoApplied } from './undo';

/** The element a per-site mapping names for a control: a dropdown's native select (when named) or its input. */
export function mappedElementOf(els: ControlElements): Element {
  const native = els.widget?.native;
  if (native && (native.id || native.name)) return native;
  return els.holder ?? els.widget?.input ?? els.element;
}

/** Fills the robust selectors of the plan's unclear fields, in the page (for the clerk's one-click choice). */
export function selectorsForAmbiguities(plan: PrefillPlan, elements: ElementMap): PrefillPlan {
  for (const ambiguity of plan.ambiguities) {
    for (const field of ambiguity.fields) {
      const els = elements.get(field.ref);
      if (els && !field.selector) field.selector = selectorFor(mappedElementOf(els));
    }
  }
  return plan;
}

/**
 * The whole prefill at the moment of the click, in the page: collect (giving the page its turn), plan, apply —
 * or plan and apply on a reading of the same page taken before the click (`reading`, utils/engine/kept-reading.ts).
 * The element map stays here with the undo snapshot; the plan and the report are plain data for the panel.
 */
export async function prefillPage(
  doc: Document,
  checklist: Checklist,
  siteFields?: SiteFields,
  options: PlanOptions & ApplyOptions & CollectOptions & { reading?: Collected | null } = {},
): Promise<{ plan: PrefillPlan; elements: ElementMap; report: FillReport; undo: UndoSnapshot }> {
  const win = doc.defaultView as Window;
  const { description, elements } = options.reading ?? (await collectFields(doc, win, siteFields, options));
  await classifyPaced(description, createPacer(win, options.sliceMs));
  const plan = selectorsForAmbiguities(buildPlan(description, checklist, options), elements);
  const { report, undo } = await applyPlan(plan, elements, doc, options);
  return { plan, elements, report, undo };
}
