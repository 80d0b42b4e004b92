import { PrefillSection } from '../checklist/PrefillSection';
import type { PanelKit } from '../kit';

/** МАИС pages: the checklist with the prefill block; no conversation, no gate. */
export const maisKit: PanelKit = { kind: 'mais', gate: false, prefill: PrefillSection };
