import { blur, focus, pressKey, viewOf } from './events';
import { waitFor } from './listbox';
import type { SplitDateParts } from './types';
import { sameDate } from './verify';
import { afterRender } from './yield';

// A date drawn as day / month / year segments (spans with role=spinbutton and contenteditable, as MUI X and React
// Aria draw their date fields): each segment is focused and typed into the way a person's typing arrives — offered
// as `beforeinput` first (a widget that takes typing from it cancels it and keeps the text to itself), else through
// the browser's editing command; then the segments, the value each states and the form's own input are read back.
// A wrong result is cleared again — after the widget has had a moment to show what it took: under load, a widget that
// renders each key's update a frame later (VKUI) may show the last part, and the form's input take the date, only then.

type Part = keyof SplitDateParts;
export type SegmentValues = Record<Part, string>;
const PARTS: Part[] = ['day', 'month', 'year'];
/** How long a widget may take to show the date it was typed (as a list may take to show its choice). */
const DATE_SHOWN_MS = 600;

function digits(el: HTMLElement): string {
  return (el.textContent ?? '').replace(/\D/g, '');
}

function selectContents(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A `beforeinput` the widget cancelled: it handles typing itself and ignores what editing does to its text. */
function takenByWidget(el: HTMLElement, inputType: string, data: string | null): boolean {
  const init = { inputType, data, bubbles: true, cancelable: true, composed: true };
  return !el.dispatchEvent(new (viewOf(el).InputEvent)('beforeinput', init));
}

/**
 * Typing offered through `beforeinput` (React Aria: the browser's editing command fires no `beforeinput` in
 * Chromium, and an edit it makes changes the text but not the widget's value). Deletions go one at a time, each
 * after the widget has rendered the one before: it takes back one digit per deletion. False: not such a widget.
 */
async function typedByWidget(el: HTMLElement, text: string): Promise<boolean> {
  if (text === '') {
    for (let left = 5; digits(el) !== '' && left > 0; left--) {
      if (!takenByWidget(el, 'deleteContentBackward', null)) return left < 5;
      await settle(el);
    }
    return true;
  }
  const [first, ...rest] = text;
  if (!takenByWidget(el, 'insertText', first)) return false;
  for (const ch of rest) takenByWidget(el, 'insertText', ch);
  return true;
}

/** Replaces a segment's text with `text` ('' clears it) as typing would, once the widget has taken the focus. */
async function typeIntoSegment(el: HTMLElement, text: string): Promise<void> {
  focus(el);
  await settle(el);
  selectContents(el);
  if (await typedByWidget(el, text)) return;
  const doc = el.ownerDocument as Document & {
    execCommand?: (c: string, ui: boolean, v?: string) => boolean;
  };
  let done = false;
  try {
    done =
      text === '' ? !!doc.execCommand?.('delete', false) : !!doc.execCommand?.('insertText', false, text);
  } catch {
    done = false;
  }
  if (done) return;
  if (text === '') {
    pressKey(el, 'Backspace');
    return;
  }
  // Keys a render apart, as a person's arrive: a widget that builds each key on its last render's state (VKUI's
  // DateInput, in React `keydown` handlers) keeps only the last of keys sent in one go.
  const win = viewOf(el);
  for (const [i, ch] of Array.from(text).entries()) {
    if (i > 0) await settle(el);
    el.dispatchEvent(
      new win.KeyboardEvent('keydown', { key: ch, bubbles: true, cancelable: true, composed: true }),
    );
    el.dispatchEvent(
      new win.InputEvent('beforeinput', { inputType: 'insertText', data: ch, bubbles: true, composed: true }),
    );
    el.dispatchEvent(
      new win.InputEvent('input', { inputType: 'insertText', data: ch, bubbles: true, composed: true }),
    );
    el.dispatchEvent(new win.KeyboardEvent('keyup', { key: ch, bubbles: true, composed: true }));
  }
}

async function settle(el: Element): Promise<void> {
  await afterRender(el.ownerDocument.defaultView as Window);
}

export function segmentsHold(
  parts: SplitDateParts,
  holder: HTMLInputElement | undefined,
  iso: string,
): boolean {
  const [y, m, d] = iso.split('-');
  const want: Record<Part, string> = { day: d, month: m, year: y };
  // What a segment shows and, when it states one, the value the widget holds (an edit of the text alone leaves
  // `aria-valuenow` as it was).
  const holds = (p: Part) => {
    const stated = parts[p].getAttribute('aria-valuenow');
    return digits(parts[p]) === want[p] && (stated === null || Number(stated) === Number(want[p]));
  };
  if (!PARTS.every(holds)) return false;
  // The form's own value, when the widget keeps one, must be the same date.
  return !holder || sameDate(holder.value, `${d}.${m}.${y}`, iso) || holder.value === iso;
}

/** What the segments show now, to put back: digits, or '' for a segment showing its placeholder. */
export function segmentValues(parts: SplitDateParts): SegmentValues {
  return { day: digits(parts.day), month: digits(parts.month), year: digits(parts.year) };
}

/** Types each segment's value ('' clears it), then leaves the field. */
export async function typeAll(parts: SplitDateParts, values: Record<Part, string>): Promise<void> {
  for (const p of PARTS) {
    // Each segment after the widget has taken the one before (it moves focus along by itself).
    await typeIntoSegment(parts[p], values[p]);
    await settle(parts[p]);
  }
  blur(parts.year);
  await settle(parts.year);
}

/** Types the date into its segments and checks them; on a wrong result puts the previous segments back. */
export async function writeSegmentsVerified(
  parts: SplitDateParts,
  holder: HTMLInputElement | undefined,
  iso: string,
): Promise<{ ok: boolean; left?: string }> {
  const previous = segmentValues(parts);
  const [year, month, day] = iso.split('-');
  await typeAll(parts, { day, month, year });
  const holds = () => segmentsHold(parts, holder, iso) || null;
  if (await waitFor(parts.year.ownerDocument, holds, DATE_SHOWN_MS)) return { ok: true };
  await typeAll(parts, previous);
  const now = segmentValues(parts);
  const restored = PARTS.every((p) => now[p] === previous[p]);
  return restored ? { ok: false } : { ok: false, left: PARTS.map((p) => parts[p].textContent).join('.') };
}
