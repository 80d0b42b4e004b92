import { cleanText, textWithoutControls } from '../fields/text';
import type { WidgetParts } from './types';

// What a custom dropdown's box shows the clerk right now, read the way a person reads it: its text without hidden
// parts, accessibility copies and the placeholder, and the typed input's value. Used to verify a choice.

/**
 * A library's own mark for its placeholder part (Chosen and select2 3 mark their whole box `chosen-default`,
 * `select2-default` while it shows one).
 */
const PLACEHOLDER_CLASS = /placeholder|^(chosen|select2)-default$/i;

function isTextInput(el: Element): el is HTMLInputElement {
  const type = (el as HTMLInputElement).type?.toLowerCase();
  return el.tagName === 'INPUT' && (type === 'text' || type === 'search' || type === '');
}

/** A box of no size that hides what overflows it: an accessibility copy of a list, not what the clerk sees. */
function clipped(el: Element): boolean {
  if (!el.firstElementChild || el.ownerDocument.documentElement.clientWidth === 0) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0) return false;
  return (el.ownerDocument.defaultView?.getComputedStyle(el).overflow ?? '').includes('hidden');
}

/**
 * A part the library marks as its placeholder by a class of its own (`el-select__placeholder`, `Select-Placeholder`).
 * Never an input, whose placeholder is its attribute, nor a utility that styles placeholders (Tailwind's
 * `placeholder:text-gray-400` on the box's input hid the chosen value).
 */
function isPlaceholderPart(el: Element): boolean {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return false;
  return (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .some((name) => PLACEHOLDER_CLASS.test(name) && !name.includes(':'));
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
  const holdsInput = (el: Element) => parts.input !== null && el !== parts.input && el.contains(parts.input);
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      value += ` ${n.nodeValue ?? ''}`;
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    // An accessibility copy or an icon is passed over; a box holding the input the clerk types into is the control
    // itself, whatever it tells assistive technology (Consta's combobox hides its whole box that way).
    if (el.getAttribute('aria-hidden') === 'true' && !holdsInput(el)) return;
    if (/^(SCRIPT|STYLE|TEMPLATE|SELECT|SVG|svg)$/.test(el.tagName) || el.hasAttribute('hidden')) return;
    if (!shown(el) || clipped(el)) return;
    if (isPlaceholderPart(el)) {
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
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(parts.root);
  return { value: cleanText(value.replace(/\u200b/g, '')), placeholder };
}

/** The text of the option a hidden native select has selected ('' for none or its prompt). */
export { nativeSelectedText } from './widgets';
