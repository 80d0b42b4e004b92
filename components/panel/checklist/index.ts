import type { EligibilityKey } from '@/utils/checklist/keys';
import { sendMessage } from '@/utils/messaging';
import { loadEngineVia } from './engine-global';
import type { Category, ChecklistSend } from './engines';
import { createLazyEngine } from './lazy-engine';
import { type ChecklistModel, type ChecklistModelDeps, createChecklistModelWith } from './model';
import type { LoadedEngine } from './real-engines';

// What the panel mounts: the checklist model (wired to the background and to the on-demand engine) and its views.

export { CaptureButton, type CaptureButtonProps } from './CaptureButton';
export { ChecklistView, type ChecklistViewProps } from './ChecklistView';
export type { CaptureNotice, ChecklistModel } from './model';

const sendToBackground: ChecklistSend = (type, ...data) =>
  (sendMessage as (t: string, d?: unknown) => Promise<never>)(type, data[0]);

/** The engine bundle, injected into this frame by the background on first use. */
const injectEngine = (): Promise<LoadedEngine> => loadEngineVia(globalThis, () => sendMessage('loadEngine'));

export type ChecklistModelOptions = Pick<ChecklistModelDeps, 'doc' | 'site' | 'kind'> &
  Partial<Omit<ChecklistModelDeps, 'doc' | 'site' | 'kind'>> & {
    /** Catalogue entries for the category select (plain data from the background). */
    categories?: readonly Category[];
    /** The memo's advice per missing step-5 condition (pack.maisAdvice). */
    advice: Record<EligibilityKey, string>;
    /** Where the capture/prefill engine comes from; tests pass the real one (createRealEngine) or fakes. */
    loadEngine?: () => Promise<LoadedEngine>;
  };

/** One per mounted panel; call `dispose()` on unmount. Pass `send` (or any engine) to replace it in tests. */
export function createChecklistModel(options: ChecklistModelOptions): ChecklistModel {
  const { categories = [], advice, loadEngine = injectEngine, ...rest } = options;
  const lazy = createLazyEngine(loadEngine, categories, advice);
  return createChecklistModelWith({
    send: sendToBackground,
    ...lazy.engines,
    preload: lazy.preload,
    ...rest,
  });
}
