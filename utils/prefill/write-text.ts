import {
  blur,
  fireChange,
  insertByCommand,
  keyUp,
  pressKey,
  readValue,
  typeByKeys,
  writeText,
} from './events';
import { appearsLater, OTHER_POPUPS, shown as onScreen, untilQuiet, waitFor } from './listbox';
import { afterPageTimers, afterRender, yieldToPage } from './yield';

// Typing a value into a text field so that the field ends up showing it: the plain way first (native setter and
// input/change events), then the browser's editing command (masks and date boxes take it as typing), then key by key,
// then key by key a frame apart. After each way the page gets its turn to re-render, the field is read back, and a
// wrong result is undone before the next way is tried — also a value shown right that the page itself marks wrong (a
// format its script or the field's `pattern` checks). Nothing wrong is ever left behind: the last resort is the
// previous value.

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** How long a box may take to show what was written into it (a framework rendering it from its state). */
const RENDER_LATE_MS = 100;
/** A popup counts as open once the page has not changed for POPUP_QUIET_MS, POPUP_OPENING_MS at most. */
const POPUP_QUIET_MS = 60;
const POPUP_OPENING_MS = 400;
/** A popup that opens after the write is seen once the page has been still LATE_QUIET_MS, LATE_POPUP_MS at most. */
const LATE_QUIET_MS = 30;
const LATE_POPUP_MS = 150;

const WAYS: ((el: TextField, value: string) => void | Promise<void>)[] = [
  writeText,
  (el, value) => {
    if (!insertByCommand(el, value)) throw new Error('no editing command');
    if (value) keyUp(el, value.slice(-1));
    fireChange(el);
    blur(el);
  },
  async (el, value) => {
    await typeByKeys(el, value);
    fireChange(el);
    blur(el);
  },
  // Key by key a frame apart, the slowest way, for a box that moves between its parts in animation frames.
  async (el, value) => {
    await typeByKeys(el, value, afterRender);
    fireChange(el);
    blur(el);
  },
];

export type TextResult =
  | { ok: true }
  /**
   * `left`: what the field shows after restoring, when it is not what it held before; `flagged`: a value the field
   * showed as intended but the page marked wrong.
   */
  | { ok: false; shown: string; left?: string; flagged?: string };

/** What the page said of the field before the write: a value it marks wrong after the write is wrong for it. */
interface PageMarks {
  aria: boolean;
  custom: boolean;
}

const marksOf = (el: TextField): PageMarks => ({
  aria: el.getAttribute('aria-invalid') === 'true',
  custom: !!el.validity?.customError,
});

/**
 * Whether the page rejects what the field now shows: the field's own constraints (`pattern`, `type`), or a mark its
 * script set after the write (`aria-invalid`, a custom validity message). A mark that was there before (a required
 * field shown empty and red) is not the value's doing.
 */
function pageRejects(el: TextField, before: PageMarks): boolean {
  const v = el.validity;
  if (v && (v.patternMismatch || v.typeMismatch || v.badInput)) return true;
  if (!before.custom && v?.customError) return true;
  return !before.aria && el.getAttribute('aria-invalid') === 'true';
}

async function settle(el: Element): Promise<void> {
  await yieldToPage(el.ownerDocument.defaultView as Window);
}

/** The page's turn and the timers it set meanwhile (a mask that reformats its box in a timer). */
async function settleWithTimers(el: Element): Promise<void> {
  await afterPageTimers(el.ownerDocument.defaultView as Window);
}

/** Puts `previous` back and reports whether the field shows it again, each attempt read back after `turn`. */
async function restoreText(
  el: TextField,
  previous: string,
  turn: (el: Element) => Promise<void>,
): Promise<boolean> {
  if (readValue(el) === previous) return true;
  writeText(el, previous);
  await turn(el);
  if (readValue(el) === previous) return true;
  if (insertByCommand(el, previous)) {
    fireChange(el);
    blur(el);
    await turn(el);
  }
  if (readValue(el) === previous) return true;
  insertByCommand(el, '');
  // A box that takes its text part by part (Kendo's DateInput, its empty mask «день.месяц.год» its value) mangles any
  // text written into it whole, that mask included. Cleared as a person clears it — all selected, deleted — it shows
  // its empty mask again; what it held before is typed back key by key. A box that takes keys only (React Suite's
  // date input refuses the command; a browser may have none) is cleared by the keys: all selected, Backspace.
  await turn(el);
  if (readValue(el) !== previous) {
    el.select();
    pressKey(el, 'Backspace');
    await turn(el);
  }
  if (readValue(el) !== previous) await typeByKeys(el, previous);
  fireChange(el);
  blur(el);
  await turn(el);
  return readValue(el) === previous;
}

/**
 * A mark seen right after the write may be the page's view of an earlier attempt, not yet rendered anew (Angular
 * updates `aria-invalid` in its next change detection): it counts only if it is still there after the page's frame.
 */
async function stillRejected(el: TextField, before: PageMarks): Promise<boolean> {
  if (!pageRejects(el, before)) return false;
  await afterRender(el.ownerDocument.defaultView as Window);
  return pageRejects(el, before);
}

/**
 * A box whose popup is still open after the write (Blueprint's DateInput opens its calendar on focus and keeps it
 * over the fields below; react-datepicker's calendar, a dialog the box names by no ARIA, opens on focus and closes
 * only on a click elsewhere or a key) is closed with Escape, as a person does — once the popup has opened (the page
 * quiet): Vaadin's date picker, closed in the middle of opening, hides the whole page from assistive technology for
 * good (its `aria-hidden` on everything outside the calendar is never taken back). A box that takes Escape for «put
 * it back» (Vaadin's date picker cancels what was typed) gets the value again and Enter, with which a person commits
 * a typed date there: its app hears of the date only then, and its calendar, left open, would cover the fields below.
 */
