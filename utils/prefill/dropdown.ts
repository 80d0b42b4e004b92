import { matchCategory } from '../catalogue/match';
import { childElements, childNodesOf, chosenOptionIn, cleanText, optionsIn } from '../fields/text';
import { redrawFrom, redrawsFromNative } from './bare-dropdowns';
import {
  blur,
  fireChange,
  fireInput,
  focus,
  pointerClick,
  pressKey,
  setNativeValue,
  typeSearch,
} from './events';
import { expandedState, openList, optionsOfList, searchBoxOf, waitFor } from './listbox';
import { LOADING_TIMEOUT_MS, openWidgetList } from './open-list';
import { categoryName, normalize, optionByText, optionForCategory } from './options';
import type { WidgetParts } from './types';
import { nativeSelectedText, shownText } from './widget-text';
import { yieldToPage } from './yield';

// A custom dropdown operated as a person would: open it (pointer, then keyboard), find its list, type into its search
// box when the option is not there yet, click the option, close it, and read back what the box shows and what the
// native select it stands for holds.

const OPTIONS_TIMEOUT_MS = 1500;
/** How long a list may take to close by itself after an option is clicked. */
const CLOSE_TIMEOUT_MS = 400;

export interface Wanted {
  /** The option's text as planned (the catalogue's name for a category). */
  text: string;
  /** A category chosen through the catalogue: any option naming the same category. */
  categoryCode?: string;
}

export type ChoiceResult = { ok: true; chosen: string } | { ok: false; reason: string };

/** What the box shows the clerk now ('' when it shows its placeholder or nothing). */
export function shownChoice(parts: WidgetParts): string {
  return shownText(parts).value;
}

function matches(text: string, wanted: Wanted): boolean {
  if (!text) return false;
  if (wanted.categoryCode) return matchCategory(text)?.code === wanted.categoryCode;
  return normalize(text) === normalize(wanted.text);
}

/** Whether the box already shows the wanted option. */
export function alreadyChosen(parts: WidgetParts, wanted: Wanted): boolean {
  return matches(shownChoice(parts), wanted);
}

function pickBy(options: { value: string; text: string }[], wanted: Wanted) {
  return wanted.categoryCode
    ? optionForCategory(options, wanted.categoryCode)
    : optionByText(options, wanted.text);
}

/**
 * An option's parts: its children that show text, looked through while only one does and the element has no text of
 * its own — a wrapper, or a wrapper beside an icon (Carbon's item is `li > div > span > span + span`, Fluent's an
 * aria-hidden check icon beside `span > span + span`: the name, then the code).
 */
function partsOf(option: Element): Element[] {
  const shown = (el: Element) =>
    childElements(el).filter(
      (c) => c.getAttribute('aria-hidden') !== 'true' && cleanText(c.textContent) !== '',
    );
  const ownText = (el: Element) =>
    childNodesOf(el).some((n) => n.nodeType === 3 && cleanText(n.nodeValue) !== '');
  let box = option;
  let parts = shown(box);
  while (parts.length === 1 && !ownText(box)) {
    box = parts[0];
    parts = shown(box);
  }
  return parts.length > 0 ? parts : [box];
}

/**
 * The option to click: by its whole text, else by the text of one of its parts — an item may show more than its
 * name (Blueprint's menu item: the name, then a code label, read together as «Ветеран труда0101»).
 */
function pick(options: { el: HTMLElement; text: string }[], wanted: Wanted): HTMLElement | null {
  const whole = options.map((o, i) => ({ value: String(i), text: o.text }));
  const parts = () =>
    options
      .flatMap((o, i) => partsOf(o.el).map((c) => ({ value: String(i), text: cleanText(c.textContent) })))
      .filter((p) => p.text);
  const found = pickBy(whole, wanted) ?? pickBy(parts(), wanted);
  return found ? options[Number(found.value)].el : null;
}

