import { cleanText, optionsIn } from '../fields/text';

// Recognises a date written as three controls (day / month / year) — selects, small inputs, or the segments of a
// date field drawn as spans (`role="spinbutton"`, MUI X) — so collect can treat the trio as one date control.

export type Part = 'day' | 'month' | 'year';

/** A month's name in an option («января», «Январь», «янв.», «01 — январь»); the plan reads which one it is. */
const MONTH_NAME = /(?:^|[^а-яё])(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)/i;

function optionTexts(el: Element): string[] {
  if (el.tagName !== 'SELECT') return [];
  return optionsIn(el).map((o) => cleanText(o.text));
}

function numbers(texts: string[]): number[] {
  return texts.filter((t) => /^\d+$/.test(t)).map(Number);
}

function ownWords(el: Element): string {
  const words = ['name', 'id', 'placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? '');
  // A segment shows its placeholder as its text («ДД», «ММ», «ГГГГ») while empty.
  if (el.getAttribute('role') === 'spinbutton') words.push(el.textContent ?? '');
  return words.join(' ').toLowerCase();
}

/** A segment's range says which part it is: up to 31 days, 12 months, or a four-digit year. */
function partByRange(el: Element): Part | null {
  const max = Number(el.getAttribute('aria-valuemax'));
  if (max === 31) return 'day';
  if (max === 12) return 'month';
  return max >= 999 ? 'year' : null;
}

/** Which part of a date one control is, told by its options, then by its own attributes. */
export function datePartOf(el: Element): Part | null {
  const texts = optionTexts(el);
  if (texts.length > 0) {
    const monthNames = texts.filter((t) => MONTH_NAME.test(t)).length;
    if (monthNames >= 12) return 'month';
    const nums = numbers(texts);
    if (nums.length >= 28 && Math.max(...nums) === 31) return 'day';
    if (nums.length === 12 && Math.max(...nums) === 12) return 'month';
    if (nums.length >= 2 && nums.every((n) => n >= 1900 && n <= 2100)) return 'year';
  }
  const words = ownWords(el);
  if (/(^|[^a-zа-я])(day|дд|день|число)([^a-zа-я]|$)|_day|day_|\bdd\b/.test(words)) return 'day';
  if (/(^|[^a-zа-я])(month|мм|месяц)([^a-zа-я]|$)|_month|month_|\bmm\b/.test(words)) return 'month';
  if (/(^|[^a-zа-я])(year|гггг|год)([^a-zа-я]|$)|_year|year_|\byyyy\b/.test(words)) return 'year';
  return el.getAttribute('role') === 'spinbutton' ? partByRange(el) : null;
}

/** Which date part a control can be (a textarea never is). */
export const partOfControl = (el: Element): Part | null =>
  el.tagName === 'TEXTAREA' ? null : datePartOf(el);

/**
 * Finds day/month/year trios among controls in document order; returns [dayIndex, monthIndex, yearIndex] lists.
 * `partOf` may answer from parts recognised earlier (collect recognises them while it walks the page, a slice at a time).
 */
export function findSplitDates(
  controls: Element[],
  partOf: (el: Element) => Part | null = partOfControl,
): [number, number, number][] {
  const trios: [number, number, number][] = [];
  // Each control's part once (a form of thousands of fields looks at each of them once).
  const parts = controls.map(partOf);
  for (let i = 0; i + 2 < controls.length; i++) {
    if (!parts[i] || !parts[i + 1] || !parts[i + 2]) continue;
    const three = [controls[i], controls[i + 1], controls[i + 2]];
    const trio = [parts[i], parts[i + 1], parts[i + 2]];
    const idx = (p: Part) => trio.indexOf(p);
    if (idx('day') < 0 || idx('month') < 0 || idx('year') < 0) continue;
    // Three inputs count only when their own words say day/month/year (they did, to get here); segments stay
    // among themselves.
    const segments = three.filter((el) => el.getAttribute('role') === 'spinbutton').length;
    if (segments !== 0 && segments !== 3) continue;
    if (
      segments === 0 &&
      !three.some((el) => el.tagName === 'SELECT') &&
      three.some((el) => el.tagName !== 'INPUT')
    )
      continue;
    if (!commonBox(three)) continue;
    trios.push([i + idx('day'), i + idx('month'), i + idx('year')]);
    i += 2;
  }
  return trios;
}

/** The nearest box holding all of `els`, if it is close (within `levels` levels of the first; three for a date). */
export function commonBox(els: Element[], levels = 3): Element | null {
  let box: Element | null = els[0].parentElement;
  for (let depth = 0; box && depth < levels; depth++) {
    if (els.every((el) => box?.contains(el))) return box;
    box = box.parentElement;
  }
  return null;
}

/**
 * The input that holds a segmented date's value for the form (hidden from the clerk), next to the segments: what
 * the form submits, read back after a write.
 */
export function holderOf(box: Element): HTMLInputElement | null {
  const group = box.closest('[role="group"]') ?? box.parentElement ?? box;
  const input = group.querySelector('input:not([type="checkbox"]):not([type="radio"])');
  return input && !input.closest('[role="spinbutton"]') ? (input as HTMLInputElement) : null;
}
