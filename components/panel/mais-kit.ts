import { PrefillSection } from './checklist/PrefillSection';
import { createPrefillState } from './checklist/prefill-state';
import type { PanelKit } from './kit';

/** МАИС pages: the checklist with the prefill block. */
export const maisKit: PanelKit = { kind: 'mais', prefill: PrefillSection, prefillState: createPrefillState };
