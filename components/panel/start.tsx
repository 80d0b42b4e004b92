import { render } from 'preact';
import { loadUiState, saveUiState } from '@/utils/agent/ui-state';
import { background } from '@/utils/messaging/protocol';
import { createPageBridge } from '@/utils/panel/page-bridge';
import { PANEL_KITS } from './kits';
import { mountPanelUi } from './mount';
import { createPanelSession } from './session';

// The panel page (panel.html), shown by the page agent in an iframe on a configured page. It asks the background
// which site its tab shows, then renders the kind's kit. It reads nothing of the host page itself.

export async function startPanelPage(doc: Document): Promise<void> {
  const container = doc.getElementById('app') as HTMLElement;
  const config = await background.sendMessage('panelHello', undefined).catch(() => null);
  if (!config) {
    render(
      <p class="kp-unavailable">Панель работает только на страницах, заданных в настройках.</p>,
      container,
    );
    return;
  }
  const kit = PANEL_KITS[config.kind];
  const bridge = createPageBridge();
  const session = createPanelSession({
    config,
    kit,
    bridge,
    deps: {
      recordOutcome: (data) => background.sendMessage('recordOutcome', data),
      loadUi: () => loadUiState(),
      saveUi: (state) => saveUiState(state),
    },
  });
  const unmount = mountPanelUi(container, session.model, doc, kit, bridge);
  doc.defaultView?.addEventListener(
    'pagehide',
    () => {
      unmount();
      session.dispose();
      bridge.dispose();
    },
    { once: true },
  );
}
