import { FILLABLE_SELECTOR } from '../prefill/units';

// What the form watcher listens for: the controls a prefill could fill, the labels and legends that name them, the
// frames that may hold more and the components that may. Whether a control is shown comes from the layout
// (shown-watch.ts); whether what changed alters the description is decided by comparing the description itself
// (describe-fields.ts).

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

/** What an attribute change on itself always matters for: a control (even one it made unfillable) or a label. */
export const NAMING_OR_NAMED = 'input,select,textarea,label,legend';

/** Elements whose text names a control (a label, a legend) or is what it offers (a list's options). */
export const NAMING_TEXT = 'label,legend,select,datalist';

export const isFillable = (el: Element): boolean => el.matches(FILLABLE_SELECTOR);

/**
 * A custom element whose definition has not come yet (a component library that loads a component when its tag first
 * appears): empty until it upgrades, when it attaches a shadow root that may hold fields — with no mutation record.
 * Framework hosts that are never defined (Angular's) hold their rendered content, so `:empty` leaves them out.
 */
export const PENDING_SELECTOR = ':not(:defined):empty';

/** What counts on sight: a fillable control, a frame, a component waiting for its definition. */
const COUNTED = `${FILLABLE_SELECTOR},iframe,frame,${PENDING_SELECTOR}`;
const CANDIDATES = `${COUNTED},label,legend`;

function counts(el: Element): boolean {
  return el.localName === 'label' || el.localName === 'legend' ? namesFillable(el) : true;
}

/**
 * Whether an added, removed or changed node can matter: it is or holds a fillable control, a frame, a label or legend
 * naming a fillable control, or a component still waiting for its definition, or it is or holds a shadow host (a
 * component nested anywhere in a new card: no selector finds one, so they are looked for, element by element, only
 * when nothing else in it matters). Our own host never matters.
 */
export function arrivalMatters(node: Node, ownHost: string): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.localName === ownHost) return false;
  if (el.shadowRoot !== null || (el.matches(CANDIDATES) && counts(el))) return true;
  return holdsCounted(el) || Array.from(el.querySelectorAll('*')).some((inner) => inner.shadowRoot !== null);
}

// The first match is enough (a card of 2,000 fields is not collected whole); labels and legends are looked at one by
// one, since only those naming a fillable control count.
const holdsCounted = (root: Element | Document | DocumentFragment): boolean =>
  root.querySelector(COUNTED) !== null ||
  Array.from(root.querySelectorAll('label,legend')).some(namesFillable);

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

/** A label or legend counts only while it names a fillable control: a grid's «Выбрать» on a checkbox names nothing. */
export function namesFillable(el: Element): boolean {
  if (el.localName === 'label') {
    const control = (el as HTMLLabelElement).control;
    return control !== null && isFillable(control);
  }
  const box = el.parentElement;
  return box?.localName === 'fieldset' && box.querySelector(FILLABLE_SELECTOR) !== null;
}
