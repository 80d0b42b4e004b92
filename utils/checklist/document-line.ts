import { parseDate } from './dates';
import { collapseSpaces } from './text';

// A document written as one line (or one cell of lines), as cards print the basis document:
// «Удостоверение ветерана труда серия Т-II № 123456 от 15.03.2012, выдано Департаментом …»,
// «Справка о реабилитации / № 3/1-456 от 10.01.1996 / Прокуратура Новосибирской области».
// The name comes before the first requisite, the issuer after «выдан(о)» or after the last requisite.

export interface RequisitesLine {
  name?: string;
  series?: string;
  number?: string;
  issueDate?: string;
  issuer?: string;
  /** The text before the first requisite found (the name, or an unmarked «Т-II 123456» before a date). */
  head?: string;
}

interface Found {
  start: number;
  end: number;
}

const SERIES = /(?<![\p{L}\d])(?:серия|сер\.)\s*(.+?)\s*(?=(?:№|N\s?(?=\d)|номер\s))/iu;
const NUMBER = /(?:№|(?<![\p{L}])N(?=\s?\d)|(?<![\p{L}])номер\s)\s*([^\s,;]+)/iu;
const DATE =
  /(?:(?<![\p{L}])(?:от|выдан[аоы]?|дата\s+выдачи:?)\s+)?(?<!\d)(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[а-яё]+\.?\s+\d{4})(?!\d)(?:\s*(?:г\.|года|г(?=[\s,]|$)))?/giu;
const ISSUER_KEY = /(?<![\p{L}])(?:кем\s+)?выдан[аоы]?(?:\s+кем)?(?![\p{L}])\s*:?\s*/iu;

/** Whether the text carries requisites (a number mark, a series word or a date), not just a document's name. */
export function hasRequisites(text: string): boolean {
  return NUMBER.test(text) || SERIES.test(text) || new RegExp(DATE.source, 'iu').test(text);
}

export function parseRequisitesLine(input: string): RequisitesLine {
  const text = collapseSpaces(input);
  const out: RequisitesLine = {};
  const spans: Found[] = [];

  for (const m of text.matchAll(DATE)) {
    const iso = parseDate(m[1]);
    if (!iso) continue;
    out.issueDate = iso;
    spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    break;
  }
  const series = text.match(SERIES);
  if (series && !overlaps(spans, series.index ?? 0)) {
    out.series = tidy(series[1]);
    spans.push({ start: series.index ?? 0, end: (series.index ?? 0) + series[0].length });
  }
  const number = text.match(NUMBER);
  if (number && /\d/.test(number[1]) && !overlaps(spans, number.index ?? 0)) {
    out.number = tidy(number[1]);
    spans.push({ start: number.index ?? 0, end: (number.index ?? 0) + number[0].length });
  }
  if (spans.length === 0) return out;

  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  const name = tidy(text.slice(0, first));
  if (name) out.head = name;
  if (/\p{L}{3}/u.test(name)) out.name = name;

  const after = text.slice(last);
  const key = after.match(ISSUER_KEY);
  const issuer = tidy(key ? after.slice((key.index ?? 0) + key[0].length) : after);
  if (/\p{L}{3}/u.test(issuer)) out.issuer = issuer;
  return out;
}

function overlaps(spans: Found[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/** Without the commas, dots and dashes that glue requisites together. */
function tidy(part: string): string {
  return collapseSpaces(part).replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/g, '');
}
