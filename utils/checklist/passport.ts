import { parseDate } from './dates';
import { collapseSpaces } from './text';

// Identity-document text as printed on cards: «50 04 123456», «5004 № 123456», «серия 5004 номер 123456», and a
// free-text line «серия 5002 № 777888, выдан 01.06.2002, Отделом …, код подразделения 540-001».

export interface SeriesNumber {
  series: string;
  number: string;
}

export interface DocumentLine {
  series?: string;
  number?: string;
  issueDate?: string;
  issuer?: string;
  divisionCode?: string;
}

const NUMBER_MARK = /\s*(?:№|N[oº°]?\.?|номер|ном\.)\s*/i;
const SERIES_WORD = /^(?:серия|серии|сер\.)\s*/i;

function compactSeries(series: string): string {
  // «50 04» → «5004»; other series (basis documents: «Т-II», «МСЭ-2019») are kept as written.
  return /^\d{2}\s\d{2}$/.test(series) ? series.replace(' ', '') : series;
}

function cleanPart(part: string): string {
  return collapseSpaces(part).replace(/^[\s:,.;]+|[\s:,;]+$/g, '');
}

/** Series and number of a document; the number is kept as written (no zero-padding here). */
export function parseSeriesNumber(text: string): SeriesNumber | null {
  const clean = cleanPart(collapseSpaces(text).replace(SERIES_WORD, ''));
  if (!clean) return null;
  const leadingMark = clean.match(new RegExp(`^${NUMBER_MARK.source}`, 'i'));
  if (leadingMark) {
    // «№ 4-1187»: a number without a series.
    const number = cleanPart(clean.slice(leadingMark[0].length));
    return /\d/.test(number) ? { series: '', number } : null;
  }
  const marked = clean.split(NUMBER_MARK).filter((p) => p.length > 0);
  if (marked.length === 2 && NUMBER_MARK.test(clean)) {
    const series = compactSeries(cleanPart(marked[0].replace(SERIES_WORD, '')));
    const number = cleanPart(marked[1]);
    return series && /\d/.test(number) ? { series, number } : null;
  }
  if (/^[\d\s]+$/.test(clean)) {
    const digits = clean.replace(/\s/g, '');
    if (digits.length === 10) return { series: digits.slice(0, 4), number: digits.slice(4) };
    const groups = clean.split(' ');
    if (groups.length === 3 && groups[0].length === 2 && groups[1].length === 2) {
      return { series: groups[0] + groups[1], number: groups[2] };
    }
    if (groups.length === 2) return { series: groups[0], number: groups[1] };
    return null;
  }
  const words = clean.split(' ');
  if (words.length < 2 || !/\d/.test(words[words.length - 1])) return null;
  return { series: compactSeries(words.slice(0, -1).join(' ')), number: words[words.length - 1] };
}

const DIVISION = /(?:,\s*)?(?:код\s+подразделения|к\/п|кп)\s*[:№]?\s*(\d{3})\s*[-‐‑–]?\s*(\d{3})/i;
const BARE_DIVISION = /(?:^|[\s,])(\d{3})-(\d{3})(?=$|[\s,.;])/;
const DATE_IN_TEXT =
  /(?:дата\s+выдачи\s*:?\s*|от\s+)?(?<!\d)(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[а-яё]+\.?\s+\d{4})(?!\d)(?:\s*(?:г\.|года|г(?=[\s,]|$)))?/gi;
const SERIES_NUMBER_IN_TEXT =
  /(?:серия\s*)?(\d{2}\s?\d{2})\s*(?:(?:№|N|номер|ном\.)\s*)?(\d{6})(?!\d)|серия\s*(\S+)\s*(?:№|номер)\s*(\S+)/i;
const ISSUER_KEY = /(?:кем\s+выдан[аo]?|выдан[аo]?|орган,?\s+выдавший\s+документ)\s*:?\s*/i;

/** Pulls what it can from a free-text document line; fields it cannot find are absent. */
export function parseDocumentLine(text: string): DocumentLine {
  let rest = collapseSpaces(text);
  const out: DocumentLine = {};

  const division = rest.match(DIVISION) ?? rest.match(BARE_DIVISION);
  if (division) {
    out.divisionCode = `${division[1]}-${division[2]}`;
    rest = rest.replace(division[0], ' ');
  }

  // The first candidate that is a real date («02 номер 7778» looks like one and is not).
  for (const date of rest.matchAll(DATE_IN_TEXT)) {
    const iso = parseDate(date[1]);
    if (!iso) continue;
    out.issueDate = iso;
    rest = rest.replace(date[0], ' ');
    break;
  }

  const sn = rest.match(SERIES_NUMBER_IN_TEXT);
  if (sn) {
    out.series = sn[1] ? sn[1].replace(/\s/g, '') : sn[3].replace(/[,;]$/, '');
    out.number = sn[2] ?? sn[4].replace(/[,;]$/, '');
    rest = `${rest.slice(0, sn.index)} ${rest.slice((sn.index ?? 0) + sn[0].length)}`;
  }

  const key = rest.match(ISSUER_KEY);
  if (key) {
    const issuer = cleanPart(rest.slice((key.index ?? 0) + key[0].length).replace(/\s+,/g, ','));
    if (/[А-Яа-яЁёA-Za-z]{2}/.test(issuer)) out.issuer = issuer;
  }
  return out;
}
