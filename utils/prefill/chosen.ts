import type { WidgetParts } from './types';

// Chosen (jQuery, still common on older registry pages) draws its box right after the native select it hides and
// gives it no ARIA at all, so nothing finds it by role. Its own contract is read instead: the box is the select's next
// sibling (`.chosen-container`), what it shows is `.chosen-single` (marked `chosen-default` while the placeholder
// shows), and it draws itself again from the select on `chosen:updated`. Multiple choice (`-multi`) is not taken.

const BOX = '.chosen-container-single';

/** The parts of the Chosen box `el` is (its select, or anything inside the box); null for anything else. */
export function chosenParts(el: Element): WidgetParts | null {
  const box = (el.tagName === 'SELECT' ? el.nextElementSibling : el)?.closest(BOX);
  // The box's first child is what it shows (`.chosen-single`), the select right before it is what it stands for.
  const shown = box?.firstElementChild as HTMLElement | null | undefined;
  const native = box?.previousElementSibling as HTMLSelectElement | null | undefined;
  return shown && native?.tagName === 'SELECT' && !native.disabled
    ? { root: shown, trigger: shown, input: null, native }
    : null;
}

/** Whether the widget is a Chosen box (its parts as `chosenParts` gives them). */
export function redrawsFromNative(parts: WidgetParts): boolean {
  return parts.root.matches('.chosen-single');
}

/** Has a Chosen box draw itself again from its select: its jQuery handler hears the DOM event. */
export function redrawFrom(native: HTMLSelectElement): void {
  const win = native.ownerDocument.defaultView as Window & typeof globalThis;
  native.dispatchEvent(new win.Event('chosen:updated'));
}
