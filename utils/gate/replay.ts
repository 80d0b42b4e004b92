// What the gate keeps of a held activation, and how it carries it out later the way the page listens: a pointer
// gesture again as a whole (pointerdown, mousedown, pointerup, mouseup, click), a bare scripted click as a click,
// keys as keydown/keypress/keyup (plus the click a native button or link makes of them), a submission as
// `requestSubmit(submitter)`.

export type HeldKind = 'pointer' | 'click' | 'key' | 'submit';

export interface HeldAction {
  kind: HeldKind;
  /** The issue control the activation went through. */
  control: Element;
  /** The element the events went to (an icon inside the control, an element inside a closed root). */
  target: Element;
  /** The event's composed path, kept to check the control again when the site's settings arrive. */
  path: EventTarget[];
  /** Position, modifiers and key of the first held event. */
  init: KeyboardEventInit & PointerEventInit & { keyCode?: number; which?: number };
  form?: HTMLFormElement;
  submitter?: HTMLElement | null;
}

const POINTER_TYPES = /^(pointer|mouse|touch|dblclick)/;

export function heldKind(type: string): HeldKind {
  if (type === 'submit') return 'submit';
  if (type === 'click') return 'click';
  return POINTER_TYPES.test(type) ? 'pointer' : 'key';
}

/** The parts of an event a replay needs; a touch is replayed as a mouse at the touch's point. */
export function eventInit(event: Event): HeldAction['init'] {
  const e = event as MouseEvent & KeyboardEvent & Partial<TouchEvent>;
  const at = e.changedTouches?.[0] ?? e;
  const { ctrlKey, shiftKey, altKey, metaKey, key, code, keyCode, detail } = e;
  return {
    ...{ clientX: at.clientX, clientY: at.clientY, screenX: at.screenX, screenY: at.screenY, detail },
    ...{ ctrlKey, shiftKey, altKey, metaKey, key, code, keyCode, which: keyCode },
  };
}

type Init = HeldAction['init'];

type EventKind = new (type: string, init: Init) => Event;

function fire(target: Element, type: string, init: Init, Kind: EventKind = MouseEvent): boolean {
  return target.dispatchEvent(new Kind(type, { bubbles: true, cancelable: true, composed: true, ...init }));
}

/** Native controls turn Enter (buttons and links) and Space (buttons) into a click by themselves. */
function nativeClickKey(el: Element): string {
  if (el.localName === 'a') return el.hasAttribute('href') ? 'Enter' : '';
  const type = (el as HTMLInputElement).type;
  return el.localName === 'button' || (el.localName === 'input' && /^(submit|button|image|reset)$/.test(type))
    ? 'Enter '
    : '';
}

function replayPointer(target: Element, init: Init): void {
  const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  const pointer = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0 };
  fire(target, 'pointerdown', { ...pointer, buttons: 1 }, Pointer);
  fire(target, 'mousedown', { ...init, buttons: 1, detail: 1 });
  fire(target, 'pointerup', pointer, Pointer);
  fire(target, 'mouseup', { ...init, detail: 1 });
  fire(target, 'click', { ...init, detail: 1 });
}

function replayKeys(target: Element, init: Init): void {
  const key = init.key === ' ' ? ' ' : 'Enter';
  const clicks = nativeClickKey(target).includes(key);
  const keyCode = key === 'Enter' ? 13 : 32;
  const keys = { ...init, key, keyCode, which: keyCode };
  // A page that cancels the key press cancels what the browser would have made of it.
  const down = fire(target, 'keydown', keys, KeyboardEvent);
  if (down) fire(target, 'keypress', { ...keys, charCode: keyCode } as Init, KeyboardEvent);
  if (down && clicks && key === 'Enter') fire(target, 'click', { detail: 0 });
  const up = fire(target, 'keyup', keys, KeyboardEvent);
  if (down && up && clicks && key === ' ') fire(target, 'click', { detail: 0 });
}

function replaySubmit(form: HTMLFormElement, submitter: HTMLElement | null | undefined): void {
  if (!form.isConnected) return;
  try {
    form.requestSubmit(submitter?.isConnected ? submitter : undefined);
  } catch {
    // The submitter stopped being this form's submit button; submit without it rather than lose the action.
    form.requestSubmit();
  }
}

/** Carries the held action out once. An element removed from the page meanwhile is not replayed. */
export function replay(action: HeldAction): void {
  const { kind, control, init } = action;
  if (kind === 'submit') {
    replaySubmit(action.form!, action.submitter);
    return;
  }
  const target = action.target.isConnected ? action.target : control;
  if (!target.isConnected) return;
  if (kind === 'pointer') replayPointer(target, init);
  else if (kind === 'key') replayKeys(target, init);
  else fire(target, 'click', init);
}
