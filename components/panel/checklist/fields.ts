import { DATE_FIELDS, type EligibilityKey, type FieldKey, OPTIONAL_FIELDS } from '@/utils/checklist/keys';
import type { FillStatus } from '@/utils/prefill/types';

// Russian texts of the checklist form: groups and hints (the names are utils/checklist/labels.ts). Control names are
// the keys themselves.

export { FIELD_LABELS } from '@/utils/checklist/labels';

export interface FieldGroup {
  id: string;
  legend: string;
  keys: FieldKey[];
}

export const FIELD_GROUPS: readonly FieldGroup[] = [
  {
    id: 'person',
    legend: 'Гражданин',
    keys: ['lastName', 'firstName', 'middleName', 'birthDate', 'snils', 'phone'],
  },
  {
    id: 'identity',
    legend: 'Документ, удостоверяющий личность',
    keys: ['idSeries', 'idNumber', 'idIssueDate', 'idIssuer'],
  },
  { id: 'benefit', legend: 'Льготная категория', keys: ['category', 'benefitStart', 'benefitEnd'] },
  {
    id: 'basis',
    legend: 'Документ, подтверждающий право на льготу',
    keys: ['basisDocName', 'basisDocSeries', 'basisDocNumber', 'basisDocIssueDate', 'basisDocIssuer'],
  },
];

// Hints give an example of what to type, not a mask (a clerk reads «XXX-XXX-XXX YY» as letters).
const HINTS: Partial<Record<FieldKey, string>> = {
  middleName: 'Если есть',
  snils: '11 цифр, например 112-233-445 95',
  phone: 'Необязательно, например +7 913 123-45-67',
  idSeries: '4 цифры, например 50 04',
  idNumber: '6 цифр, например 123456',
  benefitEnd: 'Например, 31.12.2030; пусто — бессрочно',
  basisDocSeries: 'Если есть',
};

const DATE_HINT = 'Например, 01.06.2002';

export function fieldHint(key: FieldKey): string | undefined {
  return HINTS[key] ?? (DATE_FIELDS.includes(key) ? DATE_HINT : undefined);
}

export function isOptional(key: FieldKey): boolean {
  return OPTIONAL_FIELDS.includes(key);
}

export function isDateField(key: FieldKey): boolean {
  return DATE_FIELDS.includes(key);
}

/** Short labels for the memo's three conditions when the panel passes no pack texts. */
export const ELIGIBILITY_LABELS: Record<EligibilityKey, string> = {
  registeredInKarta: 'Гражданин уже зарегистрирован в Карте жителя НСО',
  hasBenefitCategory: 'У гражданина фактически есть льготная категория',
  categoryNotShown: 'Категория не отображается, Социальный проездной недоступен',
};

export const FILL_STATUS_LABELS: Record<FillStatus, string> = {
  filled: 'заполнено',
  unchanged: 'без изменений',
  'not-found': 'поле не найдено',
  invalid: 'значение с ошибкой',
  skipped: 'пропущено',
};

/** «1 поле», «2 поля», «5 полей». */
export function pluralFields(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} поле`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} поля`;
  return `${n} полей`;
}