/** The first word's stem a person would type to narrow the list («Ветеран труда» → «Ветер»). */
function searchStem(wanted: Wanted): string {
  const name = wanted.categoryCode ? categoryName(wanted.categoryCode) : wanted.text;
  const word = name.split(/[\s,«»"()-]+/).find((w) => w.length >= 3) ?? name;
  return word.slice(0, 5);
}

/**
 * Closes the list: after a choice, as the widget does by itself (React Aria's combo box closes it a task later, and
 * takes Escape on a list still open for «revert»); Escape only for a list that stays open, or after no choice. A list
 * the widget's ARIA said was open at the click and now says is closed is on its way out (a closing animation on a
 * busy machine): no Escape then — Vaadin's combo box takes Escape once closed for «clear».
 */
async function close(
  parts: WidgetParts,
  list: Element | null,
  choice?: { saidOpen: boolean },
): Promise<void> {
  const doc = parts.root.ownerDocument;
  const closing = () => choice?.saidOpen === true && expandedState(parts) === 'false';
  const closed = () => (closing() || !list?.isConnected || openList(parts, new Set()) === null ? true : null);
  const stillOpen = !(await waitFor(doc, closed, choice ? CLOSE_TIMEOUT_MS : 0));
  const focusHolder = parts.input ?? parts.trigger;
  if (stillOpen) pressKey(focusHolder, 'Escape');
  blur(focusHolder);
  await yieldToPage(parts.root.ownerDocument.defaultView as Window);
}

/** Chooses `value` in a widget's native select as its own script would (input, change), and has its box redrawn. */
function setNative(parts: WidgetParts, native: HTMLSelectElement, value: string): void {
  setNativeValue(native, value);
  fireInput(native, null);
  fireChange(native);
  if (redrawsFromNative(parts)) redrawFrom(native);
}

/**
 * A box that draws itself from the native select it hides (Chosen): the option is chosen in the select, as the box's
 * own click would, and the box is told to draw itself again; what it then shows is read back by the caller.
 */
async function chooseInNative(
  parts: WidgetParts,
  native: HTMLSelectElement,
  wanted: Wanted,
): Promise<ChoiceResult> {
  const option = pickBy(
    optionsIn(native).map((o) => ({ value: o.value, text: cleanText(o.text) })),
    wanted,
  );
  if (!option) return { ok: false, reason: `в списке нет варианта «${wanted.text}»` };
  setNative(parts, native, option.value);
  await yieldToPage(parts.root.ownerDocument.defaultView as Window);
  return { ok: true, chosen: option.text };
}

/** Opens the widget, chooses the wanted option and closes it; reports what the clerk would see. */
export async function chooseOption(parts: WidgetParts, wanted: Wanted): Promise<ChoiceResult> {
  if (parts.native && redrawsFromNative(parts)) return chooseInNative(parts, parts.native, wanted);
  const doc = parts.root.ownerDocument;
  const opened = await openWidgetList(parts, searchStem(wanted));
  let list = opened.list;
  if (!list) {
    // Whatever did open is closed again, with nothing picked in it.
    if (expandedState(parts) === 'true' || opened.other) pressKey(parts.input ?? parts.trigger, 'Escape');
    blur(parts.input ?? parts.trigger);
    await yieldToPage(doc.defaultView as Window);
    return {
      ok: false,
      reason: opened.other
        ? 'открылся не список, а календарь или окно'
        : opened.moved
          ? 'список не открылся, а клавиша сменила выбор'
          : 'список не открылся',
    };
  }
  const current = () => (list?.isConnected ? list : openList(parts, new Set()));
  // A list with no options and no search box to type into is still getting them (a dictionary fetched on open).
  if (optionsOfList(list).length === 0 && !searchBoxOf(parts, list)) {
    const loaded = () => {
      const now = current();
      return now && optionsOfList(now).length > 0 ? now : null;
    };
    list = (await waitFor(doc, loaded, LOADING_TIMEOUT_MS)) ?? list;
  }
  let option = pick(optionsOfList(list), wanted);
  const search = option ? null : searchBoxOf(parts, list);
  if (search) {
    typeSearch(search, searchStem(wanted));
    option = await waitFor(
      doc,
      () => {
        const now = current();
        return now ? pick(optionsOfList(now), wanted) : null;
      },
      OPTIONS_TIMEOUT_MS,
    );
    list = current();
  }
  if (!option) {
    const empty = !search && (!list || optionsOfList(list).length === 0);
    if (search) typeSearch(search, '');
    await close(parts, list);
    return {
      ok: false,
      reason: empty ? 'в списке не появилось ни одного варианта' : `в списке нет варианта «${wanted.text}»`,
    };
  }
  const chosen = option.textContent?.trim() ?? wanted.text;
  option.scrollIntoView?.({ block: 'nearest' });
  const saidOpen = expandedState(parts) === 'true';
  pointerClick(option);
  await close(parts, list, { saidOpen });
  return { ok: true, chosen };
}

/** What the box and its native select show, compared with the chosen option's text. */
export function holdsChoice(parts: WidgetParts, chosen: string, wanted: Wanted): boolean {
  // element-plus shows the chosen option in the very element that held its placeholder («el-select__placeholder»).
  const { value, placeholder } = shownText(parts);
  const shown = value || placeholder;
  const visible =
    matches(shown, wanted) || (normalize(chosen) !== '' && normalize(shown).includes(normalize(chosen)));
  if (!visible) return false;
  const native = parts.native;
  if (!native) return true;
  // Quasar's hidden select carries the chosen value in an option with no text: only the box can tell what it is.
  const carried = chosenOptionIn(native);
  if (carried?.value && !cleanText(carried.text)) return true;
  const held = nativeSelectedText(native);
  return normalize(held) === normalize(chosen) || matches(held, wanted);
}

/**
 * Puts the widget back to what it showed before (`previous` text; '' = nothing chosen): the previous option again,
 * or the widget's clear control, the native select's empty option, or Backspace in its input.
 */
export async function restoreChoice(parts: WidgetParts, previous: string): Promise<boolean> {
  const win = parts.root.ownerDocument.defaultView as Window;
  const native = parts.native;
  if (native && redrawsFromNative(parts)) {
    // The select is what the form submits, whatever the box shows: it is put back even when the box never changed.
    if (previous) await chooseInNative(parts, native, { text: previous });
    else setNative(parts, native, '');
    return normalize(nativeSelectedText(native)) === normalize(previous);
  }
  if (normalize(shownChoice(parts)) === normalize(previous)) return true;
  if (previous) {
    const again = await chooseOption(parts, { text: previous });
    return again.ok && normalize(shownChoice(parts)).includes(normalize(previous));
  }
  const clear = parts.root.querySelector<HTMLElement>(
    '[aria-label*="clear" i], [aria-label*="очист" i], [title*="очист" i], [class*="clear" i]:not([class*="clearfix" i])',
  );
  if (clear) pointerClick(clear);
  else if (native) setNative(parts, native, '');
  else if (parts.input) {
    focus(parts.input);
    pressKey(parts.input, 'Backspace');
    blur(parts.input);
  }
  await yieldToPage(win);
  return shownChoice(parts) === '';
}
