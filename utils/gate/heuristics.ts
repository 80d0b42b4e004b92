// Which element of the page is its issue control: the site's selector, or the nearest control whose label issues a
// card (labels.ts). Pure functions of elements and paths; gate.ts applies them to events.
import { isIssueLabel } from './labels';

/** Elements that can be the page's own issue control. */
export const CONTROL_SELECTOR =
  'button, a[href], input[type="submit"], input[type="button"], input[type="image"], [role="button"]';

function textOfIds(el: Element, attr: string): string {
  const ids = el.getAttribute(attr)?.split(/\s+/).filter(Boolean) ?? [];
  // Ids are scoped to the control's own tree: the document or the shadow root it lives in.
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
}

/** Everything a person or a screen reader is told about the control: aria, text, value, title, icons. */
export function controlLabel(el: Element): string {
  const parts = [el.getAttribute('aria-label') ?? '', textOfIds(el, 'aria-labelledby')];
  if (el.localName === 'input') {
    parts.push((el as HTMLInputElement).value ?? '', el.getAttribute('alt') ?? '');
  } else {
    parts.push(el.textContent ?? '');
    // Icons inside: an image's alt, an icon font's aria-label or title.
    for (const icon of el.querySelectorAll('img[alt],[aria-label],[title]')) {
      parts.push(
        icon.getAttribute('alt') || icon.getAttribute('aria-label') || icon.getAttribute('title') || '',
      );
    }
  }
  parts.push(el.getAttribute('title') ?? '');
  return parts.filter((part) => part.trim()).join(' ');
}

const NAVIGATION = 'nav,[role="navigation"],[role="menu"],[role="menubar"],[role="tablist"]';

/**
 * A menu item such as «Выдача социальной карты» in the site's navigation opens a section; it does not issue a card.
 * Buttons are actions wherever they are; only links inside navigation (or marked as the current page) are spared.
 */
export function isNavigationLink(el: Element): boolean {
  if (el.localName !== 'a') return false;
  if (el.hasAttribute('aria-current')) return true;
  return el.closest(NAVIGATION) !== null;
}

const CONTAINERS = new Set(['form', 'body', 'html']);

/** Whether a selector is usable; an administrator's typo must not break the page. */
export function safeMatches(el: Element, selector: string): boolean | null {
  try {
    return el.matches(selector);
  } catch {
    return null;
  }
}

/**
 * The issue control an event went through, or null. `path` is the event's composed path (target first).
 * With a valid `issueSelector` only elements matching it count; otherwise the nearest control decides by its label.
 */
export function findIssueControl(path: readonly EventTarget[], issueSelector?: string): Element | null {
  // Containers are never «the control»: a selector that names a form is checked on submit, not on every click inside.
  const elements = path.filter(
    (node): node is Element => (node as Node)?.nodeType === 1 && !CONTAINERS.has((node as Element).localName),
  );
  const selector = issueSelector?.trim();
  if (selector) {
    let valid = true;
    for (const el of elements) {
      const hit = safeMatches(el, selector);
      if (hit === null) {
        valid = false;
        break;
      }
      if (hit) return el;
    }
    if (valid) return null;
  }
  const control = elements.find((el) => el.matches(CONTROL_SELECTOR));
  if (!control) return findScriptedControl(elements);
  if (isNavigationLink(control)) return null;
  return isIssueLabel(controlLabel(control)) ? control : null;
}

/** Old builds: `<a onclick>` without href, `<div class="btn">` with a script listener, no role anywhere. */
const SCRIPTED_DEPTH = 4;
const EDITABLE = 'input, textarea, select, [contenteditable]';
const NOT_SCRIPTED = `h1,h2,h3,h4,h5,h6,label,legend,${NAVIGATION}`;

// Rows and lists are records (a register line «… оформление социальной карты …»), not controls.
const RECORD = 'tr,tbody,thead,table,ul,ol,dl';
const RECORD_PART = 'td,th,tr,li,p';

function cursorOf(el: Element | null): string | undefined {
  return el ? el.ownerDocument.defaultView?.getComputedStyle(el).cursor : undefined;
}

function looksClickable(el: Element): boolean {
  if (el.matches(RECORD) || el.querySelector(RECORD_PART)) return false;
  if (el.localName === 'a' || el.hasAttribute('onclick') || el.hasAttribute('tabindex')) return true;
  // The element that declares the pointer cursor, not the children that inherit it.
  return cursorOf(el) === 'pointer' && cursorOf(el.parentElement) !== 'pointer';
}

/**
 * With no button, link or role in the event's path, the nearest few elements that look clickable (a link without
 * href, an onclick attribute, a tabindex, a declared pointer cursor) and carry an issue label count — outside
 * navigation, table rows and lists, never while the clerk types in a field.
 */
function findScriptedControl(elements: readonly Element[]): Element | null {
  if (!elements.length || elements[0].matches(EDITABLE)) return null;
  for (const el of elements.slice(0, SCRIPTED_DEPTH)) {
    if (el.closest(NOT_SCRIPTED)) return null;
    if (looksClickable(el) && isIssueLabel(controlLabel(el))) return el;
  }
  return null;
}

const SUBMIT_BUTTONS = 'button:not([type]),button[type="submit"],input[type="submit"],input[type="image"]';

/**
 * The issue control behind a form submission, or null. With a submitter (a click, Enter in a field,
 * `requestSubmit(button)`) the submitter decides; without one (`requestSubmit()` from page script) the form's default
 * button does, or, in a form without one, any of its controls. A valid selector naming the form holds every
 * submission of it.
 */
export function submitControl(
  form: HTMLFormElement,
  submitter: Element | null,
  issueSelector?: string,
): Element | null {
  const selector = issueSelector?.trim();
  if (selector && safeMatches(form, selector)) return submitter ?? form;
  const defaultButton = submitter ?? form.querySelector(SUBMIT_BUTTONS);
  const candidates = defaultButton ? [defaultButton] : form.querySelectorAll(CONTROL_SELECTOR);
  for (const candidate of candidates) {
    const control = findIssueControl([candidate], selector);
    if (control) return control;
  }
  return null;
}

const TEXT_ENTRY =
  'textarea,select,[contenteditable],input:not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"])';

/** Keys pressed in a field are typing, not a control's activation (Enter there submits: see submitControl). */
export function isTextEntry(target: EventTarget | undefined): boolean {
  return (target as Node | undefined)?.nodeType === 1 && (target as Element).matches(TEXT_ENTRY);
}
