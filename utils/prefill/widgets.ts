import { chosenOptionIn, cleanText, textWithoutControls } from '../fields/text';
import { bareDropdownOf } from './bare-dropdowns';
import type { WidgetParts } from './types';

// Custom dropdowns and comboboxes of UI libraries (antd, MUI, react-select, select2, choices.js, element-plus,
// Angular Material, hand-written ARIA widgets): which element opens the list, which input takes typing, which hidden
// native select the form submits. The libraries' own ARIA is the contract read here (Chosen and ui-select, which have
// none, are read by their own: bare-dropdowns.ts).

/**
 * Elements that open a list of options. A combobox whose popup is a grid or tree, or an input whose popup is a
 * dialog, is a picker (a date picker's input: typed into like a text field) — unless it completes from a list
 * (`aria-autocomplete` «list» or «both», the two values with a «t»: UI5's ComboBox, whose list is in a dialog on
 * phones); a button whose dialog holds the list is a dropdown (shadcn's combobox: a popover with a search box and
 * options); `aria-haspopup="menu"` is a command.
 */
const PICKER =
  ':not(select,input[aria-haspopup="dialog"]:not([aria-autocomplete*="t"]),[aria-haspopup="grid"],[aria-haspopup="tree"])';
export const TRIGGER_SELECTOR = `:is([role="combobox"],[aria-haspopup="listbox"],[aria-haspopup="true"][aria-expanded])${PICKER}`;

const FIELD_BOUNDARY = new Set(['FORM', 'FIELDSET', 'BODY', 'TD', 'TH', 'LI', 'TR', 'TABLE', 'LABEL']);
const MAX_CLIMB = 4;

function isTextInput(el: Element | null): el is HTMLInputElement {
  if (el?.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type.toLowerCase();
  return type === 'text' || type === 'search' || type === '';
}

// What a widget's box never holds: a label, another field (hidden helper inputs of the library itself aside).
const FOREIGN =
  'label,legend,textarea,[role="combobox"],input:not([type="hidden"],[aria-hidden="true"],[tabindex="-1"])';

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
  const bare = bareDropdownOf(el);
  if (bare || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') return bare;
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

/** What the box shows, roughly, for the description (apply reads it exactly: widget-text.ts). */
export function boxText(parts: WidgetParts): { value: string; placeholder: string } {
  const marked = parts.root.querySelector('[class*="placeholder" i]');
  const placeholder = (marked ? textWithoutControls(marked) : '') || cleanText(parts.input?.placeholder);
  const text = `${textWithoutControls(parts.root)} ${parts.input?.value ?? ''}`;
  return { value: cleanText(placeholder ? text.replace(placeholder, '') : text), placeholder };
}

/** The text of the option a hidden native select has selected ('' for none or its prompt). */
export function nativeSelectedText(select: HTMLSelectElement | null): string {
  const option = select && chosenOptionIn(select);
  return option && option.value !== '' ? cleanText(option.text) : '';
}
