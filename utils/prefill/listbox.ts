import { cleanText } from '../fields/text';
import type { WidgetParts } from './types';

// Finding the list a dropdown opened — by its ARIA relation (aria-controls / aria-owns), or as a listbox that was not
// shown before the click (libraries portal it to <body>) — and its options; waiting for them with a
// MutationObserver and a timeout (no polling).

const LIST_SELECTOR = '[role="listbox"]';
/** Options, and the menu items some libraries list in a listbox instead (Blueprint's Select and Suggest). */
const OPTION_SELECTOR = '[role="option"],[role="menuitem"],[role="menuitemradio"]';
const COMBOBOX = '[role="combobox"]';
/** Items of a list that carries no ARIA of its own (a visible copy beside a hidden accessible listbox). */
const ITEM_CLASS = /(?:^|[-_\s])(?:option|item)(?:$|[-_\s])/i;

/** Popups that are not a list: a calendar, a dialog. */
export const OTHER_POPUPS = '[role="dialog"],[role="grid"],[role="alertdialog"]';

/** Whether an element matching the selector has come into the page since the watch began; `stop` ends the watch. */
export type Appearing = (() => boolean) & { stop(): void };

/**
 * Watches for an element matching `selector` (and passing `counts`) that comes into the page from now on: added,
 * inside what is added, or given its role. Only what the page adds is looked at, never the whole document (on a
 * 2,000-field card two such looks per text field cost the fill ~50 ms). The caller stops it.
 */
export function appearsLater(doc: Document, selector: string, counts: (el: Element) => boolean): Appearing {
  const fresh = new Set<Element>();
  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'attributes') fresh.add(r.target as Element);
      else for (const node of r.addedNodes) if (node.nodeType === 1) fresh.add(node as Element);
    }
  };
  const observer = new (
    (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver
  )(take);
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  const seen = () => {
    take(observer.takeRecords());
    for (const el of fresh) {
      if (!el.isConnected) continue;
      if (el.matches(selector) && counts(el)) return true;
      for (const inner of el.querySelectorAll(selector)) if (counts(inner)) return true;
    }
    return false;
  };
  return Object.assign(seen, { stop: () => observer.disconnect() });
}

