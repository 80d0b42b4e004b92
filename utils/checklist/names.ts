import { collapseSpaces } from './text';

// ФИО: one string into three parts; names keep ё and their hyphens («Соколова-Белая»).

export interface Fio {
  lastName: string;
  firstName: string;
  middleName: string;
}

const NAME_WORD = /^[A-Za-zА-Яа-яЁё]+(?:['’-][A-Za-zА-Яа-яЁё]+)*$/;
/** Turkic patronymic particles written as a separate word: «Алиев Рашид Гасан оглы». */
const PATRONYMIC_PARTICLE = /^(?:оглы|огли|кызы|кизи|улы|уулу)$/i;

/** A name part: spaces collapsed, spaces around hyphens dropped; ALL-CAPS written as «Петров» (ё kept). */
export function normalizeName(s: string): string {
  const text = collapseSpaces(s).replace(/\s*([-‐‑–])\s*/g, '-');
  const letters = text.replace(/[^A-Za-zА-Яа-яЁё]/g, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])([a-zа-яё])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * «Петров Пётр Семёнович» → three parts; «Ким Виктор» → no middle name. Initials («ПЕТРОВ П.С.»), digits or a
 * single word give null: the parts cannot be told apart reliably.
 */
export function splitFio(text: string): Fio | null {
  const clean = normalizeName(text.replace(/[,;]/g, ' '));
  if (!clean) return null;
  const words = clean.split(' ');
  if (words.length < 2 || !words.every((w) => NAME_WORD.test(w))) return null;
  if (words.length > 3 && !words.slice(3).every((w) => PATRONYMIC_PARTICLE.test(w))) return null;
  const [lastName, firstName, ...rest] = words;
  return { lastName, firstName, middleName: rest.join(' ') };
}

/** Letters, hyphens, apostrophes and single spaces only. */
export function isValidName(value: string): boolean {
  return collapseSpaces(value)
    .split(' ')
    .every((w) => NAME_WORD.test(w));
}
