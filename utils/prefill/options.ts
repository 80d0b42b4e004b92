import { categoryByCode, matchCategory, textNamesCategory } from '../catalogue/match';
import { monthFromName } from '../checklist/dates';
import { optionsIn } from '../fields/text';
import type { ControlOption, SplitDateParts } from './types';

// Choosing an option of a select / radio group / datalist for a value: categories through the catalogue (so
// «Ветераны труда» matches «Ветеран труда» but never «Ветеран труда Новосибирской области»), other values by a
// tolerant text comparison.

export function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The catalogue's official name of a category code (the code itself if the catalogue does not know it). */
export function categoryName(code: string): string {
  return categoryByCode(code)?.name ?? code;
}

function isPlaceholderOption(o: ControlOption): boolean {
  return o.value === '' && /выбер|не выбран|^[\s\-—–]*$/i.test(o.text);
}

/** The options the catalogue reads as this category («Инвалиды I группы» and «Инвалиды II группы» both are). */
export function optionsOfCategory(options: ControlOption[], code: string): ControlOption[] {
  return options.filter((o) => !isPlaceholderOption(o) && matchCategory(o.text)?.code === code);
}

export function optionForCategory(options: ControlOption[], code: string): ControlOption | null {
  const real = options.filter((o) => !isPlaceholderOption(o));
  const byValue = real.find((o) => o.value === code);
  if (byValue) return byValue;
  const byCatalogue = optionsOfCategory(real, code);
  // Several options of the category: only the general one (fewest words: «Инвалиды» beside «Инвалиды I группы») is
  // it; a group, a degree or a kind the checklist does not hold is never guessed.
  if (byCatalogue.length > 1) {
    const words = (o: ControlOption) => normalize(o.text).split(' ').length;
    const fewest = Math.min(...byCatalogue.map(words));
    const general = byCatalogue.filter((o) => words(o) === fewest);
    return general.length === 1 ? general[0] : null;
  }
  if (byCatalogue.length === 1) return byCatalogue[0];
  const name = normalize(categoryName(code));
  const byName = real.find((o) => normalize(o.text) === name);
  if (byName) return byName;
  // A combined option («Реабилитированные лица и лица, признанные пострадавшими…») that names this category.
  return real.find((o) => !matchCategory(o.text) && textNamesCategory(o.text, code)) ?? null;
}

/** Word stems (first five letters) of a text, to compare «ветерана труда» with «Ветеран труда». */
function stems(s: string): Set<string> {
  return new Set(
    normalize(s)
      .split(' ')
      .filter((w) => w.length > 1)
      .map((w) => w.slice(0, 5)),
  );
}

/** Every word of the wanted text is in the option («Удостоверение ветерана труда» is not «Ветеран труда»). */
function coversStems(have: string, want: string): boolean {
  const x = stems(have);
  return [...stems(want)].every((w) => x.has(w));
}

/** Share of stems two texts have in common (Jaccard). */
function stemOverlap(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

/**
 * Exact (normalised) text, then the option whose text starts with / contains the value (or the reverse), then
 * the option sharing most word stems (at least 60 %).
 */
export function optionByText(options: ControlOption[], text: string): ControlOption | null {
  const want = normalize(text);
  if (!want) return null;
  const real = options.filter((o) => !isPlaceholderOption(o));
  const scored = real
    .map((o) => {
      const have = normalize(o.text);
      const value = normalize(o.value);
      let score = 0;
      if (have === want || value === want) score = 4;
      else if (have.startsWith(want) || want.startsWith(have)) score = have && want ? 2 : 0;
      else if (have.includes(want) || (have.length > 3 && want.includes(have))) score = 1;
      else if (coversStems(have, want) && stemOverlap(have, want) >= 0.6) score = stemOverlap(have, want);
      return { o, score };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.o ?? null;
}

function optionsOfElement(el: HTMLElement): ControlOption[] {
  if (el.tagName !== 'SELECT') return [];
  return optionsIn(el).map((o) => ({ value: o.value, text: o.text.trim() }));
}

function numberOption(options: ControlOption[], n: number): ControlOption | null {
  return (
    options.find((o) => /^\d+$/.test(o.text.trim()) && Number(o.text) === n) ??
    options.find((o) => /^\d+$/.test(o.value) && Number(o.value) === n) ??
    null
  );
}

/** Values for the three parts of a split date, or the part whose options lack the date. */
export function splitDateValues(
  parts: SplitDateParts,
  iso: string,
): { day: string; month: string; year: string } | { problem: string } {
  const [y, m, d] = iso.split('-').map(Number);
  const pick = (el: HTMLElement, n: number, pad: number, isMonth: boolean): string | null => {
    if (el.tagName !== 'SELECT') return String(n).padStart(pad, '0');
    const options = optionsOfElement(el);
    const byName = isMonth ? options.find((o) => monthFromName(o.text) === n) : undefined;
    return (byName ?? numberOption(options, n))?.value ?? null;
  };
  const day = pick(parts.day, d, 2, false);
  const month = pick(parts.month, m, 2, true);
  const year = pick(parts.year, y, 4, false);
  if (day === null) return { problem: `В списке дней нет «${d}»` };
  if (month === null) return { problem: `В списке месяцев нет месяца ${m}` };
  if (year === null) return { problem: `В списке лет нет ${y} года` };
  return { day, month, year };
}
