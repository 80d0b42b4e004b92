import { foldText } from './text';

// Dates: stored ISO (YYYY-MM-DD), shown ДД.ММ.ГГГГ; forms also write «1 января 1950 г.» or split into selects.

export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

export const RU_MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

const MIN_YEAR = 1850;
const MAX_YEAR = 2150;

/** Month number 1–12 for a month name in any common form («января», «Январь», «янв.», «01 — январь»); else null. */
export function monthFromName(text: string): number | null {
  const words = foldText(text).match(/[а-я]+/g);
  if (words?.length !== 1) return null;
  const word = words[0];
  for (let i = 0; i < 12; i++) {
    const nominative = RU_MONTHS_NOMINATIVE[i];
    const prepositional = `${nominative.replace(/[ьй]$/, '')}е`; // «в январе», «в мае»
    if (word === nominative || word === RU_MONTHS_GENITIVE[i] || word === prepositional) return i + 1;
    // Abbreviations: «янв», «сент», «дек» (three letters tell all months apart).
    if (word.length >= 3 && nominative.startsWith(word)) return i + 1;
  }
  return null;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string | null {
  if (!isValidYmd(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC_DMY = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const ISO_YMD =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[tT ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[zZ]|[+-]\d{2}:?\d{2})?)?$/;
const WORD_DMY = /^(\d{1,2})\s+([а-я]+)\.?\s+(\d{4})$/;

/** ISO date for ДД.ММ.ГГГГ, Д.М.ГГГГ, ДД/ММ/ГГГГ, ISO (with or without time), «1 января 1950 г.»; null otherwise. */
export function parseDate(input: string): string | null {
  const text = foldText(input)
    .replace(/^(?:с|по|от)\s+/, '')
    .replace(/\s*(?:г\.?|года?)\s*$/, '')
    .trim();
  let m = text.match(NUMERIC_DMY);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = text.match(ISO_YMD);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = text.match(WORD_DMY);
  if (m) {
    const month = monthFromName(m[2]);
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

const STORED_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a value is a date as the checklist stores it (YYYY-MM-DD). */
export function isIsoDate(value: string): boolean {
  return STORED_DATE.test(value);
}

/** ДД.ММ.ГГГГ for an ISO date; any other text is returned as is. */
export function formatDateRu(isoDate: string): string {
  const m = isoDate.match(STORED_DATE);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDate;
}

/** Today as ISO in local time (what the clerk's calendar says). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const mo = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${mo}-${d}`;
}
