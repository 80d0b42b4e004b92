import { CATEGORIES } from '@/utils/catalogue/categories';
import { matchCategory } from '@/utils/catalogue/match';
import { formatDateRu } from '@/utils/checklist/dates';
import { missingEligibilityWith } from '@/utils/checklist/eligibility';
import type { ChecklistFields, Eligibility, EligibilityKey, FieldKey } from '@/utils/checklist/keys';
import { normalizeField } from '@/utils/checklist/normalize';
import { REQUIRED_MESSAGE, validateField } from '@/utils/checklist/validate';
import { isDateField, isOptional } from './fields';

// The checklist rules and the category catalogue as the panel uses them; the model takes them as dependencies so
// tests can pass their own.

export interface EligibilityAdvice {
  key: EligibilityKey;
  advice: string;
}

export interface ChecklistRules {
  /** Russian message for a value, or null when it is fine. Empty required fields get a message too. */
  validate(key: FieldKey, value: string, fields: ChecklistFields): string | null;
  /** The stored form of what the clerk typed; returns the input unchanged when it cannot be read. */
  normalize(key: FieldKey, raw: string): string;
  /** What the control shows for a stored value (ISO dates as ДД.ММ.ГГГГ). */
  display(key: FieldKey, value: string): string;
  missingEligibility(e: Eligibility): EligibilityAdvice[];
}

export interface Category {
  code: string;
  name: string;
}

export interface CatalogueRules {
  categories: readonly Category[];
  /** Code of the catalogue entry a free text names, or null. */
  match(text: string): string | null;
}

/** The rules with the memo's advice for each missing step-5 condition (the content pack's `maisAdvice`). */
export function createChecklistRules(advice: Record<EligibilityKey, string>): ChecklistRules {
  return {
    validate(key, value, fields) {
      if (!value.trim()) return isOptional(key) ? null : REQUIRED_MESSAGE;
      return validateField(key, value, fields);
    },
    // What cannot be read comes back trimmed, never dropped: the clerk sees it with its message.
    normalize: normalizeField,
    display: (key, value) => (isDateField(key) ? formatDateRu(value) : value),
    missingEligibility: (e) => missingEligibilityWith(e, advice),
  };
}

export const catalogueRules: CatalogueRules = {
  categories: CATEGORIES,
  match: (text) => matchCategory(text)?.code ?? null,
};
