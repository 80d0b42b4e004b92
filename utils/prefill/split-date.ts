import { cleanText } from '../fields/text';

// Recognises a date written as three controls (day / month / year), selects or small inputs, so collect can
// treat the trio as one date control.

type Part = 'day' | 'month' | 'year';

/** A month's name in an option («января», «Январь», «янв.», «01 — январь»); the plan reads which one it is. */
const MONTH_NAME = /(?:^|[^а-яё])(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)/i;

function optionTexts(el: Element): string[] {
  if (el.tagName !== 'SELECT') return [];
  return Array.from((el as HTMLSelectElement).options).map((o) => cleanText(o.text));
}

function numbers(texts: string[]): number[] {
  return texts.filter((t) => /^\d+$/.test(t)).map(Number);
}

function ownWords(el: Element): string {
  return [
    el.getAttribute('name'),
    el.getAttribute('id'),
    el.getAttribute('placeholder'),
    el.getAttribute('aria-label'),
    el.getAttribute('title'),
  ]
    .map((s) => (s ?? '').toLowerCase())
    .join(' ');
}

/** Which part of a date one control is, judged by its options, then by its own attributes. */
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
  return null;
}

/** Finds day/month/year trios among controls in document order; returns [dayIndex, monthIndex, yearIndex] lists. */
export function findSplitDates(controls: Element[]): [number, number, number][] {
  const trios: [number, number, number][] = [];
  for (let i = 0; i + 2 < controls.length; i++) {
    const three = [controls[i], controls[i + 1], controls[i + 2]];
    const parent = commonBox(three);
    if (!parent) continue;
    const parts = three.map(datePartOf);
    const idx = (p: Part) => parts.indexOf(p);
    if (idx('day') < 0 || idx('month') < 0 || idx('year') < 0) continue;
    if (!three.some((el) => el.tagName === 'SELECT')) {
      // Three inputs count only when their own words say day/month/year.
      if (three.some((el) => el.tagName !== 'INPUT')) continue;
    }
    trios.push([i + idx('day'), i + idx('month'), i + idx('year')]);
    i += 2;
  }
  return trios;
}

/** The nearest box holding all three, if it is close (within three levels of the first). */
export function commonBox(els: Element[]): Element | null {
  let box: Element | null = els[0].parentElement;
  for (let depth = 0; box && depth < 3; depth++) {
    if (els.every((el) => box?.contains(el))) return box;
    box = box.parentElement;
  }
  return null;
}
