import { DATE_FIELDS, type FieldKey } from '../checklist/keys';
import { stripInvisible } from '../checklist/text';
import { digitsOf } from './mask';
import { normalize } from './options';

// After a write: does what the control shows now equal what was meant, in the control's own format? Masks may add
// separators and a date box may reformat, so equal means: the same text for a person, the same digits in the same
// order for numbers, the same day, month and year for dates. When in doubt: not equal (the write is undone).

/** Same value for a person: equal text ignoring case/ё/punctuation, or the same digits for a number-like value. */
export function sameValue(have: string, want: string): boolean {
  if (have === want) return true;
  if (normalize(have) === normalize(want) && normalize(want) !== '') return true;
  const d = digitsOf(want);
  return d.length >= 4 && digitsOf(have) === d && !/\p{L}/u.test(want.replace(/[ХXх]/g, ''));
}

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** Day, month and year of a date written with the month as a word («1 февраля 1944 г.», «01 фев. 1944»). */
function wordDate(text: string): string | null {
  const m = /(\d{1,2})\s+([а-яё]+)\.?,?\s+(\d{4})/i.exec(text);
  if (!m) return null;
  const word = m[2].toLowerCase().replace(/ё/g, 'е');
  const month = MONTHS.findIndex((p, i) => (i === 4 ? /^ма[йя]/.test(word) : word.startsWith(p)));
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/**
 * A date control holds the intended date when it shows what was written (same digits in the same order) or the
 * same date in an unambiguous form (ISO, a month name). «02.01.1944» for «01.02.1944» — a box that read the month
 * first — is not the same, nor is «1/2/1944», whose order cannot be told.
 */
export function sameDate(have: string, written: string, iso: string): boolean {
  const text = have.trim();
  // The same digits in the same places: «01021944» is not «01.02.1944» (a box that kept raw digits took no date).
  const shape = (s: string) => s.trim().replace(/\d/g, '0');
  if (digitsOf(text) === digitsOf(written) && shape(text) === shape(written)) return true;
  const isoShown = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(text);
  if (isoShown) return `${isoShown[1]}-${isoShown[2]}-${isoShown[3]}` === iso;
  return wordDate(text) === iso;
}

/** A phone control holds the right ten digits, with or without the country prefix the mask shows. */
export function samePhone(have: string, want: string): boolean {
  const ten = digitsOf(want).slice(-10);
  const d = digitsOf(have);
  return ten.length === 10 && (d === ten || d === `7${ten}` || d === `8${ten}`);
}

/** Whether a text control showing `have` holds the value `written` meant for key `key` (ISO for dates). */
export function holdsIntended(key: FieldKey, have: string, written: string, iso: string): boolean {
  // What a person reads: a box may wrap its own text in invisible marks (Gravity UI's date field puts bidi isolates
  // around the text and each part: «\u2066\u206801\u2069\u2068.\u2069…» reads «01.02.1944»).
  const shown = stripInvisible(have);
  if (DATE_FIELDS.includes(key) && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return sameDate(shown, written, iso);
  if (key === 'phone') return samePhone(shown, written);
  return sameValue(shown, written);
}
