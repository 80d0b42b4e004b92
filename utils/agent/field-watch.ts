import { framesOf, openShadowRoots } from '../prefill/roots';
import { HOST_TAG } from './host';
import type { Lifecycle } from './lifecycle';

// Tells the panel when the page's form controls may have changed, so it asks for a fresh description — and costs
// nothing for everything else a busy page does all day (clocks, grids redrawn every 100 ms, spinners). Mutation
// records are filtered before anything is scheduled: only nodes that are or contain form controls or labels, and
// attribute changes on elements that hold a control, count. A burst of relevant changes is one notice in the next
// animation frame. Watching stops while the panel is collapsed or the tab is hidden; showing it again reports a
// change, since the page may have changed meanwhile.

const CONTROLS = 'input,select,textarea,label,legend,[role="combobox"],[role="listbox"],[contenteditable]';
const ATTRIBUTES = [
  'disabled',
  'readonly',
  'hidden',
  'type',
  'style',
  'class',
  'inert',
  'aria-hidden',
  'open',
];

function holdsControls(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.localName === HOST_TAG) return false;
  return el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null || el.localName === 'iframe';
}

/** Whether a batch of mutations can change which controls a prefill would see. Pure, for tests. */
export function touchesControls(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type === 'attributes') {
      if (holdsControls(r.target)) return true;
      continue;
    }
    for (const n of Array.from(r.addedNodes)) if (holdsControls(n)) return true;
    for (const n of Array.from(r.removedNodes)) if (holdsControls(n)) return true;
  }
  return false;
}

export interface FieldWatch {
  /** Start or stop watching (the panel shown or collapsed). */
  setOn(on: boolean): void;
}

export function createFieldWatch(doc: Document, life: Lifecycle, onChange: () => void): FieldWatch {
  const win = doc.defaultView as Window & typeof globalThis;
  let wanted = false;
  let frame = 0;
  const observed = new Set<Node>();

  const notify = () => {
    frame = 0;
    if (!life.alive()) return;
    watchRoots(); // frames and shadow roots that arrived with this change
    onChange();
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(notify);
  };
  const observer = new win.MutationObserver((records) => {
    if (touchesControls(records)) schedule();
  });
  const watch = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
  };
  const watchRoots = () => {
    for (const f of framesOf(doc, win).frames) {
      watch(f.doc);
      for (const shadow of openShadowRoots(f.doc)) watch(shadow);
    }
  };
  const stop = () => {
    observer.disconnect();
    observed.clear();
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  };
  const apply = () => {
    const active = wanted && doc.visibilityState !== 'hidden' && life.alive();
    if (!active) return stop();
    if (observed.size === 0) {
      watchRoots();
      schedule();
    }
  };
  // A same-origin iframe that loads later brings a new document; `load` does not bubble, the capture phase sees it.
  doc.addEventListener(
    'load',
    (e) => {
      if (wanted && (e.target as Element | null)?.localName === 'iframe') schedule();
    },
    { capture: true, signal: life.signal },
  );
  doc.addEventListener('visibilitychange', apply, { signal: life.signal });
  life.onAbort(stop);
  return {
    setOn(on) {
      wanted = on;
      apply();
    },
  };
}
