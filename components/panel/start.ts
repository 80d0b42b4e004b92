import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/utils/messaging';
import { createShadowHost } from '@/utils/panel/shadow-host';
import { loadUiState, saveUiState } from '@/utils/panel/ui-state';
import type { PanelKit } from './kit';
import { mountPanelUi } from './mount';
import { createPanelSession } from './session';
import { PANEL_CSS } from './styles';

// The content script's whole job: ask the background whether this page is a configured site, then mount the
// panel (custom element with an open shadow root) and wire the keyboard shortcut. Everything is undone when the
// extension is reloaded or the context is invalidated.

export const PANEL_TAG = 'karta-nso-panel';

export async function startPanel(ctx: ContentScriptContext, kit: PanelKit): Promise<void> {
  if (window.top !== window) return; // the panel lives in the top document only
  const config = await sendMessage('getPanelConfig', location.href).catch(() => null);
  // Each site kind has its own bundle; the other kind's bundle, if a second pattern also matched, stays idle.
  if (!config || config.kind !== kit.kind || ctx.isInvalid) return;

  const ui = createShadowHost(document, PANEL_TAG, PANEL_CSS);
  const session = createPanelSession({
    config,
    win: window,
    doc: document,
    ownUi: ui.shadow,
    alive: () => !ctx.isInvalid,
    createGate: kit.createGate,
    deps: {
      recordOutcome: (data) => sendMessage('recordOutcome', data),
      loadUi: () => loadUiState(),
      saveUi: (state) => saveUiState(state),
    },
  });
  ctx.onInvalidated(() => session.dispose());
  ctx.onInvalidated(onMessage('togglePanel', () => session.model.toggle()));

  ui.mount();
  const unmount = mountPanelUi(ui.container, session.model, document, kit);
  ctx.onInvalidated(() => {
    unmount();
    ui.remove();
  });
}
