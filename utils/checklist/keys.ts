// The checklist's keys are public contract: each panel control has name="<key>" and the fill report
// has data-field="<key>". Keep this list stable (README «Контракт автоматизации»).

export const ELIGIBILITY_KEYS = ['registeredInKarta', 'hasBenefitCategory', 'categoryNotShown'] as const;

export const FIELD_KEYS = [
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'snils',
  'phone',
  'idSeries',
  'idNumber',
  'idIssueDate',
  'idIssuer',
  'category',
  'benefitStart',
  'benefitEnd',
  'basisDocName',
  'basisDocSeries',
  'basisDocNumber',
  'basisDocIssueDate',
  'basisDocIssuer',
] as const;

export type EligibilityKey = (typeof ELIGIBILITY_KEYS)[number];
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Optional fields may stay empty; benefitEnd empty means «бессрочно». */
export const OPTIONAL_FIELDS: readonly FieldKey[] = ['middleName', 'phone', 'benefitEnd', 'basisDocSeries'];

/** Dates are stored ISO (YYYY-MM-DD) and shown ДД.ММ.ГГГГ. */
export const DATE_FIELDS: readonly FieldKey[] = [
  'birthDate',
  'idIssueDate',
  'benefitStart',
  'benefitEnd',
  'basisDocIssueDate',
];

/**
 * The longest value each field keeps, in storage and on screen alike (the panel's inputs carry it as maxlength).
 * Register limits where a register states one (issuer ≤ 200, basis document name ≤ 100, its series and number
 * ≤ 50); dates and numbers leave room for how people type them («1 февраля 1950 г.», «серия 50 04»).
 */
export const FIELD_MAX_LENGTH: Record<FieldKey, number> = {
  lastName: 100,
  firstName: 100,
  middleName: 100,
  birthDate: 30,
  snils: 30,
  phone: 30,
  idSeries: 20,
  idNumber: 20,
  idIssueDate: 30,
  idIssuer: 200,
  category: 200,
  benefitStart: 30,
  benefitEnd: 30,
  basisDocName: 100,
  basisDocSeries: 50,
  basisDocNumber: 50,
  basisDocIssueDate: 30,
  basisDocIssuer: 100,
};

/** Normalised checklist values: strings ('' = empty); `category` holds a catalogue code. */
export type ChecklistFields = Record<FieldKey, string>;
export type Eligibility = Record<EligibilityKey, boolean>;

export interface Checklist {
  eligibility: Eligibility;
  fields: ChecklistFields;
}

export function emptyChecklist(): Checklist {
  return {
    eligibility: { registeredInKarta: false, hasBenefitCategory: false, categoryNotShown: false },
    fields: Object.fromEntries(FIELD_KEYS.map((k) => [k, ''])) as ChecklistFields,
  };
}

/** Which document a section heading speaks of; decides where «Серия», «Номер», … belong. */
export type Section = 'person' | 'identity' | 'benefit' | 'basis' | 'unknown';
