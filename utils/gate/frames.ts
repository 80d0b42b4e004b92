// Finding the windows the gate must watch: the page's own and those of its same-origin frames — present at start,
// added later, srcdoc and about:blank ones, and frames that navigate or rewrite their document (each `load` of a
// frame attaches again, because a new document, or `document.open()`, drops the listeners of the old one).

const FRAMES = 'iframe,frame';

/**
 * Calls `attach(win)` for `top` and for every same-origin frame window inside it, now and whenever a frame appears
 * or loads. `attach` must be idempotent: it is called again for a window it may already watch.
 */
export function watchFrames(top: Window, signal: AbortSignal, attach: (win: Window) => void): void {
  const enter = (node: EventTarget | null) => {
    const el = node as HTMLIFrameElement | null;
    if (el?.nodeType === 1 && el.matches(FRAMES) && el.contentWindow) visit(el.contentWindow);
  };
  const scan = (node: Node) => {
    enter(node);
    for (const frame of (node as ParentNode).querySelectorAll?.(FRAMES) ?? []) enter(frame);
  };
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // A frame's `load` reaches its parent document in the capture phase (it does not bubble, nor reach the window).
  const onLoad = (event: Event) => enter(event.target);

  function visit(win: Window): void {
    let doc: Document | null;
    try {
      doc = win.document; // throws for a cross-origin frame: not ours to watch
    } catch {
      return;
    }
    if (!doc) return;
    attach(win);
    doc.addEventListener('load', onLoad, { capture: true, signal });
    observer.observe(doc, { childList: true, subtree: true });
    scan(doc);
  }
  visit(top);
}
