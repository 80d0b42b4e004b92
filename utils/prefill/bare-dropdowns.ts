import type { WidgetParts } from './types';

// Dropdowns with no ARIA to find them by, known by their own contract instead; multiple choice is not taken (neither
// library's multiple box has the part looked for here).
// Chosen (jQuery, still common on older registry pages) draws its box right after the native select it hides, and
// select2 3 right before it: what the box shows is its first child (`.chosen-single`, `.select2-choice`; marked
// `chosen-default`, `select2-default` while the placeholder shows). Chosen draws itself again from the select on
// `chosen:updated`; select2 3 opens an ARIA listbox and moves the page's label onto its focus box, which names it.
// ui-select (AngularJS) names its search box in the label's `for`, hides it until the list opens, and opens on a click
// on its toggle; its options are ARIA options, which the search box's `aria-owns` points to. Once found, select2 3 and
// ui-select are operated like any other dropdown.

const UI_SELECT = '.ui-select-container';

/**
 * A box drawn beside the select it hides (`after` it, or before), shown by its first child; found from the inputs it
 * holds (Chosen's search box, select2's focus box), the select itself being hidden.
 */
function besideSelect(el: Element, box: string, after: boolean): WidgetParts | null {
  const found = el.closest(box);
  const shown = found?.firstElementChild as HTMLElement | null | undefined;
  const native = (
    after ? found?.previousElementSibling : found?.nextElementSibling
  ) as HTMLSelectElement | null;
  return shown?.matches('.chosen-single,.select2-choice') && native?.tagName === 'SELECT' && !native.disabled
    ? { root: shown, trigger: shown, input: (found as Element).querySelector('.select2-focusser'), native }
    : null;
}

/** The parts of the bare dropdown `el` is inside; null for anything else. */
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
  return besideSelect(el, '.chosen-container-single', true) ?? besideSelect(el, '.select2-container', false);
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
