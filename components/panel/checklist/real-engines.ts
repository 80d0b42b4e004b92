import { capturePage, mergeCaptured } from '@/utils/capture';
import { CATEGORIES } from '@/utils/catalogue/categories';
import { matchCategory } from '@/utils/catalogue/match';
import { formatDateRu } from '@/utils/checklist/dates';
import type { Checklist } from '@/utils/checklist/keys';
import { normalizeField } from '@/utils/checklist/normalize';
import { missingEligibility, REQUIRED_MESSAGE, validateField } from '@/utils/checklist/validate';
import {
  applyPlan,
  buildPlan,
  collectFieldsNow,
  type ElementMap,
  highlightFields,
  observeFieldCount,
  type PrefillPlan,
  selectorsForAmbiguities,
  type UndoSnapshot,
  undoApplied,
} from '@/utils/prefill';
import type { CaptureEngine, CatalogueRules, ChecklistRules, PrefillEngine, SiteFields } from './engines';
import { isDateField, isOptional } from './fields';

// The real capture, prefill and checklist rules in the shapes the panel model takes. This is what the on-demand
// engine bundle (entrypoints/engine.ts) carries: the page loads it only when the clerk turns to the panel.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const checklistRules: ChecklistRules = {
  validate(key, value, fields) {
    if (!value.trim()) return isOptional(key) ? null : REQUIRED_MESSAGE;
    return validateField(key, value, fields);
  },
  // What cannot be read comes back trimmed, never dropped: the clerk sees it with its message.
  normalize: normalizeField,
  display(key, value) {
    return isDateField(key) && ISO_DATE.test(value) ? formatDateRu(value) : value;
  },
  missingEligibility,
};

export const catalogueRules: CatalogueRules = {
  categories: CATEGORIES,
  match: (text) => matchCategory(text)?.code ?? null,
};

export const captureEngine: CaptureEngine = { capturePage, mergeCaptured };

// The plan is plain data; the elements it names stay on this side, remembered per plan.
const elementsOfPlan = new WeakMap<PrefillPlan, ElementMap>();

function planPrefill(doc: Document, checklist: Checklist, site?: SiteFields | null): PrefillPlan {
  const { description, elements } = collectFieldsNow(doc, doc.defaultView as Window, site?.fields);
  const plan = selectorsForAmbiguities(buildPlan(description, checklist), elements);
  elementsOfPlan.set(plan, elements);
  return plan;
}

export const prefillEngine: PrefillEngine<PrefillPlan, UndoSnapshot> = {
  planPrefill,
  applyPrefill: (plan, doc) => applyPlan(plan, elementsOfPlan.get(plan) ?? new Map(), doc),
  undoPrefill: undoApplied,
  observeFieldCount,
  highlight(plan, report, doc) {
    const elements = elementsOfPlan.get(plan);
    const filled = plan.targets.filter((t) => report[t.key]?.status === 'filled');
    return highlightFields(
      filled.flatMap((t) => {
        const els = elements?.get(t.ref);
        return els?.widget ? [els.widget.root] : (els?.elements ?? []);
      }),
      { win: doc.defaultView ?? undefined },
    );
  },
};

/** Everything the engine bundle hands to the panel. */
export interface LoadedEngine {
  capture: CaptureEngine;
  // biome-ignore lint/suspicious/noExplicitAny: the engine's plan and undo token stay opaque to the panel
  prefill: PrefillEngine<any, any>;
  rules: ChecklistRules;
  catalogue: CatalogueRules;
}

export function createRealEngine(): LoadedEngine {
  return { capture: captureEngine, prefill: prefillEngine, rules: checklistRules, catalogue: catalogueRules };
}
