import type { FieldKey } from '../checklist/keys';
import { collectFields } from './collect';
import { countUsableFields } from './plan';
import { framesOf, openShadowRoots } from './roots';

// The number of fields a prefill would use right now, kept current for the prefill button's label. One
// MutationObserver per document; records are filtered before anything is scheduled (a page redrawing its own
// tables, clocks and spinners costs only the filter), a burst of relevant changes costs one recount in the next
// animation frame, the recount gives the page its turn every few milliseconds, and nothing runs while the page is
// still (no polling, no timers).

const OBSERVED_ATTRIBUTES = [
  'style',
  'class',
  'hidden',
  'disabled',
  'readonly',
  'inert',
  'type',
  'aria-hidden',
];
const FORM_PARTS = 'input, select, textarea, label, [role="combobox"], [aria-haspopup], iframe, frame';

export interface ObserveOptions {
  siteFields?: Partial<Record<FieldKey, string>>;
}

function isOurs(node: Node): boolean {
  return node.nodeName === 'KARTA-NSO-PANEL' || !!(node as Element).closest?.('karta-nso-panel');
}

function touchesForm(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(FORM_PARTS) || el.querySelector(FORM_PARTS) !== null || !!el.shadowRoot;
}

/** Whether a record can change which fields are there: controls or labels added/removed, shown/hidden, enabled. */
export function isRelevant(record: MutationRecord): boolean {
  if (isOurs(record.target)) return false;
  if (record.type === 'childList') {
    for (const n of Array.from(record.addedNodes)) if (touchesForm(n)) return true;
    for (const n of Array.from(record.removedNodes)) if (touchesForm(n)) return true;
    return false;
  }
  return record.type === 'attributes' && touchesForm(record.target);
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
  let running = false;
  let again = false;
  let last = -1;
  let stopped = false;

  const count = async () => {
    scheduled = 0;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      observeFrames();
      const { description } = await collectFields(doc, win, opts.siteFields);
      const n = countUsableFields(description);
      if (!stopped && n !== last) {
        last = n;
        onCount(n);
      }
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (!scheduled && !stopped) scheduled = win.requestAnimationFrame(() => void count());
  };

  const observer = new win.MutationObserver((records) => {
    if (records.some(isRelevant)) schedule();
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
