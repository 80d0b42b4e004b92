import type { Checklist } from '../checklist/keys';
import type { SiteSettings } from '../settings/schema';
import { collectControls } from './collect';
import { buildPlan } from './plan';
import type { PrefillPlan } from './types';

// Prefill: collect (DOM → descriptions) → plan (pure) → apply (events) → report / undo.

export { applyPrefill, undoPrefill } from './apply';
export { highlightFields } from './highlight';
export { observeFieldCount } from './observe';
export type * from './types';

/** What a prefill would write on this page now: the chosen form, the field per key, and the keys with no field. */
export function planPrefill(
  doc: Document,
  checklist: Checklist,
  site?: Pick<SiteSettings, 'fields'> | null,
): PrefillPlan {
  const win = doc.defaultView as Window;
  const collected = collectControls(doc, win, site?.fields);
  return buildPlan(collected, checklist, win.location.href);
}