async function closePopup(
  el: TextField,
  write: () => void | Promise<void>,
  holds: (shown: string) => boolean,
  /** A calendar or dialog shown since the fill came to this box. */
  popped: () => boolean,
): Promise<boolean> {
  const open = () => el.getAttribute('aria-expanded') === 'true' || popped();
  // A box that says it opens a calendar or dialog may open it a moment after the write took (PrimeNG's date picker
  // shows its calendar in the page's next change detection): it is watched until the popup opens or the page is
  // still. Only such a box: the watch costs each ~30 ms, and some libraries mark every text box `aria-expanded`.
  const calendar = /^(dialog|grid)$/.test(el.getAttribute('aria-haspopup') ?? '');
  if (!open() && calendar && el.getAttribute('aria-expanded') === 'false') {
    await waitFor(el.ownerDocument, () => (open() ? true : null), LATE_POPUP_MS, {
      ms: LATE_QUIET_MS,
      ends: () => true,
    });
  }
  if (!open()) return true;
  const opened = async () => {
    await afterRender(el.ownerDocument.defaultView as Window);
    await untilQuiet(el.ownerDocument, POPUP_QUIET_MS, POPUP_OPENING_MS);
  };
  await opened();
  pressKey(el, 'Escape');
  await settle(el);
  if (holds(readValue(el))) return true;
  await write();
  await opened();
  if (!holds(readValue(el)) || !open()) return holds(readValue(el));
  pressKey(el, 'Enter');
  await settle(el);
  return holds(readValue(el));
}

/** A way of writing (its place in WAYS) and a spelling (its place in the values): one attempt. */
export interface Attempt {
  way: number;
  value: number;
}

/**
 * What took on the boxes of the fill so far, by their kind: a form's date boxes are mostly one widget, and one that
 * takes only digits typed a frame apart refuses a dozen attempts first (~0.15 s each).
 */
export type WayMemory = Map<string, Attempt>;

/**
 * A box's kind: what one component draws alike on each of its boxes, read before the write (a framework marks a box
 * it has seen edited). A plain box beside a date picker's differs, so what took on one is not tried first on the
 * other: a spelling both accept (ISO) would read as the date in one and stay as typed in the other.
 */
const kindOf = (el: TextField) =>
  [
    el.tagName,
    el.type,
    el.className,
    el.placeholder,
    el.inputMode,
    el.maxLength,
    el.getAttribute('role'),
    el.getAttribute('aria-haspopup'),
  ].join('|');

/**
 * Every way with every spelling, in order, after the attempt that took on a box of the kind. That one keeps its place
 * in the order too: a box may take it only after the attempts before it (the first keys a box ever gets).
 */
function attemptsInOrder(spellings: number, first?: Attempt): Attempt[] {
  const all = WAYS.flatMap((_, way) => Array.from({ length: spellings }, (_, value) => ({ way, value })));
  return first && (first.way !== 0 || first.value !== 0) ? [first, ...all] : all;
}

/**
 * Writes the value (as `values[0]`, or the other spellings of the same value: a mask may want digits only) and
 * checks it with `holds(shown)`; tries the next spelling, then the next way, after undoing a wrong result. Ends with
 * the field showing the value, or showing what it held before (else `left` says what stayed). `memory`: the attempt
 * that took on a box of the same kind goes first, and the one that takes here is kept for the kind.
 */
export async function writeTextVerified(
  el: TextField,
  values: string[],
  previous: string,
  holds: (shown: string) => boolean,
  /** Each write is read back after the page's timers too: the box took a write back a moment after it showed it. */
  timers = false,
  memory?: WayMemory,
): Promise<TextResult> {
  let shown = previous;
  let flagged: string | undefined;
  const before = marksOf(el);
  const popped = appearsLater(el.ownerDocument, OTHER_POPUPS, onScreen);
  const turn = timers ? settleWithTimers : settle;
  const kind = memory && kindOf(el);
  try {
    /** Ways the box has none of (no editing command): their other spellings are not tried. */
    const missing = new Set<number>();
    for (const attempt of attemptsInOrder(values.length, kind ? memory.get(kind) : undefined)) {
      if (missing.has(attempt.way)) continue;
      const way = WAYS[attempt.way];
      const value = values[attempt.value];
      try {
        await way(el, value);
      } catch {
        missing.add(attempt.way);
        continue;
      }
      await turn(el);
      shown = readValue(el);
      // A box the page renders from its own state a task or a frame after the events (Blueprint's DateInput takes
      // the app's date in a React effect) shows the value only then: looked at again after the page's next frames,
      // for up to RENDER_LATE_MS, before it counts as refused.
      for (let at = Date.now(); !holds(shown) && Date.now() - at < RENDER_LATE_MS; ) {
        await afterRender(el.ownerDocument.defaultView as Window);
        shown = readValue(el);
      }
      if (holds(shown)) {
        if (await stillRejected(el, before)) flagged = shown;
        else if (await closePopup(el, () => way(el, value), holds, popped)) {
          if (kind) memory.set(kind, attempt);
          return { ok: true };
        } else shown = readValue(el);
      }
      if (!(await restoreText(el, previous, turn))) return { ok: false, shown, left: readValue(el), flagged };
    }
    return { ok: false, shown, flagged };
  } finally {
    popped.stop(); // the watch ends with the field's write
  }
}
