import { focus, pointerClick, pressKey, typeSearch } from './events';
import {
  type Appearing,
  appearsLater,
  expandedState,
  OTHER_POPUPS,
  openList,
  shown,
  shownListboxes,
  waitFor,
} from './listbox';
import type { WidgetParts } from './types';
import { shownText } from './widget-text';

// Opening a custom dropdown's list as a person would, and waiting for a list that is on its way: one the widget says
// it has opened, or one the page shows it is loading (a dictionary fetched from the server on the first open).

const OPEN_TIMEOUT_MS = 800;
/**
 * A widget that still says its list is closed (`aria-expanded="false"`) once the page has gone this long without a
 * change has not opened it: an editable combobox opens from its button or the keyboard, not from a click in its text.
 */
const SAID_CLOSED_MS = 250;
/**
 * How long a list that opened with no options yet (a dictionary the page fetches from its server on the first open,
 * «Загрузка…» meanwhile) may take to get them; and a list a widget says it has opened, to appear.
 */
export const LOADING_TIMEOUT_MS = 3000;

/**
 * An input completing from a list (`aria-autocomplete` «list» or «both»): its list may come only with typing. Not a
 * read-only one: a person cannot type there (ng-select without search keeps such an input in its box).
 */
const COMPLETES = 'input[aria-autocomplete*="t"]:not([readonly],[disabled])';

/** What a page shows while it fetches something: a list's «Загрузка…» (MUI's, a spinner). */
const BUSY = '[aria-busy="true"],[role="progressbar"],[class*="loading" i]';

/**
 * The list the widget opens, waited for up to `timeoutMs`; less when the widget says it is closed and the page has
 * gone still. A widget that says nothing, or says it is open, is given the whole time.
 */
function listOpening(parts: WidgetParts, before: Set<Element>, timeoutMs: number): Promise<Element | null> {
  return waitFor(parts.root.ownerDocument, () => openList(parts, before), timeoutMs, {
    ms: SAID_CLOSED_MS,
    ends: () => expandedState(parts) === 'false',
  });
}

/**
 * The widget's list, opened as a person would: a click on it, on its box, then Alt+ArrowDown, then ArrowDown — unless
 * what the clicks opened is not a list (a calendar, a dialog): a key pressed there picks in it (a calendar moves to a
 * date and writes it into the box), so nothing more is done. `other` then says so. Alt+ArrowDown opens a list without
 * changing the choice (the ARIA combobox's keyboard rule); a bare ArrowDown in a closed list is «next option» to some
 * widgets (Kendo's ComboBox and DropDownList), so it comes last; a choice either key made with no list open is
 * reported (`moved`) for the fill to put back. An input that completes from a list and opened none of these ways is
 * typed into, as a person types a few letters of the wanted option (`stem`): PrimeNG's AutoComplete shows its list
 * only then, after its debounce and its search; with no list the box gets back the text it held (with a list, the
 * fill's own undo of a choice not made puts it back).
 */
export async function openWidgetList(
  parts: WidgetParts,
  stem = '',
): Promise<{ list: Element | null; other?: boolean; moved?: boolean }> {
  const watches: Appearing[] = [];
  const watch = (...args: Parameters<typeof appearsLater>) => {
    const appearing = appearsLater(...args);
    watches.push(appearing);
    return appearing;
  };
  try {
    return await opening(parts, stem, watch);
  } finally {
    for (const appearing of watches) appearing.stop();
  }
}

/** The ways a list is opened, in order; the watches it starts end when openWidgetList returns. */
async function opening(
  parts: WidgetParts,
  stem: string,
  watch: (...args: Parameters<typeof appearsLater>) => Appearing,
): Promise<{ list: Element | null; other?: boolean; moved?: boolean }> {
  const doc = parts.root.ownerDocument;
  const before = shownListboxes(doc, parts);
  const already = openList(parts, before);
  if (already) return { list: already };
  const otherOpened = watch(doc, OTHER_POPUPS, () => true);
  const busy = watch(doc, BUSY, shown);
  pointerClick(parts.trigger);
  let list = await listOpening(parts, before, OPEN_TIMEOUT_MS);
  // The widget says its list is open, or the page shows it is loading since the click, and nothing else opened: the
  // list is on its way (a slow page, a dictionary fetched on the first open).
  if (!list && (expandedState(parts) === 'true' || busy()) && !otherOpened())
    list = await waitFor(doc, () => openList(parts, before), LOADING_TIMEOUT_MS);
  if (list) return { list };
  // Some widgets open from their box, others from the keyboard only.
  if (parts.root !== parts.trigger && !otherOpened()) pointerClick(parts.root);
  list = await listOpening(parts, before, OPEN_TIMEOUT_MS / 2);
  if (list) return { list };
  if (otherOpened()) return { list: null, other: true };
  const keys = parts.input ?? parts.trigger;
  focus(keys);
  const choice = shownText(parts).value;
  pressKey(keys, 'ArrowDown', { altKey: true });
  list = await listOpening(parts, before, OPEN_TIMEOUT_MS / 2);
  if (list) return { list };
  pressKey(keys, 'ArrowDown');
  list = await listOpening(parts, before, OPEN_TIMEOUT_MS / 2);
  const moved = !list && shownText(parts).value !== choice;
  const input = parts.input;
  if (list || moved || !stem || !input?.matches(COMPLETES)) return { list, moved };
  const typed = input.value;
  const busyNow = watch(doc, BUSY, shown);
  typeSearch(input, stem);
  list = await waitFor(doc, () => openList(parts, before), OPEN_TIMEOUT_MS);
  if (!list && (expandedState(parts) === 'true' || busyNow()))
    list = await waitFor(doc, () => openList(parts, before), LOADING_TIMEOUT_MS);
  if (list) return { list };
  typeSearch(input, typed);
  return { list: null };
}
