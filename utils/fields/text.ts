// Text of the page as a person reads it around form controls: whitespace collapsed, control contents left out, and
// the rendered (flat) tree followed through slots and shadow roots. Pure reads, no writes.

// A hidden input is no control a person sees: a date picker's visible box sits right after the hidden one its label
// names (flatpickr's altInput), and the text before both is still that box's label.
export const FIELD_SELECTOR = 'input:not([type="hidden"]),select,textarea';
export const CONTROL_SELECTOR = `${FIELD_SELECTOR},button`;

/** Collapse whitespace and trim; keeps ё and case (meanings.ts normalises further). */
export function cleanText(s: string | null | undefined): string {
  // Only what is not one plain space is replaced: text already clean (most of it) is returned without a copy.
  return (s ?? '').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

const SKIPPED_TAGS = new Set(['select', 'textarea', 'script', 'style', 'template', 'option', 'datalist']);
const BREAKING_TAGS = new Set(['br', 'div', 'p', 'td', 'th']);

/** Text of a node without the text of form controls inside it (a label wrapping a select must not read its options). */
export function textWithoutControls(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.localName;
    if (SKIPPED_TAGS.has(tag) || el.getAttribute('aria-hidden') === 'true') return;
    // A <slot> shows what the host's light DOM assigns to it (a label passed into a web component).
    const assigned = tag === 'slot' ? ((el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) : [];
    if (assigned.length > 0) for (const child of assigned) walk(child);
    // Siblings, not `childNodes`: the browser keeps a node's child list alive once a script asked for it.
    else for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (BREAKING_TAGS.has(tag)) out += ' ';
  };
  walk(node);
  return cleanText(out);
}

/** The parent in the rendered (flat) tree: the slot an element is shown in, the parent, or a shadow root's host. */
export function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}

// Children are walked by sibling links, not `children` / `childNodes`: the browser keeps those collections on every
// node a script asked them of for the page's lifetime (a whole page walked leaves one on each element).

/** An element's (or a shadow root's) child elements. */
export function childElements(el: ParentNode): Element[] {
  const out: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) out.push(child);
  return out;
}

/**
 * A select's options and its chosen option, read without `options` / `selectedOptions`: once asked for them, the
 * browser keeps those live collections on the select for as long as the page keeps the select.
 */
export function optionsIn(select: Element): HTMLOptionElement[] {
  return Array.from(select.querySelectorAll('option'));
}

export function chosenOptionIn(select: Element): HTMLOptionElement | null {
  return optionsIn(select).find((option) => option.selected) ?? null;
}

/** A node's child nodes, text included. */
export function childNodesOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

export function hasControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null;
}

/** Whether `parent` holds a form control outside `node` (checked sibling by sibling, stopping at the first). */
export function hasOtherControl(parent: Element, node: Element): boolean {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child !== node && hasControl(child)) return true;
  }
  return false;
}

/** Where ids and label[for] resolve: the element's own shadow root when it lives in one, else the document. */
export function scopeOf(el: Element, doc: Document): Document | ShadowRoot {
  const root = el.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot) : doc;
}

/** The text of the elements `aria-labelledby` names, leaving out those inside `within` (a widget naming its value). */
export function labelledByText(el: Element, doc: Document, within?: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const scope = scopeOf(el, doc);
  return cleanText(
    ids
      .split(/\s+/)
      .map((id) => scope.getElementById(id))
      .filter((x): x is HTMLElement => x !== null && !within?.contains(x))
      .map((x) => textWithoutControls(x))
      .join(' '),
  );
}
