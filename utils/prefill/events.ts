import { optionsIn } from '../fields/text';
import { yieldToPage } from './yield';

// Writing a value the way a person's typing would reach the page's framework (React's value tracker, Vue's
// v-model, Angular's touched state, input masks): focus → native setter → input → change → blur; and the other
// ways a person's input arrives (editing commands, key by key, pointer clicks) for widgets that ignore the first.

type Writable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Win = Window & typeof globalThis;

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

export function viewOf(el: Element): Win {
  return (el.ownerDocument.defaultView ?? globalThis) as Win;
}

export function setNativeValue(el: Writable, value: string): void {
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
}

function inputEvent(
  el: Element,
  type: 'input' | 'beforeinput',
  data: string | null,
  inputType: string,
): Event {
  const win = viewOf(el);
  // Composed, as the browser's own: a web component's inner input tells the page through the shadow boundary.
  const init = { bubbles: true, composed: true, cancelable: type === 'beforeinput' };
  try {
    return new win.InputEvent(type, { ...init, inputType, data });
  } catch {
    return new win.Event(type, init);
  }
}

export function fireInput(el: Element, data: string | null, inputType = 'insertText'): void {
  el.dispatchEvent(inputEvent(el, 'input', data, inputType));
}

export function fireChange(el: Element): void {
  el.dispatchEvent(new (viewOf(el).Event)('change', { bubbles: true }));
}

export function focus(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  // A page that is not focused (background tab, test runner) gets no focus events from .focus(); send them.
  if (el.ownerDocument.activeElement !== el || !el.ownerDocument.hasFocus()) {
    const win = viewOf(el);
    el.dispatchEvent(new win.FocusEvent('focus', { bubbles: false, composed: true }));
    el.dispatchEvent(new win.FocusEvent('focusin', { bubbles: true, composed: true }));
  }
}

export function blur(el: HTMLElement): void {
  const win = viewOf(el);
  const hadFocus = el.ownerDocument.activeElement === el;
  el.blur();
  if (!hadFocus || !el.ownerDocument.hasFocus()) {
    el.dispatchEvent(new win.FocusEvent('blur', { bubbles: false, composed: true }));
    el.dispatchEvent(new win.FocusEvent('focusout', { bubbles: true, composed: true }));
  }
}

/** Types a text value into an input or textarea in one step. */
export function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  focus(el);
  setNativeValue(el, value);
  fireInput(el, value);
  if (value) keyUp(el, value.slice(-1));
  fireChange(el);
  blur(el);
}

