// Pure text rules of the soft gate: does a control's label speak of issuing / ordering / making a (social) card?
// Kept free of listeners so they can be tested with many labels; gate.ts applies them to events.

/** Elements that can be the page's own issue control. */
export const CONTROL_SELECTOR =
  'button, a[href], input[type="submit"], input[type="button"], input[type="image"], [role="button"]';

/** Longer labels belong to containers or prose, not to a button. */
const MAX_LABEL_LENGTH = 90;

/** Lower case, ё → е, everything but letters and digits (icons, punctuation, nbsp) → one space. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim();
}

// Word starts (after normalizeLabel). «выда…» is spelled out so «выданные карты» (a list) does not count.
const ISSUE_WORD =
  /(?:^| )(?:оформ|перевыпус|выпус|изготов|заказ|выдат|выдач|выдай|выдае|заявк|заявлен|сформир|создат|создай)/;
// The card itself: «карта», «карту», «соцкарту», «карточку» — not «картотека» or «картридж».
const CARD_WORD = /(?:^| )(?:соц)?карт(?:а|у|ы|е|ой|очк[а-я]*)?(?: |$)/;
// «Карта жителя» (the service we offer instead) — not «карту жителю», which is still the social card.
const RESIDENT_CARD = /(?:^| )карт[а-я]* жителя(?: |$)/;
// Words that turn a card label into something else: cancel/status/print/search actions, lists.
const NOT_ISSUE =
  /(?:^| )(?:отмен|аннул|удал|блокир|заблок|разблок|статус|истори|печат|распечат|найти|поиск|просмотр|посмотр|отчет|выданн|списк|реестр)/;
const TRAVEL_PASS = /(?:^| )проездн/;
const SOCIAL = /(?:^| )соц/;

/** True when a normalised-or-raw label asks to issue, order or make a card (not Карта жителя, not a travel pass). */
export function isIssueLabel(label: string): boolean {
  const text = normalizeLabel(label);
  if (!text || text.length > MAX_LABEL_LENGTH) return false;
  if (!ISSUE_WORD.test(text) || !CARD_WORD.test(text)) return false;
  if (NOT_ISSUE.test(text) || RESIDENT_CARD.test(text)) return false;
  // «Оформить проездной на карту» is about a pass; «социальная карта … проездной» is still the social card.
  if (TRAVEL_PASS.test(text) && !SOCIAL.test(text)) return false;
  return true;
}

function textOfIds(el: Element, attr: string): string {
  const ids = el.getAttribute(attr)?.split(/\s+/).filter(Boolean) ?? [];
  const doc = el.ownerDocument;
  return ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
}

/** Everything a person or a screen reader is told about the control: aria, text, value, title, icon alt. */
export function controlLabel(el: Element): string {
  const parts = [el.getAttribute('aria-label') ?? '', textOfIds(el, 'aria-labelledby')];
  if (el.localName === 'input') {
    parts.push((el as HTMLInputElement).value ?? '', el.getAttribute('alt') ?? '');
  } else {
    parts.push(el.textContent ?? '');
    for (const img of el.querySelectorAll('img[alt]')) parts.push(img.getAttribute('alt') ?? '');
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
