import type { FieldKey } from '../checklist/keys';
import { collectControls } from './collect';
import { usableControls } from './plan';
import { framesOf, openShadowRoots } from './roots';

// The number of fields a prefill would use right now, kept current for the prefill button's label. One
// MutationObserver per document; a burst of changes costs one count in the next animation frame, and nothing runs
// while the page is still (no polling, no timers).

const OBSERVED_ATTRIBUTES = ['style', 'class', 'hidden', 'disabled', 'readonly', 'inert', 'type'];

export interface ObserveOptions {
  siteFields?: Partial<Record<FieldKey, string>>;
}

/** Counts once at once (in the next frame), then after each change; returns the function that stops observing. */
export function observeFieldCount(
  doc: Document,
  onCount: (n: number) => void,
  opts: ObserveOptions = {},
): () => void {
  const win = doc.defaultView as Window & typeof globalThis;
  const observed = new Set<Document | ShadowRoot>();
  let scheduled = 0;
  let last = -1;
  let stopped = false;

  const count = () => {
    scheduled = 0;
    if (stopped) return;
    observeFrames();
    const n = usableControls(collectControls(doc, win, opts.siteFields)).byMeaning.size;
    if (n !== last) {
      last = n;
      onCount(n);
    }
  };
  const schedule = () => {
    if (!scheduled && !stopped) scheduled = win.requestAnimationFrame(count);
  };
  const relevant = (records: MutationRecord[]) =>
    records.some(
      (r) => !(r.target as Element).closest?.('karta-nso-panel') && r.target.nodeName !== 'KARTA-NSO-PANEL',
    );

  const observer = new win.MutationObserver((records) => {
    if (relevant(records)) schedule();
  });
  // An iframe that loads later brings a new document to observe (load does not bubble, capture sees it).
  const onLoad = (event: Event) => {
    if ((event.target as Element | null)?.tagName === 'IFRAME') schedule();
  };
  const watch = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    if (root !== doc && root.nodeType === 9) root.addEventListener('load', onLoad, true);
  };
  // Frames and open shadow roots (web components) each need their own observation; new ones are picked up on the
  // recount that their arrival causes.
  const observeFrames = () => {
    for (const frame of framesOf(doc, win).frames) {
      watch(frame.doc);
      for (const shadow of openShadowRoots(frame.doc)) watch(shadow);
    }
  };
  doc.addEventListener('load', onLoad, true);
  observeFrames();
  schedule();
  return () => {
    stopped = true;
    observer.disconnect();
    if (scheduled) win.cancelAnimationFrame(scheduled);
    doc.removeEventListener('load', onLoad, true);
    for (const d of observed) d.removeEventListener('load', onLoad, true);
  };
}