/** Chooses the option with `value` in a select. */
export function writeSelect(el: HTMLSelectElement, value: string): void {
  focus(el);
  const option = optionsIn(el).find((o) => o.value === value);
  if (option) option.selected = true;
  setNativeValue(el, value);
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

const KEY_CODES: Record<string, number> = {
  Enter: 13,
  Escape: 27,
  ArrowDown: 40,
  ArrowUp: 38,
  Backspace: 8,
  Delete: 46,
  Tab: 9,
};

function keyInit(key: string): KeyboardEventInit {
  const code = KEY_CODES[key] ?? key.toUpperCase().charCodeAt(0);
  return {
    key,
    // The physical key too, for the named keys (the same on every layout): PrimeVue's date picker closes its calendar
    // on the Escape `code`, not `key`.
    code: key in KEY_CODES ? key : '',
    bubbles: true,
    cancelable: true,
    composed: true,
    keyCode: code,
    which: code,
  } as KeyboardEventInit;
}

/** One key press as the page sees it: keydown (and keypress for characters), then keyup; `mods` held with it. */
export function pressKey(el: Element, key: string, mods: Pick<KeyboardEventInit, 'altKey'> = {}): boolean {
  const win = viewOf(el);
  const init = { ...keyInit(key), ...mods };
  const accepted = el.dispatchEvent(new win.KeyboardEvent('keydown', init));
  if (key.length === 1)
    el.dispatchEvent(new win.KeyboardEvent('keypress', { ...init, charCode: init.keyCode }));
  el.dispatchEvent(new win.KeyboardEvent('keyup', init));
  return accepted;
}

/**
 * The key released at the end of typing: plugins of the jQuery era read the box only then (bootstrap-datepicker
 * parses typed text on keyup, and rewrites the box from its own empty date when its calendar closes).
 */
export function keyUp(el: Element, key: string): void {
  el.dispatchEvent(new (viewOf(el).KeyboardEvent)('keyup', keyInit(key)));
}

/**
 * Replaces the field's text with `text` through the browser's own editing command, which the page's input handling
 * (masks, date boxes) receives as real typing. Returns false where the command is unavailable.
 */
export function insertByCommand(el: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const doc = el.ownerDocument as Document & {
    execCommand?: (c: string, ui: boolean, v?: string) => boolean;
  };
  if (typeof doc.execCommand !== 'function') return false;
  focus(el);
  if (doc.activeElement !== el) return false;
  el.select();
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** Text typed into a search box as the browser's editing command types it (else written, with its `input`). */
export function typeSearch(box: HTMLInputElement, text: string): void {
  if (insertByCommand(box, text)) return;
  focus(box);
  setNativeValue(box, text);
  fireInput(box, text);
}

/**
 * The `textInput` event a key's character makes where the browser has one (Chromium): React's `onBeforeInput` is
 * built on it, not on `beforeinput` — a field that takes its keys there and refuses the browser's own edit (Gravity
 * UI's date field, section by section) hears nothing of typing without it. False when the page cancelled it.
 */
function textInput(el: Element, ch: string): boolean {
  const win = viewOf(el) as Win & { TextEvent?: unknown };
  if (!win.TextEvent) return true;
  const event = el.ownerDocument.createEvent('TextEvent') as Event & {
    initTextEvent?(type: string, bubbles: boolean, cancelable: boolean, view: Window, data: string): void;
  };
  if (typeof event.initTextEvent !== 'function') return true;
  event.initTextEvent('textInput', true, true, win, ch);
  return el.dispatchEvent(event);
}

/**
 * Types `text` character by character (keydown, textInput, beforeinput, the character added, input, keyup), the page
 * getting its turn before each key, as between a person's keys: a framework renders the box after each one (Gravity
 * UI's date field moves to its next part when one is full; keys sent with no turn between were each taken against the
 * state before the first). `between` is that turn: a task by default; a frame for a box that selects its next part
 * only in an animation frame (React Suite's date input: keys sent a task apart all went into the day).
 */
export async function typeByKeys(
  el: HTMLInputElement | HTMLTextAreaElement,
  text: string,
  between: (win: Window) => Promise<void> = yieldToPage,
): Promise<void> {
  focus(el);
  setNativeValue(el, '');
  fireInput(el, null, 'deleteContentBackward');
  const win = viewOf(el);
  // The page's turn as between keys: a box that renders in animation frames shows its template only in the next.
  await between(win);
  // A box that shows a template of its own once cleared («ДД.ММ.ГГГГ», «день.месяц.год») is typed into from its
  // start, where a person clicks before typing (Gravity UI's date field takes the part under the caret then).
  if (el.value !== '') {
    try {
      el.setSelectionRange(0, 0);
    } catch {
      // some input types have no selection
    }
    el.dispatchEvent(
      new win.MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: win }),
    );
  }
  for (const ch of text) {
    await between(win);
    const init = { key: ch, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit;
    if (!el.dispatchEvent(new win.KeyboardEvent('keydown', init))) continue;
    el.dispatchEvent(new win.KeyboardEvent('keypress', { ...init, charCode: ch.charCodeAt(0) }));
    if (textInput(el, ch) && el.dispatchEvent(inputEvent(el, 'beforeinput', ch, 'insertText'))) {
      const at = el.selectionStart ?? el.value.length;
      const end = el.selectionEnd ?? at;
      setNativeValue(el, el.value.slice(0, at) + ch + el.value.slice(end));
      try {
        el.setSelectionRange(at + 1, at + 1);
      } catch {
        // some input types have no selection
      }
      fireInput(el, ch);
    }
    el.dispatchEvent(new win.KeyboardEvent('keyup', init));
  }
}

/** A person's click: pointer and mouse events in the order browsers send them, then `click`. */
export function pointerClick(el: Element): void {
  const win = viewOf(el);
  const rect = el.getBoundingClientRect();
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
  const mouse = { ...at, bubbles: true, cancelable: true, composed: true, button: 0, view: win };
  const Pointer = win.PointerEvent ?? win.MouseEvent;
  const pointer = { ...mouse, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  el.dispatchEvent(new Pointer('pointerover', pointer));
  el.dispatchEvent(new win.MouseEvent('mouseover', mouse));
  // The pointer arrives over the element before it presses: Radix Select takes a press released where the opening
  // press was (no move between) for that same press and ignores it.
  el.dispatchEvent(new Pointer('pointermove', pointer));
  el.dispatchEvent(new win.MouseEvent('mousemove', mouse));
  el.dispatchEvent(new Pointer('pointerdown', { ...pointer, buttons: 1 }));
  el.dispatchEvent(new win.MouseEvent('mousedown', { ...mouse, buttons: 1 }));
  if (el instanceof win.HTMLElement && el.tabIndex >= 0) focus(el);
  el.dispatchEvent(new Pointer('pointerup', pointer));
  el.dispatchEvent(new win.MouseEvent('mouseup', mouse));
  el.dispatchEvent(new win.MouseEvent('click', mouse));
}
