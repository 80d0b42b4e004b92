import { openShadowRoots } from '../prefill/roots';
import { FILLABLE_SELECTOR } from '../prefill/units';

// What the form watcher looks at: the controls a prefill could fill, the labels and legends that name them, and
// the frames that may hold more. Whether a control is shown comes from the layout (shown-watch.ts); whether what
// changed alters the description is decided by comparing the description itself (describe-fields.ts).

const WATCHED_SELECTOR = `${FILLABLE_SELECTOR},label,legend`;
const HOST_SELECTOR = 'iframe,frame';

/** Attributes that can change what a prefill sees of a control (its kind, name, state) or which control a label names. */
export const WATCHED_ATTRIBUTES = [
  'type',
  'name',
  'placeholder',
  'aria-label',
  'disabled',
  'readonly',
  'aria-disabled',
  'aria-readonly',
  'inert',
  'for',
];

export const isFillable = (el: Element): boolean => el.matches(FILLABLE_SELECTOR);

/**
 * A custom element whose definition has not come yet (a component library that loads a component when its tag first
 * appears): empty until it upgrades, when it attaches a shadow root that may hold fields — with no mutation record.
 * Framework hosts that are never defined (Angular's) hold their rendered content, so `:empty` leaves them out.
 */
const PENDING_SELECTOR = ':not(:defined):empty';

// What an added subtree is searched for in one pass; only the labels and legends found are looked at one by one.
const CANDIDATES = `${WATCHED_SELECTOR},${HOST_SELECTOR},${PENDING_SELECTOR}`;

function counts(el: Element): boolean {
  return el.localName === 'label' || el.localName === 'legend' ? namesFillable(el) : true;
}

/**
 * Whether an added or changed node can matter: it is or holds a fillable control, a frame, a label or legend
 * naming a fillable control, or a component still waiting for its definition, or it is or holds a shadow host (a
 * component nested anywhere in a new card: no selector finds one, so they are looked for, element by element, only
 * when nothing else in it matters). Our own host never matters.
 */
export function arrivalMatters(node: Node, ownHost: string): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.localName === ownHost) return false;
  if (el.shadowRoot !== null || (el.matches(CANDIDATES) && counts(el))) return true;
  return holdsCounted(el) || openShadowRoots(el).length > 0;
}

function holdsCounted(root: Element | Document | DocumentFragment): boolean {
  const inside = root.querySelectorAll(CANDIDATES);
  for (let i = 0; i < inside.length; i++) if (counts(inside[i])) return true;
  return false;
}

/**
 * Whether anything under `parent` can matter (its children themselves included; `parent` not). One pass for a
 * grid whose rows were all replaced at once, instead of one per row. Of the shadow hosts only the rows themselves
 * are looked for: a grid redrawn ten times a second is not searched element by element (a row's own search for
 * components inside it, per batch, measured as twice the agent's idle cost on such a page).
 */
export function anyArrivalUnder(parent: Element | Document | DocumentFragment, ownHost: string): boolean {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
    if (child.shadowRoot !== null || child.localName === ownHost) return true;
  return holdsCounted(parent);
}

function within(root: Element | Document | ShadowRoot, selector: string): Element[] {
  const inside = Array.from(root.querySelectorAll(selector));
  return root.nodeType === 1 && (root as Element).matches(selector) ? [root as Element, ...inside] : inside;
}

/** The watched elements in a subtree, the root included. */
export const watchedIn = (root: Element | Document | ShadowRoot) => within(root, WATCHED_SELECTOR);

/** The custom elements in a subtree still waiting for their definition, the root included. */
export const pendingIn = (root: Element | Document | ShadowRoot) => within(root, PENDING_SELECTOR);

/** Whether a node is or holds a frame. */
export const holdsFrames = (node: Node) =>
  node.nodeType === 1 && within(node as Element, HOST_SELECTOR).length > 0;

/**
 * The documents of the page and of its same-origin frames, nested ones too, whether shown or not (a hidden frame
 * can be shown later). Opaque frames are left out: their documents are never ours to read.
 */
export function frameDocuments(doc: Document): Document[] {
  const docs = [doc];
  for (let i = 0; i < docs.length; i++) {
    for (const frame of Array.from(docs[i].querySelectorAll(HOST_SELECTOR))) {
      let inner: Document | null = null;
      try {
        inner = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (inner?.documentElement && !docs.includes(inner)) docs.push(inner);
    }
  }
  return docs;
}

/** A label or legend counts only while it names a fillable control: a grid's «Выбрать» on a checkbox names nothing. */
export function namesFillable(el: Element): boolean {
  if (el.localName === 'label') {
    const control = (el as HTMLLabelElement).control;
    return control !== null && isFillable(control);
  }
  const box = el.parentElement;
  return box?.localName === 'fieldset' && box.querySelector(FILLABLE_SELECTOR) !== null;
}

/** Whether the watcher counts `el` now: a connected fillable control, or a label or legend naming one. */
export function isWatched(el: Element): boolean {
  return (
    el.isConnected &&
    (el.localName === 'label' || el.localName === 'legend' ? namesFillable(el) : isFillable(el))
  );
}
