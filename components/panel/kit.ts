import type { ComponentChildren } from 'preact';
import type { SiteKind } from '@/utils/settings/schema';
import type { PrefillParts } from './checklist/PrefillSection';
import type { PanelModel } from './model';

// Everything that differs between site kinds lives in its kit (components/panel/kits/): a new kind of page is one
// new kit file plus its agent kit (utils/agent/kinds/). The panel itself asks the kit, never the kind's name.

export interface PanelKit {
  kind: SiteKind;
  /** The memo's conversation (steps 1–4) and the outcome bar; without it the panel opens on the checklist. */
  pitch?: (model: PanelModel) => ComponentChildren;
  outcomes?: (model: PanelModel) => ComponentChildren;
  /** The page's issue control is held until an outcome is recorded (when the settings enable the gate). */
  gate: boolean;
  /** The page has a form to fill: the prefill block, and the agent watches the page's fields. */
  prefill?: PrefillParts;
}
