import { HOST_TAG } from '../agent/host';
import { MARKS_TAG } from '../page-marks/overlay';

// Tells once that anything a form reading could see has changed: a node, an attribute or a text in the documents and
// shadow roots it went through, a value typed or chosen there, a frame loading a document, the window's size. It
// stops at the first change — one callback at most, however busy the page — and never takes the extension's own
// elements (the panel's host, the page marks) for the page's.

const OWN = `${HOST_TAG},${MARKS_TAG}`;
const EVENTS = ['input', 'change'] as const;
const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);

/** Whether a node is the extension's own: the panel's host, the page marks, or inside one of them. */
export function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(OWN);
}

/** Whether a record is the page's, not only the extension's own elements coming, going or changing. */
function concernsPage(record: MutationRecord): boolean {
  if (isOwn(record.target)) return false;
  if (record.type !== 'childList') return true;
  return [...record.addedNodes, ...record.removedNodes].some((node) => !isOwn(node));
}

export interface ChangeWatch {
  /** An array that watches each document or shadow root as it is pushed (a reading's `walked.roots`). */
  rootsList(): (Document | ShadowRoot)[];
  /** Takes the records not delivered yet (a change made in the same task as the question); whether any changed. */
  changedNow(): boolean;
  stop(): void;
}

export function watchUntilChange(win: Window, onChange: () => void): ChangeWatch {
  let on = true;
  const roots: (Document | ShadowRoot)[] = [];
  const changed = () => {
    if (!on) return;
    stop();
    onChange();
  };
  /** A frame's new document (its `load`, caught on the way down to the frame element): no record tells of it. */
  const frameLoaded = (event: Event) => {
    if (FRAME_TAGS.has((event.target as Element).tagName)) changed();
  };
  const observer = new MutationObserver((records) => {
    if (records.some(concernsPage)) changed();
  });
  const watch = (root: Document | ShadowRoot) => {
    if (!on) return;
    roots.push(root);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const type of EVENTS) root.addEventListener(type, changed, true);
    root.addEventListener('load', frameLoaded, true);
  };
  function stop(): void {
    if (!on) return;
    on = false;
    observer.disconnect();
    win.removeEventListener('resize', changed);
    for (const root of roots) {
      try {
        for (const type of EVENTS) root.removeEventListener(type, changed, true);
        root.removeEventListener('load', frameLoaded, true);
      } catch {
        // A frame's document that is gone (Firefox: a dead object) has no listeners left to remove.
      }
    }
  }
  win.addEventListener('resize', changed);
  return {
    rootsList() {
      const list: (Document | ShadowRoot)[] = [];
      list.push = (...added) => {
        for (const root of added) watch(root);
        return Array.prototype.push.apply(list, added);
      };
      return list;
    },
    changedNow() {
      if (on && observer.takeRecords().some(concernsPage)) changed();
      return !on;
    },
    stop,
  };
}
