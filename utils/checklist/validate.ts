import { categoryByCode } from '../catalogue/match';
import { parseDate, todayIso } from './dates';
import {
  type Checklist,
  type ChecklistFields,
  type Eligibility,
  type EligibilityKey,
  FIELD_KEYS,
  FIELD_MAX_LENGTH,
  type FieldKey,
  OPTIONAL_FIELDS,
} from './keys';
import { FIELD_LABELS } from './labels';
import { isValidName } from './names';
import { checkSnils } from './snils';
import { collapseSpaces, digitsOf } from './text';

// Russian messages shown next to a field. validateField checks a non-empty value; emptiness is validateChecklist's.

export const REQUIRED_MESSAGE = 'Заполните поле';

function dateOf(fields: ChecklistFields, key: FieldKey): string | null {
  const value = fields[key];
  return value ? parseDate(value) : null;
}

function validateDate(key: FieldKey, value: string, fields: ChecklistFields, now: Date): string | null {
  const date = parseDate(value);
  if (!date) return `${FIELD_LABELS[key]}: неверная дата, нужен формат ДД.ММ.ГГГГ`;
  const today = todayIso(now);
  const birth = key === 'birthDate' ? null : dateOf(fields, 'birthDate');
  switch (key) {
    case 'birthDate':
      if (date > today) return 'Дата рождения не может быть в будущем';
      if (date < '1900-01-01') return 'Дата рождения: проверьте год';
      return null;
    case 'idIssueDate':
    case 'basisDocIssueDate':
      if (date > today) return 'Дата выдачи не может быть в будущем';
      if (birth && date < birth) return 'Дата выдачи не может быть раньше даты рождения';
      return null;
    case 'benefitStart':
      if (birth && date < birth) return 'Дата начала не может быть раньше даты рождения';
      return null;
    case 'benefitEnd': {
      const start = dateOf(fields, 'benefitStart');
      if (start && date < start) return 'Дата окончания не может быть раньше даты начала';
      if (birth && date < birth) return 'Дата окончания не может быть раньше даты рождения';
      return null;
    }
    default:
      return null;
  }
}

/** A Russian message for a non-empty value that is wrong; null when it is fine (or empty). */
export function validateField(
  key: FieldKey,
  value: string,
  fields: ChecklistFields,
  now: Date = new Date(),
): string | null {
  const text = collapseSpaces(value);
  if (!text) return null;
  const max = FIELD_MAX_LENGTH[key];
  if (text.length > max) return `${FIELD_LABELS[key]}: не длиннее ${max} символов`;
  switch (key) {
    case 'lastName':
    case 'firstName':
    case 'middleName':
      return isValidName(text) ? null : `${FIELD_LABELS[key]}: только буквы, дефис и пробел`;
    case 'birthDate':
    case 'idIssueDate':
    case 'benefitStart':
    case 'benefitEnd':
    case 'basisDocIssueDate':
      return validateDate(key, text, fields, now);
    case 'snils': {
      const checked = checkSnils(text);
      return checked.ok ? null : checked.error;
    }
    case 'phone': {
      if (/[^\d\s()+\-‐‑–]/.test(text)) return 'Телефон: только цифры, пробелы, скобки, «+» и «-»';
      const digits = digitsOf(text).length;
      return digits >= 5 && digits <= 15 ? null : 'Телефон: проверьте количество цифр';
    }
    case 'idSeries':
      return /^\d{4}$/.test(text.replace(/\s/g, '')) ? null : 'Серия паспорта — 4 цифры';
    case 'idNumber':
      return /^\d{6}$/.test(text) ? null : 'Номер паспорта — 6 цифр';
    case 'category':
      return categoryByCode(text) ? null : 'Льготная категория: выберите из справочника';
    case 'idIssuer':
    case 'basisDocIssuer':
    case 'basisDocName':
      return /[А-Яа-яЁёA-Za-z]/.test(text) ? null : `${FIELD_LABELS[key]}: нужны слова, а не только цифры`;
    case 'basisDocNumber':
      return /[\dА-Яа-яЁёA-Za-z]/.test(text) ? null : `${FIELD_LABELS[key]}: укажите номер`;
    default:
      return null;
  }
}

/** Every field's problem: empty required fields get «Заполните поле». */
export function validateChecklist(c: Checklist, now: Date = new Date()): Partial<Record<FieldKey, string>> {
  const errors: Partial<Record<FieldKey, string>> = {};
  for (const key of FIELD_KEYS) {
    const value = c.fields[key] ?? '';
    const message = collapseSpaces(value)
      ? validateField(key, value, c.fields, now)
      : OPTIONAL_FIELDS.includes(key)
        ? null
        : REQUIRED_MESSAGE;
    if (message) errors[key] = message;
  }
  return errors;
}

import { missingEligibilityWith } from './eligibility';
import { ELIGIBILITY_ADVICE } from './eligibility-advice';

export { ELIGIBILITY_ADVICE };

/** The missing conditions with the default advice (the panel uses the content pack's wording). */
export function missingEligibility(e: Eligibility): { key: EligibilityKey; advice: string }[] {
  return missingEligibilityWith(e, ELIGIBILITY_ADVICE);
}
