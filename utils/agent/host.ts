import type { Lifecycle } from './lifecycle';

// The panel's place on the page: a custom element with a CLOSED shadow root holding an iframe of the extension's
// panel page, the way password managers isolate their in-page menus. The page can neither read nor script what is
// inside (the frame is another origin), keys typed there never reach the page, and the page's styles cannot reach
// the frame; the `:host` rules are `!important` inside the shadow tree, which beats the page's own `!important`.
//
// While expanded, the host also reserves the panel's width: a <style> in the host's light DOM (a child the closed
// shadow root never renders, but a style sheet of the document all the same). Removing the host therefore removes
// the reservation with it — which is all a later version of the extension has to do to clean up after this one.
//
// The host goes in at document_start, before the page's first layout, so the reserved width costs the page no
// second layout of everything it has drawn. The panel's frame goes in later (start.ts says when).

export const HOST_TAG = 'karta-nso-panel';
export const PANEL_WIDTH_PX = 360;

// The frame's accessible name: what the panel is called where the clerk toggles it (the Alt+K command's description).
const FRAME_TITLE = 'Панель памятки';

const BOX =
  'all:initial!important;display:block!important;position:fixed!important;z-index:2147483647!important;';
const EXPANDED = `:host{${BOX}top:0!important;right:0!important;width:${PANEL_WIDTH_PX}px!important;height:100vh!important}`;
const COLLAPSED = `:host{${BOX}top:30vh!important;right:0!important;width:48px!important;height:340px!important}`;
const FRAME = 'iframe{display:block;width:100%;height:100%;border:0;color-scheme:normal}';
// Screen only: printing the page's own documents keeps its full width.
const DOCK = `@media screen{html{margin-right:${PANEL_WIDTH_PX}px!important}}`;

export interface PanelHost {
  setCollapsed(collapsed: boolean): void;
  /** Loads the panel page into the host's frame (once). */
  showPanel(src: string): void;
  /** The panel page's window, once its frame is in. */
  frameWindow(): Window | null;
}

export function createPanelHost(doc: Document, life: Lifecycle): PanelHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const look = doc.createElement('style');
  const frameStyle = doc.createElement('style');
  frameStyle.textContent = FRAME;
  shadow.append(look, frameStyle);
  const dock = doc.createElement('style');
  dock.textContent = DOCK;

  const setCollapsed = (collapsed: boolean) => {
    look.textContent = collapsed ? COLLAPSED : EXPANDED;
    if (collapsed) dock.remove();
    else host.append(dock);
  };
  setCollapsed(false); // the usual state; the remembered one arrives with the agent's configuration

  const attach = () => {
    if (!host.isConnected) doc.documentElement?.append(host);
  };
  // A page (or a framework replacing the document's children) that removes the host gets it back; only our own
  // node's removal from <html> is looked at, so the page's own work costs one cheap check per batch.
  const observer = new MutationObserver((records) => {
    if (!life.alive()) return;
    if (records.some((r) => Array.prototype.includes.call(r.removedNodes, host))) attach();
  });
  const observeRoot = () => {
    observer.observe(doc.documentElement, { childList: true });
    attach();
  };
  if (doc.documentElement) observeRoot();
  else {
    // A document_start with no root element yet: the parser adds it before anything can be laid out.
    const early = new MutationObserver(() => {
      if (!doc.documentElement) return;
      early.disconnect();
      observeRoot();
    });
    early.observe(doc, { childList: true });
    life.onAbort(() => early.disconnect());
  }

  let frame: HTMLIFrameElement | undefined;
  life.onAbort(() => {
    observer.disconnect();
    host.remove();
  });
  return {
    setCollapsed,
    showPanel(src) {
      if (frame) return;
      frame = doc.createElement('iframe');
      frame.title = FRAME_TITLE;
      frame.setAttribute('allow', 'clipboard-write');
      frame.src = src;
      shadow.append(frame);
    },
    frameWindow: () => frame?.contentWindow ?? null,
  };
}
