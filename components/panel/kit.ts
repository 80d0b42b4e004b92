import type { ComponentChildren, ComponentType } from 'preact';
import type { Gate, GateOptions } from '@/utils/gate/gate';
import type { SiteKind } from '@/utils/settings/schema';
import type { ChecklistModel } from './checklist';
import type { createPrefillState } from './checklist/prefill-state';
import type { PanelModel } from './model';

// What differs between the two panel bundles. Each content script passes its own kit, so the issuance bundle does
// not carry the prefill UI and the МАИС bundle carries neither the pitch nor the gate (size budget per page).

export interface PanelKit {
  kind: SiteKind;
  createGate?: (options: GateOptions) => Gate;
  pitch?: (model: PanelModel) => ComponentChildren;
  outcomes?: (model: PanelModel) => ComponentChildren;
  prefill?: ComponentType<{ model: ChecklistModel }>;
  prefillState?: typeof createPrefillState;
}
