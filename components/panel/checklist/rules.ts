import { CATEGORIES } from '@/utils/catalogue/categories';
import { matchCategory } from '@/utils/catalogue/match';
import { formatDateRu } from '@/utils/checklist/dates';
import { normalizeField } from '@/utils/checklist/normalize';
import { missingEligibility, validateField } from '@/utils/checklist/validate';
import type { CatalogueRules, ChecklistRules } from './engines';
import { isDateField, isOptional } from './fields';

// The real checklist rules (utils/checklist, utils/catalogue) in the shape the panel model takes.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const checklistRules: ChecklistRules = {
  validate(key, value, fields) {
    if (!value.trim()) return isOptional(key) ? null : 'Заполните это поле';
    return validateField(key, value, fields);
  },
  normalize(key, raw) {
    if (key === 'category') return raw.trim(); // a code from the select, or unmatched text kept as is
    // What cannot be read is kept as typed (trimmed): the clerk sees it with its message and loses nothing.
    return normalizeField(key, raw) || raw.trim();
  },
  display(key, value) {
    return isDateField(key) && ISO_DATE.test(value) ? formatDateRu(value) : value;
  },
  missingEligibility,
};

export const catalogueRules: CatalogueRules = {
  categories: CATEGORIES,
  match: (text) => matchCategory(text)?.code ?? null,
};
