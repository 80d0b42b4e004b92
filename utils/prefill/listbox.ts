import { cleanText } from '../fields/text';
import type { WidgetParts } from './types';

// Finding the list a dropdown opened — by its ARIA relation (aria-controls / aria-owns), or as a listbox that was not
// shown before the click (libraries portal it to <body>) — and its options; waiting for them with a
// MutationObserver and a timeout (no polling).

const LIST_SELECTOR = '[role="listbox"]';
const OPTION_SELECTOR = '[role="option"]';

function shown(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [aria-hidden="true"]')) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true })) return false;
  const doc = el.ownerDocument;
  const hasLayout = doc.documentElement.clientWidth > 0;
  if (!hasLayout) return true;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** Listboxes shown on the page now (to tell the one a click opened from those already open). */
export function shownListboxes(doc: Document): Set<Element> {
  return new Set(Array.from(doc.querySelectorAll(LIST_SELECTOR)).filter(shown));
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

/** The list this widget shows now, or null. `before`: listboxes that were shown before it was opened. */
export function openList(parts: WidgetParts, before: Set<Element>): Element | null {
  const doc = parts.root.ownerDocument;
  for (const el of related(parts, doc)) {
    if (!shown(el)) continue;
    if (el.matches(LIST_SELECTOR) || el.querySelector(OPTION_SELECTOR)) return el;
    const inner = el.querySelector(LIST_SELECTOR);
    if (inner && shown(inner)) return inner;
  }
  const inside = Array.from(parts.root.querySelectorAll(LIST_SELECTOR)).find(shown);
  if (inside) return inside;
  const fresh = Array.from(doc.querySelectorAll(LIST_SELECTOR)).filter((l) => !before.has(l) && shown(l));
  return fresh.length === 1 ? fresh[0] : (fresh.find((l) => l.querySelector(OPTION_SELECTOR)) ?? null);
}

/** The options of a list a person can choose (shown, not disabled), with their texts. */
export function optionsOfList(list: Element): { el: HTMLElement; text: string }[] {
  const own = list.matches(OPTION_SELECTOR) ? [list] : Array.from(list.querySelectorAll(OPTION_SELECTOR));
  return own
    .filter((o) => o.getAttribute('aria-disabled') !== 'true' && !o.hasAttribute('disabled') && shown(o))
    .map((o) => ({ el: o as HTMLElement, text: cleanText(o.textContent) }))
    .filter((o) => o.text !== '');
}

/**
 * Resolves with `check()`'s first non-null result, checked now and after each change of the document, or null
 * after `timeoutMs`.
 */
export function waitFor<T>(doc: Document, check: () => T | null, timeoutMs: number): Promise<T | null> {
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
      resolve(value);
    };
    const observer = new win.MutationObserver(() => {
      const value = check();
      if (value !== null) finish(value);
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-expanded', 'aria-hidden', 'aria-selected'],
    });
    // A last look when time is up: a list that appeared without any observed change still counts.
    const timer = win.setTimeout(() => finish(check()), timeoutMs);
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
