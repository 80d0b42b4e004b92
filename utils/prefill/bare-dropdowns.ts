import type { WidgetParts } from './types';

// Dropdowns with no ARIA to find them by, known by their own contract instead; multiple choice is not taken (neither
// library's multiple box has the part looked for here).
// Chosen (jQuery, still common on older registry pages) draws its box right after the native select it hides: what it
// shows is the box's first child, `.chosen-single` (marked `chosen-default` while the placeholder shows), and it draws
// itself again from the select on `chosen:updated`. ui-select (AngularJS) names its search box in the label's `for`,
// hides it until the list opens, and opens on a click on its toggle; its options are ARIA options, which the search
// box's `aria-owns` points to, so once found it is operated like any other.

const CHOSEN = '.chosen-container-single';
const UI_SELECT = '.ui-select-container';

/** The parts of the bare dropdown `el` belongs to (a Chosen's select, anything inside its box); null otherwise. */
export function bareDropdownOf(el: Element): WidgetParts | null {
  const ui = el.closest(UI_SELECT);
  const toggle = ui?.querySelector<HTMLElement>('.ui-select-toggle');
  if (toggle)
    return {
      root: ui as HTMLElement,
      trigger: toggle,
      input: ui?.querySelector('.ui-select-search') ?? null,
      native: null,
    };
  const box = (el.tagName === 'SELECT' ? el.nextElementSibling : el)?.closest(CHOSEN);
  // The select right before the box is what it stands for.
  const shown = box?.firstElementChild as HTMLElement | null | undefined;
  const native = box?.previousElementSibling as HTMLSelectElement | null | undefined;
  return shown && native?.tagName === 'SELECT' && !native.disabled
    ? { root: shown, trigger: shown, input: null, native }
    : null;
}

/** Whether the widget is a Chosen box (its parts as `bareDropdownOf` gives them). */
export function redrawsFromNative(parts: WidgetParts): boolean {
  return parts.root.matches('.chosen-single');
}

/** Has a Chosen box draw itself again from its select: its jQuery handler hears the DOM event. */
export function redrawFrom(native: HTMLSelectElement): void {
  const win = native.ownerDocument.defaultView as Window & typeof globalThis;
  native.dispatchEvent(new win.Event('chosen:updated'));
}
