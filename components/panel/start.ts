import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { onMessage, sendMessage } from '@/utils/messaging';
import { loadUiState, saveUiState } from '@/utils/panel/ui-state';
import { mountPanelUi } from './mount';
import { createPanelSession } from './session';

// The content script's whole job: ask the background whether this page is a configured site, then mount the
// panel (custom element with an open shadow root) and wire the keyboard shortcut. Everything is undone when the
// extension is reloaded or the context is invalidated.

export const PANEL_TAG = 'karta-nso-panel';

export async function startPanel(ctx: ContentScriptContext): Promise<void> {
  if (window.top !== window) return; // the panel lives in the top document only
  const config = await sendMessage('getPanelConfig', location.href).catch(() => null);
  if (!config || ctx.isInvalid) return;

  const session = createPanelSession({
    config,
    win: window,
    doc: document,
    hostTag: PANEL_TAG,
    alive: () => !ctx.isInvalid,
    deps: {
      recordOutcome: (data) => sendMessage('recordOutcome', data),
      loadUi: () => loadUiState(),
      saveUi: (state) => saveUiState(state),
    },
  });
  ctx.onInvalidated(() => session.dispose());
  ctx.onInvalidated(onMessage('togglePanel', () => session.model.toggle()));

  const ui = await createShadowRootUi(ctx, {
    name: PANEL_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    onMount: (container) => mountPanelUi(container, session.model, document),
    onRemove: (unmount) => unmount?.(),
  });
  if (ctx.isInvalid) return;
  ui.mount();
}
