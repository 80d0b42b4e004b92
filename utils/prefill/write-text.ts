import { blur, fireChange, insertByCommand, keyUp, readValue, typeByKeys, writeText } from './events';
import { yieldToPage } from './yield';

// Typing a value into a text field so that the field ends up showing it: the plain way first (native setter and
// input/change events), then the browser's editing command (masks and date boxes take it as typing), then key by
// key. After each way the page gets its turn to re-render, the field is read back, and a wrong result is undone
// before the next way is tried. Nothing wrong is ever left behind: the last resort is the previous value.

type TextField = HTMLInputElement | HTMLTextAreaElement;

const WAYS: ((el: TextField, value: string) => void)[] = [
  writeText,
  (el, value) => {
    if (!insertByCommand(el, value)) throw new Error('no editing command');
    if (value) keyUp(el, value.slice(-1));
    fireChange(el);
    blur(el);
  },
  (el, value) => {
    typeByKeys(el, value);
    fireChange(el);
    blur(el);
  },
];

export type TextResult =
  | { ok: true }
  /** `left`: what the field shows after restoring, when it is not what it held before. */
  | { ok: false; shown: string; left?: string };

async function settle(el: Element): Promise<void> {
  await yieldToPage(el.ownerDocument.defaultView as Window);
}

/** Puts `previous` back and reports whether the field shows it again. */
export async function restoreText(el: TextField, previous: string): Promise<boolean> {
  if (readValue(el) === previous) return true;
  writeText(el, previous);
  await settle(el);
  if (readValue(el) === previous) return true;
  if (insertByCommand(el, previous)) {
    fireChange(el);
    blur(el);
    await settle(el);
  }
  return readValue(el) === previous;
}

/**
 * Writes the value (as `values[0]`, or the other spellings of the same value: a mask may want digits only) and
 * checks it with `holds(shown)`; tries the next spelling, then the next way, after undoing a wrong result. Ends with
 * the field showing the value, or showing what it held before (else `left` says what stayed).
 */
export async function writeTextVerified(
  el: TextField,
  values: string[],
  previous: string,
  holds: (shown: string) => boolean,
): Promise<TextResult> {
  let shown = previous;
  for (const way of WAYS) {
    for (const value of values) {
      try {
        way(el, value);
      } catch {
        break;
      }
      await settle(el);
      shown = readValue(el);
      if (holds(shown)) return { ok: true };
      if (!(await restoreText(el, previous))) return { ok: false, shown, left: readValue(el) };
    }
  }
  return { ok: false, shown };
}
