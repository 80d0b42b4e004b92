import { signal } from '@preact/signals';
import type { PrefillState } from './prefill-state';

// Issuance pages have no form to fill: their model gets this instead of createPrefillState, so the issuance bundle
// does not carry the prefill state machine (maisKit passes the real one).

export function createInactivePrefill(): PrefillState {
  return {
    plan: signal(null),
    fieldCount: signal(0),
    report: signal(null),
    canUndo: signal(false),
    busy: signal(false),
    undone: signal(false),
    error: signal(null),
    run: async () => {},
    undo: () => {},
    dispose: () => {},
  };
}
