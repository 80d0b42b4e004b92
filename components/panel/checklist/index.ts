import { capturePage, mergeCaptured } from '@/utils/capture';
import { sendMessage } from '@/utils/messaging';
import {
  applyPrefill,
  highlightFields,
  observeFieldCount,
  type PrefillPlan,
  planPrefill,
  type UndoSnapshot,
  undoPrefill,
} from '@/utils/prefill';
import type { ChecklistSend, PrefillEngine } from './engines';
import { type ChecklistModel, type ChecklistModelDeps, createChecklistModelWith } from './model';
import { catalogueRules, checklistRules } from './rules';

// What the panel mounts: the checklist model (wired to the background, capture and prefill) and its two views.

export { CaptureButton, type CaptureButtonProps } from './CaptureButton';
export { ChecklistView, type ChecklistViewProps } from './ChecklistView';
export type { CaptureNotice, ChecklistModel } from './model';

const sendToBackground: ChecklistSend = (type, ...data) =>
  (sendMessage as (t: string, d?: unknown) => Promise<never>)(type, data[0]);

const prefillEngine: PrefillEngine<PrefillPlan, UndoSnapshot> = {
  planPrefill,
  applyPrefill,
  undoPrefill,
  observeFieldCount,
  highlight(plan, report, doc) {
    const filled = plan.targets.filter((t) => report[t.key]?.status === 'filled');
    return highlightFields(
      filled.flatMap((t) => t.control.elements),
      { win: doc.defaultView ?? undefined },
    );
  },
};

export type ChecklistModelOptions = Pick<ChecklistModelDeps, 'doc' | 'site' | 'kind'> &
  Partial<Omit<ChecklistModelDeps, 'doc' | 'site' | 'kind'>>;

/** One per mounted panel; call `dispose()` on unmount. Pass `send` (or any engine) to replace it in tests. */
export function createChecklistModel(options: ChecklistModelOptions): ChecklistModel {
  return createChecklistModelWith({
    send: sendToBackground,
    capture: { capturePage, mergeCaptured },
    prefill: prefillEngine,
    rules: checklistRules,
    catalogue: catalogueRules,
    ...options,
  });
}
