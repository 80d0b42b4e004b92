import { CATEGORIES, type CategoryEntry } from './categories';
import { categoryStems, namesRegion } from './words';

// Tolerant category matching: a text names a category when all the stems of one of its forms (name or alias) occur
// in the text and both or neither name the region; the most specific form (most stems) wins, so «Инвалид ВОВ» is not
// «Инвалид», «Родители детей-инвалидов» are not «Дети-инвалиды», «Ветеран труда НСО» is not «Ветеран труда».

export type { CategoryEntry } from './categories';

interface Form {
  entry: CategoryEntry;
  stems: Set<string>;
  region: boolean;
}

export interface CategoryMatcher {
  match(text: string): CategoryEntry | null;
  byCode(code: string): CategoryEntry | null;
  /** Whether the text names this category (also when it names another one as well, as combined names do). */
  names(text: string, code: string): boolean;
}

export function createCategoryMatcher(entries: readonly CategoryEntry[]): CategoryMatcher {
  const forms: Form[] = entries.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((text) => {
      const stems = categoryStems(text);
      return { entry, stems, region: namesRegion(stems) };
    }),
  );

  function candidates(text: string): { form: Form; score: number }[] {
    const stems = categoryStems(text);
    if (stems.size === 0) return [];
    const region = namesRegion(stems);
    const out: { form: Form; score: number }[] = [];
    for (const form of forms) {
      if (form.region !== region || form.stems.size === 0) continue;
      if (![...form.stems].every((s) => stems.has(s))) continue;
      // Specificity first; an exact match beats a form that leaves words of the text unexplained.
      out.push({ form, score: form.stems.size * 10 + (form.stems.size === stems.size ? 5 : 0) });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  function byCode(code: string): CategoryEntry | null {
    const wanted = code.trim().toLowerCase();
    return entries.find((e) => e.code === wanted) ?? null;
  }

  return {
    match(text) {
      return byCode(text) ?? candidates(text)[0]?.form.entry ?? null;
    },
    byCode,
    names(text, code) {
      if (byCode(text)?.code === code) return true;
      return candidates(text).some((c) => c.form.entry.code === code);
    },
  };
}

const defaultMatcher = createCategoryMatcher(CATEGORIES);

/** The catalogue entry a category name (in any of its spellings) or a code stands for; null when unknown. */
export function matchCategory(text: string): CategoryEntry | null {
  return defaultMatcher.match(text);
}

export function categoryByCode(code: string): CategoryEntry | null {
  return defaultMatcher.byCode(code);
}

/** True when the text (an option, a printed line) names the category with this code, even among others. */
export function textNamesCategory(text: string, code: string): boolean {
  return defaultMatcher.names(text, code);
}
