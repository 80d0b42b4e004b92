import { matchCategory } from '../catalogue/match';
import { DATE_FIELDS, type FieldKey } from '../checklist/keys';
import { splitFio } from '../checklist/names';
import { normalizeField } from '../checklist/normalize';
import { parseDocumentLine, parseSeriesNumber } from '../checklist/passport';
import type { Meaning } from '../fields/meanings';

// A captured value with its meaning → checklist values: one ФИО string into three, «Серия и номер» into two,
// a free-text document line into series/number/date/issuer, the category name into its catalogue code, dates ISO.
// Values that do not parse are dropped rather than stored wrong (the clerk types them).

export type Parsed = Partial<Record<FieldKey, string>>;

export function parseCaptured(meaning: Meaning, raw: string): Parsed {
  const value = raw.trim();
  switch (meaning) {
    case 'fullName':
      return fromFio(value);
    case 'idSeriesNumber':
      return fromSeriesNumber(value, 'idSeries', 'idNumber');
    case 'basisSeriesNumber':
      return fromSeriesNumber(value, 'basisDocSeries', 'basisDocNumber');
    case 'idDocument':
      return fromDocumentLine(value);
    case 'category':
      return { category: categoryCode(value) };
    case 'benefitStart':
    case 'benefitEnd':
      return fromPeriod(meaning, value);
    default:
      return single(meaning, value);
  }
}

const SNILS_TEXT = /\d{3}[-\s]?\d{3}[-\s]?\d{3}[-\s]?\d{2}(?!\d)/;

function single(key: FieldKey, value: string): Parsed {
  // «01.01.1950 г.», «с 01.02.2020», «112-233-445 95 (подтверждён)» — keep only the date or the number.
  const raw = DATE_FIELDS.includes(key)
    ? dateText(value)
    : key === 'snils'
      ? (value.match(SNILS_TEXT)?.[0] ?? value)
      : value;
  if (!raw) return {};
  const normalized = normalizeField(key, raw);
  if (!normalized) return {};
  if (DATE_FIELDS.includes(key) && !/^\d{4}-\d{2}-\d{2}$/.test(normalized)) return {};
  return { [key]: normalized };
}

const DATE_TEXT = /\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[а-яё]+\s+\d{4}/i;
const SPACED_DIGITS_DATE = /^(\d{1,2})\s+(\d{1,2})\s+(\d{4})$/;

function dateText(value: string): string {
  // Three selects read as «14 02 1951».
  const spaced = value.trim().match(SPACED_DIGITS_DATE);
  if (spaced) return `${spaced[1]}.${spaced[2]}.${spaced[3]}`;
  return value.match(DATE_TEXT)?.[0] ?? '';
}

const ANY_DATE = new RegExp(DATE_TEXT.source, 'gi');

/**
 * «с 01.02.2020 по 31.12.2030», «01.02.2020 – 31.12.2030», «с 01.02.2020 бессрочно»: a period fills both ends
 * whatever its label says; a single date goes where the label says, unless «с»/«по» says otherwise.
 */
function fromPeriod(key: 'benefitStart' | 'benefitEnd', value: string): Parsed {
  const dates: string[] = value.match(ANY_DATE) ?? [];
  if (dates.length >= 2) return { ...single('benefitStart', dates[0]), ...single('benefitEnd', dates[1]) };
  if (dates.length === 0) return {};
  const before = value.slice(0, value.indexOf(dates[0])).trim().toLowerCase();
  const target = /(^|\s)(с|от|начиная\s+с)$/.test(before)
    ? 'benefitStart'
    : /(^|\s)(по|до)$/.test(before)
      ? 'benefitEnd'
      : key;
  return single(target, dates[0]);
}

function fromFio(value: string): Parsed {
  const parts = splitFio(value);
  if (!parts) return {};
  const out: Parsed = {};
  for (const key of ['lastName', 'firstName', 'middleName'] as const) {
    const part = parts[key] ? normalizeField(key, parts[key]) : '';
    if (part) out[key] = part;
  }
  return out;
}

function fromSeriesNumber(value: string, seriesKey: FieldKey, numberKey: FieldKey): Parsed {
  const parsed = parseSeriesNumber(value);
  if (!parsed) return {};
  const out: Parsed = {};
  if (parsed.series) out[seriesKey] = parsed.series;
  if (parsed.number) out[numberKey] = parsed.number;
  return out;
}

function fromDocumentLine(value: string): Parsed {
  const doc = parseDocumentLine(value);
  if (!doc) return {};
  const out: Parsed = {};
  if (doc.series) out.idSeries = doc.series;
  if (doc.number) out.idNumber = doc.number;
  if (doc.issueDate) Object.assign(out, single('idIssueDate', doc.issueDate));
  if (doc.issuer) out.idIssuer = normalizeField('idIssuer', doc.issuer) || doc.issuer;
  return out;
}

/** The catalogue code when the name is known; the text as written when it is not (the clerk sees it). */
function categoryCode(value: string): string {
  return matchCategory(value)?.code ?? value;
}
