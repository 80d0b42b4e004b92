import { matchCategory } from '../catalogue/match';
import { isIsoDate } from '../checklist/dates';
import { hasRequisites, parseRequisitesLine } from '../checklist/document-line';
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
      // «50 04 № 123456 от 12.03.2005»: the date printed with the number is the issue date.
      return DATE_TEXT.test(value)
        ? fromDocumentLine(value)
        : fromSeriesNumber(value, 'idSeries', 'idNumber');
    case 'basisSeriesNumber':
      return DATE_TEXT.test(value)
        ? fromRequisites(value, false)
        : fromSeriesNumber(value, 'basisDocSeries', 'basisDocNumber');
    case 'idDocument':
      return fromDocumentLine(value);
    case 'basisDocName':
      // «Удостоверение … серия А № 654321 от 20.01.2001, выдано …»: the name and its requisites in one line.
      return hasRequisites(value) ? fromRequisites(value, true) : single(meaning, value);
    case 'category':
      return { category: categoryCode(value) };
    case 'idIssuer':
    case 'idIssue':
      return fromIssuer(value, 'idIssuer', 'idIssueDate');
    case 'basisDocIssuer':
    case 'basisIssue':
      return fromIssuer(value, 'basisDocIssuer', 'basisDocIssueDate');
    case 'benefitStart':
    case 'benefitEnd':
      return fromPeriod(meaning, value);
    default:
      return single(meaning, value);
  }
}

const SNILS_TEXT = /\d{3}[-\s]?\d{3}[-\s]?\d{3}[-\s]?\d{2}(?!\d)/;
/** The first Russian phone number in a cell that may list several («+7 (383) 210-10-10 +7 913 … (дочь)»). */
const PHONE_TEXT = /(?:\+7|8)[\s-]?\(?\d{3,5}\)?[\s-]?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)/;

function single(key: FieldKey, value: string): Parsed {
  // «01.01.1950 г.», «с 01.02.2020», «112-233-445 95 (подтверждён)» — keep only the date or the number.
  const raw = DATE_FIELDS.includes(key)
    ? dateText(value)
    : key === 'snils'
      ? (value.match(SNILS_TEXT)?.[0] ?? value)
      : key === 'phone'
        ? (value.match(PHONE_TEXT)?.[0] ?? value)
        : value;
  if (!raw) return {};
  const normalized = normalizeField(key, raw);
  if (!normalized) return {};
  if (DATE_FIELDS.includes(key) && !isIsoDate(normalized)) return {};
  return { [key]: normalized };
}

const DATE_TEXT = /\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[а-яё]+\s+\d{4}/i;
const SPACED_DIGITS_DATE = /^(\d{1,2})\s+(\d{1,2})\s+(\d{4})$/;
/** «01.03.56» on print forms: a two-digit year, nothing else around it but words. */
const SHORT_YEAR_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/;

function dateText(value: string, now: Date = new Date()): string {
  // Three selects read as «14 02 1951».
  const spaced = value.trim().match(SPACED_DIGITS_DATE);
  if (spaced) return `${spaced[1]}.${spaced[2]}.${spaced[3]}`;
  const full = value.match(DATE_TEXT)?.[0];
  if (full) return full;
  // A printed two-digit year is the latest such year not in the future: «56» → 1956, «05» → 2005.
  const short = value.match(SHORT_YEAR_DATE);
  if (!short) return '';
  const yy = Number(short[3]);
  const century = yy <= now.getFullYear() % 100 ? 2000 : 1900;
  return `${short[1]}.${short[2]}.${century + yy}`;
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

/** «Выдан: 25.07.2000, Октябрьским РУВД …» — the issue date printed with the issuer goes to its own field. */
function fromIssuer(value: string, issuerKey: FieldKey, dateKey: FieldKey): Parsed {
  const date = value.match(DATE_TEXT);
  if (!date) return single(issuerKey, value);
  const issuer = `${value.slice(0, date.index)} ${value.slice((date.index ?? 0) + date[0].length)}`
    .replace(/^\s*(?:(?:от|выдан[аоы]?)(?!\p{L}))?[\s,;:]*(?:(?:г\.|года)(?!\p{L}))?[\s,;:]*/iu, '')
    .replace(/[\s,;:]+$/, '');
  return { ...single(dateKey, date[0]), ...(issuer ? single(issuerKey, issuer) : {}) };
}

/** A basis document printed as one line: its name (when `withName`), series, number, date and issuer. */
function fromRequisites(value: string, withName: boolean): Parsed {
  const line = parseRequisitesLine(value);
  const out: Parsed = {};
  if (withName && line.name) out.basisDocName = line.name;
  if (line.series) out.basisDocSeries = normalizeField('basisDocSeries', line.series);
  if (line.number) out.basisDocNumber = normalizeField('basisDocNumber', line.number);
  if (!withName && !line.series && !line.number && line.head) {
    Object.assign(out, fromSeriesNumber(line.head, 'basisDocSeries', 'basisDocNumber'));
  }
  if (line.issueDate) out.basisDocIssueDate = line.issueDate;
  if (line.issuer) out.basisDocIssuer = line.issuer;
  return out;
}

/**
 * The catalogue code when the name is known; the text as written when it is not (the clerk sees it). A card may list
 * several categories («Инвалид II группы; Ветеран труда НСО»): МАИС НСО is the regional register, so a regional
 * category is the one to enter; among equals the first listed.
 */
function categoryCode(value: string): string {
  const parts = value.split(/\s*[;\n]\s*/).filter(Boolean);
  if (parts.length > 1) {
    const known = parts.map((part) => matchCategory(part)).filter((entry) => entry !== null);
    const chosen = known.find((entry) => entry.level === 'regional') ?? known[0];
    if (chosen) return chosen.code;
  }
  return matchCategory(value)?.code ?? value;
}
