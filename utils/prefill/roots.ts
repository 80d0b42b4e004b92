import { isVisible } from './visible';
import { TRIGGER_SELECTOR } from './widgets';

// Where form controls live: the page's document, its same-origin iframes, and open shadow roots (web components).

const PANEL_TAG = 'KARTA-NSO-PANEL';

export interface Frame {
  doc: Document;
  win: Window;
}

/** The page's document and, recursively, every same-origin iframe's; counts the ones it cannot read. */
export function framesOf(doc: Document, win: Window): { frames: Frame[]; sandboxed: number } {
  const frames: Frame[] = [{ doc, win }];
  let sandboxed = 0;
  for (let i = 0; i < frames.length; i++) {
    for (const iframe of Array.from(frames[i].doc.querySelectorAll('iframe,frame'))) {
      // A frame kept out of the tab order at opacity 0 is a library's helper (Kontur's resize detectors), never a form
      // a clerk sees; its document is not touched: reading it would start this world in it (~0.2 MB of heap). A frame
      // at opacity 0 in the tab order may be fading in (a dialog opening): it is read.
      const helper =
        (iframe as HTMLElement).tabIndex < 0 && !iframe.checkVisibility({ opacityProperty: true });
      if (helper || !isVisible(iframe)) continue;
      const sandbox = iframe.getAttribute('sandbox');
      if (sandbox !== null && !/\ballow-same-origin\b/.test(sandbox)) {
        sandboxed++; // an opaque origin: its document is never ours to read
        continue;
      }
      let inner: Document | null = null;
      try {
        inner = (iframe as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      const innerWin = (iframe as HTMLIFrameElement).contentWindow;
      if (inner?.documentElement && innerWin) frames.push({ doc: inner, win: innerWin as Window });
      else sandboxed++;
    }
  }
  return { frames, sandboxed };
}

/** The enclosing <form>, also across open shadow roots (a web component inside a form). */
export function enclosingForm(el: Element): Element | null {
  let node: Element | null = el;
  while (node) {
    if (node.tagName === 'FORM') return node;
    const parent: Node | null = node.parentNode;
    node = parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : (node.parentElement ?? null);
  }
  return null;
}

/**
 * Form controls, custom dropdowns' triggers and date segments in tree order, descending into open shadow roots
 * where a host stands (web components).
 */
export function controlsInTreeOrder(root: Document | ShadowRoot): Element[] {
  const steps = controlsInTreeOrderSteps(root);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** What the walk collects: form controls, date segments drawn as spans, custom dropdowns' triggers. */
const COLLECTED = `input,select,textarea,[role="spinbutton"],${TRIGGER_SELECTOR}`;

/**
 * The same walk in steps of a few hundred elements, so a page of tens of thousands gets its turn in between. The
 * browser finds the controls itself, in tree order (one selector); the walk looks at each element only for an open
 * shadow root (no selector finds one), and puts the controls of one where its host stands.
 */
export function* controlsInTreeOrderSteps(
  root: Document | ShadowRoot,
  out: Element[] = [],
  roots?: (Document | ShadowRoot)[],
): Generator<void, Element[]> {
  const found = root.querySelectorAll(COLLECTED);
  const all = root.querySelectorAll('*');
  for (let i = 0, next = 0; i < all.length; i++) {
    const el = all[i];
    if (el === found[next]) {
      out.push(el);
      next++;
    }
    // Our own panel's controls (named after the checklist keys!) are never page fields.
    if (el.shadowRoot && el.tagName !== PANEL_TAG) {
      roots?.push(el.shadowRoot);
      yield* controlsInTreeOrderSteps(el.shadowRoot, out, roots);
    }
    if (i % 256 === 255) yield;
  }
  return out;
}

/** Open shadow roots in a document or subtree, nested ones too, an element root's own included (for the observers). */
export function openShadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))] as Element[]) {
    if (el.shadowRoot && el.tagName !== PANEL_TAG) out.push(el.shadowRoot, ...openShadowRoots(el.shadowRoot));
  }
  return out;
}
