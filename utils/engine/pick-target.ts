// What the administrator points at, in page terms: the element under the pointer (through same-origin iframes and
// open shadow roots), the form control it stands for (a widget's visible control, not a span inside it), and the
// elements a selector may name for that control. Pure DOM reads; layout only through the browser's hit testing.

const NATIVE = 'input, select, textarea';
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);
/** ARIA roles of custom widgets that hold a value a form field would. */
const WIDGET_ROLES = new Set(['combobox', 'listbox', 'textbox', 'searchbox', 'spinbutton', 'radiogroup']);
const MAX_WIDGET_CLIMB = 6;
const MAX_WRAPPER_CLIMB = 3;

export function isNativeField(el: Element): boolean {
  if (!el.matches(NATIVE)) return false;
  return !NOT_FIELDS.has((el.getAttribute('type') ?? '').toLowerCase());
}

function isWidget(el: Element): boolean {
  const role = el.getAttribute('role');
  return (role !== null && WIDGET_ROLES.has(role)) || el.getAttribute('contenteditable') === 'true';
}

/** The parent across a shadow boundary: a shadow root's host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : null;
}

const isBoundary = (el: Element) => /^(BODY|HTML|FORM)$/.test(el.tagName);

export function nativeFieldsIn(el: Element): Element[] {
  return Array.from(el.querySelectorAll(NATIVE)).filter(isNativeField);
}

/** The form control an element under the pointer stands for, or null when it is not part of one. */
export function controlAt(hit: Element): Element | null {
  if (isNativeField(hit)) return hit;
  const select = hit.closest('select');
  if (select) return select;
  const label = hit.closest('label');
  if (label?.control && isNativeField(label.control)) return label.control;
  let node: Element | null = hit;
  for (let i = 0; node && i < MAX_WIDGET_CLIMB && !isBoundary(node); i++, node = composedParent(node)) {
    if (isWidget(node)) return node;
  }
  node = hit;
  for (let i = 0; node && i < MAX_WRAPPER_CLIMB && !isBoundary(node); i++, node = composedParent(node)) {
    const inside = nativeFieldsIn(node);
    if (inside.length === 1) return inside[0];
    if (inside.length > 1) return null;
  }
  return null;
}

/**
 * The elements a selector for `control` may name, best first: the control (or, inside shadow roots, the outermost
 * host in the frame's document, since mappings are looked up there), and the one native field inside a widget.
 */
export function selectorTargets(control: Element): Element[] {
  let outer = control;
  for (let root = outer.getRootNode(); root.nodeType === 11; root = outer.getRootNode())
    outer = (root as ShadowRoot).host;
  if (isNativeField(outer)) return [outer];
  const inside = nativeFieldsIn(outer);
  return inside.length === 1 ? [outer, inside[0]] : [outer];
}

/** Offset of a frame's viewport inside the top window's viewport. */
function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let win: Window | null = doc.defaultView; win && win !== win.parent; win = win.parent) {
    const frame = win.frameElement as HTMLElement | null;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += rect.left + frame.clientLeft + (Number.parseFloat(style?.paddingLeft ?? '') || 0);
    y += rect.top + frame.clientTop + (Number.parseFloat(style?.paddingTop ?? '') || 0);
  }
  return { x, y };
}

/** An element's box in the top window's viewport, whatever frame it lives in. */
export function rectInTop(el: Element): { left: number; top: number; width: number; height: number } {
  const rect = el.getBoundingClientRect();
  const offset = frameOffset(el.ownerDocument);
  return { left: rect.left + offset.x, top: rect.top + offset.y, width: rect.width, height: rect.height };
}

type PointRoot = Pick<Document, 'elementsFromPoint'>;

function topmost(root: PointRoot, x: number, y: number, skip: Element | null): Element | null {
  const stack = typeof root.elementsFromPoint === 'function' ? root.elementsFromPoint(x, y) : [];
  return stack.find((el) => el !== skip) ?? null;
}

/** The page's element under a point of the top window's viewport, skipping `skip` (the picker's own layer). */
export function elementAtPoint(doc: Document, x: number, y: number, skip: Element | null): Element | null {
  let hit = topmost(doc, x, y, skip);
  let [fx, fy] = [x, y];
  while (hit) {
    if (hit.tagName === 'IFRAME' || hit.tagName === 'FRAME') {
      let inner: Document | null = null;
      try {
        inner = (hit as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // another origin: the frame itself is as deep as we see
      }
      if (!inner) return hit;
      const offset = frameOffset(inner);
      [fx, fy] = [x - offset.x, y - offset.y];
      const deeper = topmost(inner, fx, fy, null);
      if (!deeper) return hit;
      hit = deeper;
      continue;
    }
    const shadow = hit.shadowRoot as (ShadowRoot & PointRoot) | null;
    const deeper = shadow ? topmost(shadow, fx, fy, null) : null;
    if (!deeper || deeper === hit || !shadow?.contains(deeper)) return hit;
    hit = deeper;
  }
  return null;
}
