import { categoryByCode, matchCategory } from '../catalogue/match';
import { parseDate } from './dates';
import { DATE_FIELDS, type FieldKey } from './keys';
import { normalizeName } from './names';
import { checkSnils } from './snils';
import { collapseSpaces } from './text';

// One value as typed or captured → its stored form. What cannot be read is returned trimmed, never dropped:
// validation then tells the clerk what is wrong with it.

const NAME_KEYS: readonly FieldKey[] = ['lastName', 'firstName', 'middleName'];
const LEADING_NUMBER_MARK = /^(?:№|N[oº°]?\.?|номер|ном\.)\s*/i;
const LEADING_SERIES_WORD = /^(?:серия|серии|сер\.)\s*/i;

export function normalizeField(key: FieldKey, raw: string): string {
  const text = collapseSpaces(raw);
  if (!text) return '';
  if (NAME_KEYS.includes(key)) return normalizeName(text);
  if (DATE_FIELDS.includes(key)) return parseDate(text) ?? text;
  switch (key) {
    case 'snils': {
      const checked = checkSnils(text);
      return checked.ok ? checked.value : text;
    }
    case 'idSeries': {
      const series = text.replace(LEADING_SERIES_WORD, '');
      return /^\d{2}\s?\d{2}$/.test(series) ? series.replace(' ', '') : series;
    }
    case 'idNumber': {
      const number = text.replace(LEADING_NUMBER_MARK, '');
      // Zero-padding only for what is plainly a number: «12345» → «012345».
      return /^\d{1,6}$/.test(number) ? number.padStart(6, '0') : number;
    }
    case 'basisDocSeries':
      return text.replace(LEADING_SERIES_WORD, '');
    case 'basisDocNumber':
      return text.replace(LEADING_NUMBER_MARK, '');
    case 'category':
      return categoryByCode(text)?.code ?? matchCategory(text)?.code ?? text;
    default:
      return text;
  }
}
