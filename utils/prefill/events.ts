// Writing a value the way a person's typing would reach the page's framework (React's value tracker, Vue's
// v-model, Angular's touched state, input masks): focus → native setter → input → change → blur.

type Writable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The `value` setter from the element's own prototype chain (works for elements of another frame's realm). */
function nativeValueSetter(el: Writable): ((v: string) => void) | null {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    if (desc?.set) return desc.set;
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

function viewOf(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? globalThis) as Window & typeof globalThis;
}

function fireInput(el: Element, data: string | null): void {
  const win = viewOf(el);
  let event: Event;
  try {
    event = new win.InputEvent('input', { bubbles: true, cancelable: false, inputType: 'insertText', data });
  } catch {
    event = new win.Event('input', { bubbles: true });
  }
  el.dispatchEvent(event);
}

function fireChange(el: Element): void {
  el.dispatchEvent(new (viewOf(el).Event)('change', { bubbles: true }));
}

function focus(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  // A page that is not focused (background tab, test runner) gets no focus events from .focus(); send them.
  if (el.ownerDocument.activeElement !== el || !el.ownerDocument.hasFocus()) {
    const win = viewOf(el);
    el.dispatchEvent(new win.FocusEvent('focus', { bubbles: false }));
    el.dispatchEvent(new win.FocusEvent('focusin', { bubbles: true }));
  }
}

function blur(el: HTMLElement): void {
  const win = viewOf(el);
  const hadFocus = el.ownerDocument.activeElement === el;
  el.blur();
  if (!hadFocus || !el.ownerDocument.hasFocus()) {
    el.dispatchEvent(new win.FocusEvent('blur', { bubbles: false }));
    el.dispatchEvent(new win.FocusEvent('focusout', { bubbles: true }));
  }
}

/** Types a text value into an input or textarea. */
export function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  focus(el);
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fireInput(el, value);
  fireChange(el);
  blur(el);
}

/** Chooses the option with `value` in a select. */
export function writeSelect(el: HTMLSelectElement, value: string): void {
  focus(el);
  const option = Array.from(el.options).find((o) => o.value === value);
  if (option) option.selected = true;
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fireInput(el, null);
  fireChange(el);
  blur(el);
}

/** Checks a radio or toggles a checkbox with a real click (frameworks listen to click/change). */
export function writeChecked(el: HTMLInputElement, checked: boolean): void {
  if (el.checked === checked) return;
  focus(el);
  el.click();
  if (el.checked !== checked) {
    // A click the page swallowed: set the state and announce it.
    el.checked = checked;
    fireInput(el, null);
    fireChange(el);
  }
  blur(el);
}

export function readValue(el: HTMLElement): string {
  return (el as Writable).value ?? '';
}
