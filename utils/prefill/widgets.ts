import { cleanText, textWithoutControls } from '../fields/text';
import type { WidgetParts } from './types';

// Custom dropdowns and comboboxes of UI libraries (antd, MUI, react-select, select2, choices.js, element-plus,
// Angular Material, hand-written ARIA widgets): which element opens the list, which input takes typing, which hidden
// native select the form submits, and what the box shows. The libraries' own ARIA is the contract read here.

/**
 * Elements that open a list of options. A combobox whose popup is a dialog, grid or tree is a picker (a date
 * picker's input: typed into like a text field); `aria-haspopup="menu"` is a command.
 */
const PICKER =
  ':not(select):not([aria-haspopup="dialog"]):not([aria-haspopup="grid"]):not([aria-haspopup="tree"])';
export const TRIGGER_SELECTOR = `[role="combobox"]${PICKER}, [aria-haspopup="listbox"]${PICKER}, [aria-haspopup="true"][aria-expanded]${PICKER}`;

const FIELD_BOUNDARY = new Set(['FORM', 'FIELDSET', 'BODY', 'TD', 'TH', 'LI', 'TR', 'TABLE', 'LABEL']);
const MAX_CLIMB = 4;
const PLACEHOLDER_CLASS = /placeholder/i;

function isTextInput(el: Element | null): el is HTMLInputElement {
  if (el?.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type.toLowerCase();
  return type === 'text' || type === 'search' || type === '';
}

// What a widget's box never holds: a label, another field (hidden helper inputs of the library itself aside).
const FOREIGN =
  'label, legend, textarea, [role="combobox"], input:not([type="hidden"]):not([aria-hidden="true"]):not([tabindex="-1"])';

/** Whether `parent` holds, outside `node`, something that makes it more than this widget's box. */
function foreignContent(parent: Element, node: Element): boolean {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child === node) continue;
    if (child.matches(FOREIGN) || child.querySelector(FOREIGN)) return true;
    if (child.tagName === 'SELECT' && !isHiddenNative(child)) return true;
  }
  return false;
}

/** A native select a library hid to stand in front of it (select2: 1px clipped; choices.js: hidden). */
export function isHiddenNative(el: Element): boolean {
  if (el.tagName !== 'SELECT') return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('tabindex') === '-1') return true;
  const rect = el.getBoundingClientRect();
  return rect.width <= 1 || rect.height <= 1;
}

/** The widget's box: climb from the trigger while the parent holds nothing but this widget (no label, no field). */
function rootOf(trigger: Element): HTMLElement {
  let node = trigger;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = node.parentElement;
    if (!parent || FIELD_BOUNDARY.has(parent.tagName) || foreignContent(parent, node)) break;
    node = parent;
  }
  return node as HTMLElement;
}

function nativeOf(root: Element): HTMLSelectElement | null {
  const inside = root.querySelector('select');
  if (inside) return inside;
  const prev = root.previousElementSibling;
  if (prev?.tagName === 'SELECT' && isHiddenNative(prev)) return prev as HTMLSelectElement;
  const next = root.nextElementSibling;
  if (next?.tagName === 'SELECT' && isHiddenNative(next)) return next as HTMLSelectElement;
  return null;
}

/** The parts of the widget `el` belongs to (el: the trigger itself or an input inside it); null for plain fields. */
export function widgetOf(el: Element): WidgetParts | null {
  if (el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') return null;
  const trigger = el.closest(TRIGGER_SELECTOR) as HTMLElement | null;
  if (!trigger) return null;
  // An input (inside the trigger or the trigger itself) takes typing; a <input list> is a plain field.
  if (trigger.tagName === 'INPUT' && !isTextInput(trigger)) return null;
  if (trigger.hasAttribute('list')) return null;
  const root = rootOf(trigger);
  const input = isTextInput(trigger)
    ? trigger
    : ((Array.from(root.querySelectorAll('input')).find(isTextInput) as HTMLInputElement | undefined) ??
      null);
  return { root, trigger, input, native: nativeOf(root) };
}

/** A box of no size that hides what overflows it: an accessibility copy of a list, not what the clerk sees. */
function clipped(el: Element): boolean {
  if (!el.firstElementChild || el.ownerDocument.documentElement.clientWidth === 0) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0) return false;
  return (el.ownerDocument.defaultView?.getComputedStyle(el).overflow ?? '').includes('hidden');
}

/** Whether the element is shown (layout-free environments count everything connected as shown). */
function shown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

/**
 * What the box shows now: its text without the list, the placeholder and hidden parts, and the typed input's value.
 * `placeholder` is the text of a part the library marks as its placeholder.
 */
export function shownText(parts: WidgetParts): { value: string; placeholder: string } {
  let value = '';
  let placeholder = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      value += ` ${n.nodeValue ?? ''}`;
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (el.getAttribute('aria-hidden') === 'true') return;
    if (/^(SCRIPT|STYLE|TEMPLATE|SELECT|SVG|svg)$/.test(el.tagName) || el.hasAttribute('hidden')) return;
    if (!shown(el) || clipped(el)) return;
    if (PLACEHOLDER_CLASS.test(el.getAttribute('class') ?? '')) {
      placeholder = placeholder || textWithoutControls(el);
      return;
    }
    if (el.tagName === 'INPUT') {
      const input = el as HTMLInputElement;
      if (isTextInput(input)) {
        value += ` ${input.value}`;
        if (!input.value) placeholder = placeholder || cleanText(input.placeholder);
      }
      return;
    }
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  walk(parts.root);
  return { value: cleanText(value.replace(/\u200b/g, '')), placeholder };
}

/** The text of the option a hidden native select has selected ('' for none or its prompt). */
export function nativeSelectedText(select: HTMLSelectElement | null): string {
  const option = select?.selectedOptions?.[0] ?? null;
  return option && option.value !== '' ? cleanText(option.text) : '';
}