export function shown(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [aria-hidden="true"]')) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true })) return false;
  const doc = el.ownerDocument;
  const hasLayout = doc.documentElement.clientWidth > 0;
  if (!hasLayout) return true;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Shown itself, or through its shadow root: a web component laid out as `display: contents` (Material Web's menu). */
function drawn(el: Element): boolean {
  return shown(el) || Array.from(el.shadowRoot?.children ?? []).some(shown);
}

/**
 * Listboxes shown on the page now, themselves or through the popup that draws them (to tell the list a click opened
 * from lists already open, or still closing).
 */
export function shownListboxes(doc: Document, parts: WidgetParts): Set<Element> {
  return new Set(
    Array.from(doc.querySelectorAll(LIST_SELECTOR)).filter((l) => shownPopup(l, parts) !== null),
  );
}

function related(parts: WidgetParts, doc: Document): Element[] {
  const ids = [parts.trigger, parts.input]
    .flatMap((el) => [el?.getAttribute('aria-controls'), el?.getAttribute('aria-owns')])
    .flatMap((v) => (v ? v.split(/\s+/) : []));
  const scope = parts.root.getRootNode() as Document | ShadowRoot;
  return ids
    .map((id) => scope.getElementById?.(id) ?? doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
}

/**
 * The shown box a hidden accessible listbox belongs to: libraries that draw their own list keep the ARIA copy at
 * zero size and show the options a person clicks beside it.
 */
function shownPopup(list: Element, parts: WidgetParts): Element | null {
  if (drawn(list)) return list;
  const body = list.ownerDocument.body;
  let box = list.parentElement;
  // Up to the popup's own box, never into a widget's box (whose own display would pass for a list).
  const widgetBox = (el: Element) =>
    el.contains(parts.trigger) || el.matches(COMBOBOX) || el.querySelector(COMBOBOX) !== null;
  for (let i = 0; box && box !== body && !widgetBox(box) && i < 5; i++, box = box.parentElement) {
    if (shown(box) && optionsOfList(box).length > 0) return box;
  }
  return null;
}

/** The list among `lists` with the most options (a widget that also shows its chosen item as a one-item list). */
function fullest(lists: Element[]): Element | null {
  let best: Element | null = null;
  let most = 0;
  for (const list of lists) {
    const n = optionsOfList(list).length;
    if (n > most) [best, most] = [list, n];
  }
  return best ?? lists[0] ?? null;
}

/** What the widget says of its popup (`aria-expanded` of its trigger, else its input): 'true', 'false' or null. */
export function expandedState(parts: WidgetParts): string | null {
  return parts.trigger.getAttribute('aria-expanded') ?? parts.input?.getAttribute('aria-expanded') ?? null;
}

/** The list this widget shows now, or null. `before`: listboxes that were shown before it was opened. */
export function openList(parts: WidgetParts, before: Set<Element>): Element | null {
  const doc = parts.root.ownerDocument;
  for (const el of related(parts, doc)) {
    const list = el.matches(LIST_SELECTOR) ? el : (el.querySelector(LIST_SELECTOR) ?? el);
    const popup = shownPopup(list, parts);
    if (popup && optionsOfList(popup).length > 0) return popup;
  }
  // A list inside the box may be the box's own display of the chosen item (choices.js): it counts only while the
  // widget says it is expanded, or when it offers a choice.
  const expanded = expandedState(parts);
  const inside = fullest(Array.from(parts.root.querySelectorAll(LIST_SELECTOR)).filter(shown));
  const offered = inside ? optionsOfList(inside).length : 0;
  if (inside && expanded !== 'false' && (expanded === 'true' || offered > 1)) return inside;
  const fresh = Array.from(doc.querySelectorAll(LIST_SELECTOR))
    .filter((l) => !before.has(l) && !parts.root.contains(l))
    .map((l) => shownPopup(l, parts))
    .filter((l): l is Element => l !== null);
  return fullest(fresh);
}

function usable(o: Element): boolean {
  return o.getAttribute('aria-disabled') !== 'true' && !o.hasAttribute('disabled') && shown(o);
}

/**
 * The options of a list a person can choose (shown, not disabled), with their texts: its ARIA options, or else the
 * innermost elements whose class names them items or options.
 */
export function optionsOfList(list: Element): { el: HTMLElement; text: string }[] {
  let own = ariaOptions(list).filter(usable);
  if (own.length === 0) {
    const items = Array.from(list.querySelectorAll('[class]')).filter((el) =>
      ITEM_CLASS.test(el.getAttribute('class') ?? ''),
    );
    own = items.filter(
      (el) => usable(el) && !items.some((o) => o !== el && el.contains(o) && cleanText(o.textContent)),
    );
  }
  return own
    .map((o) => ({ el: o as HTMLElement, text: cleanText(o.textContent) || hostText(o) }))
    .filter((o) => o.text !== '');
}

/**
 * A list's ARIA options: its own, or — a list a web component draws — the elements slotted into it, each an option
 * itself or drawing one in its own shadow root (Material Web's md-select-option: its role is on an <li> inside).
 */
function ariaOptions(list: Element): Element[] {
  if (list.matches(OPTION_SELECTOR)) return [list];
  const own = Array.from(list.querySelectorAll(OPTION_SELECTOR));
  if (own.length > 0) return own;
  return Array.from(list.querySelectorAll('slot')).flatMap((slot) =>
    (slot as HTMLSlotElement)
      .assignedElements({ flatten: true })
      .flatMap((el) =>
        el.matches(OPTION_SELECTOR)
          ? [el]
          : Array.from(el.shadowRoot?.querySelectorAll(OPTION_SELECTOR) ?? []),
      ),
  );
}

/** The text of the component an option is drawn inside: its slots show the component's own content. */
function hostText(option: Element): string {
  const root = option.getRootNode() as Node & Partial<ShadowRoot>;
  return root.nodeType === 11 && root.host ? cleanText(root.host.textContent) : '';
}

/**
 * Resolves with `check()`'s first non-null result, checked now and after each change of the document, or null
 * after `timeoutMs` — or sooner, checked a last time, once the document has gone `quiet.ms` without a change while
 * `quiet.ends()` holds (a widget that says its list is closed has not opened it).
 */
export function waitFor<T>(
  doc: Document,
  check: () => T | null,
  timeoutMs: number,
  quiet?: { ms: number; ends: () => boolean },
): Promise<T | null> {
  const first = check();
  if (first !== null) return Promise.resolve(first);
  const win = doc.defaultView as Window & typeof globalThis;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      win.clearTimeout(timer);
      win.clearTimeout(still);
      resolve(value);
    };
    const stillFor = () =>
      quiet ? win.setTimeout(() => quiet.ends() && finish(check()), quiet.ms) : undefined;
    let still = stillFor();
    const observer = new win.MutationObserver(() => {
      const value = check();
      if (value !== null) return finish(value);
      win.clearTimeout(still);
      still = stillFor();
    });
    // Text patched in place too: a framework's render writes a text node's data (a date segment's digits).
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: [
        'class',
        'style',
        'hidden',
        'aria-expanded',
        'aria-hidden',
        'aria-selected',
        'aria-valuenow',
      ],
    });
    // A last look when time is up: a list that appeared without any observed change still counts.
    const timer = win.setTimeout(() => finish(check()), timeoutMs);
  });
}

/**
 * Resolves once the document has gone `quietMs` without a change, or after `capMs`: a widget that is opening (its
 * popup laid out, the page behind it marked) has finished by then.
 */
export function untilQuiet(doc: Document, quietMs: number, capMs: number): Promise<void> {
  const win = doc.defaultView as Window & typeof globalThis;
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      win.clearTimeout(quiet);
      win.clearTimeout(cap);
      resolve();
    };
    let quiet = win.setTimeout(done, quietMs);
    const cap = win.setTimeout(done, capMs);
    const observer = new win.MutationObserver(() => {
      win.clearTimeout(quiet);
      quiet = win.setTimeout(done, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

/** The search box that belongs to an open list (select2 and choices.js put it in the popup). */
export function searchBoxOf(parts: WidgetParts, list: Element): HTMLInputElement | null {
  const typed = parts.input;
  if (typed && !typed.readOnly && shown(typed)) return typed;
  let box: Element | null = list;
  const body = list.ownerDocument.body;
  for (let i = 0; box && box !== body && i < 3; i++) {
    const input = box.querySelector('input:not([type="hidden"]):not([type="checkbox"])');
    if (input && shown(input) && !(input as HTMLInputElement).readOnly) return input as HTMLInputElement;
    box = box.parentElement;
  }
  return null;
}
