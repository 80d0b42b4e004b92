import { CATEGORIES } from '@/utils/catalogue/categories';
import { matchCategory } from '@/utils/catalogue/match';
import { formatDateRu } from '@/utils/checklist/dates';
import { normalizeField } from '@/utils/checklist/normalize';
import { missingEligibility, REQUIRED_MESSAGE, validateField } from '@/utils/checklist/validate';
import type { CatalogueRules, ChecklistRules } from './engines';
import { isDateField, isOptional } from './fields';

// The real checklist rules (utils/checklist, utils/catalogue) in the shape the panel model takes.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const checklistRules: ChecklistRules = {
  validate(key, value, fields) {
    if (!value.trim()) return isOptional(key) ? null : REQUIRED_MESSAGE;
    return validateField(key, value, fields);
  },
  // What cannot be read comes back trimmed, never dropped: the clerk sees it with its message.
  normalize: normalizeField,
  display(key, value) {
    return isDateField(key) && ISO_DATE.test(value) ? formatDateRu(value) : value;
  },
  missingEligibility,
};

export const catalogueRules: CatalogueRules = {
  categories: CATEGORIES,
  match: (text) => matchCategory(text)?.code ?? null,
};
