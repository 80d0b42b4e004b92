import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchCategory } from '../../utils/catalogue/match';
import { type Checklist, emptyChecklist, type FieldKey } from '../../utils/checklist/keys';

// МАИС-like forms of builds the engine was not tuned on (tests/fixtures/mais-unseen/<form>.html) with their expected
// mapping (<form>.expected.json): checklist key → the control's selector and the value it must hold after a fill.
// Shared by the happy-dom unit test and the two-browser e2e, which score the same way.

export const UNSEEN_DIR = path.resolve(__dirname, '../fixtures/mais-unseen');

export interface ExpectedField {
  selector: string;
  value: string;
}

export interface UnseenForm {
  /** File name of the page, e.g. `wizard.html`. */
  page: string;
  title: string;
  /** Selector present once the page is ready. */
  ready: string;
  /** Wizard buttons to click after each fill; the clerk fills again on every step. */
  steps: string[];
  /** The checklist's fields; `category` by name, resolved through the catalogue. */
  citizen: Record<FieldKey, string>;
  fields: Partial<Record<FieldKey, ExpectedField>>;
  /** selector → the value it must still hold (search boxes, «Льгота по», unrelated fields). */
  untouched: Record<string, string>;
}

export function loadUnseenForms(): UnseenForm[] {
  return readdirSync(UNSEEN_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(path.join(UNSEEN_DIR, f), 'utf8'));
      return { steps: [], untouched: {}, ...data, page: f.replace('.expected.json', '.html') };
    });
}

export function checklistOf(form: UnseenForm): Checklist {
  const c = emptyChecklist();
  c.eligibility = { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true };
  const category = matchCategory(form.citizen.category)?.code;
  if (!category) throw new Error(`category «${form.citizen.category}» is not in the catalogue`);
  Object.assign(c.fields, form.citizen, { category });
  return c;
}

export interface Score {
  right: number;
  total: number;
  misses: { key: string; want: string; got: string | null }[];
}

/** Share of expected fields that hold their expected value; `read(selector)` gives a control's value or null. */
export function scoreForm(form: UnseenForm, read: (selector: string) => string | null): Score {
  const misses: Score['misses'] = [];
  const entries = Object.entries(form.fields) as [FieldKey, ExpectedField][];
  for (const [key, { selector, value }] of entries) {
    const got = read(selector);
    if (got !== value) misses.push({ key, want: value, got });
  }
  return { right: entries.length - misses.length, total: entries.length, misses };
}

export function formatScore(form: UnseenForm, s: Score): string {
  const pct = ((100 * s.right) / s.total).toFixed(0);
  const miss = s.misses.map((m) => `${m.key}: ${JSON.stringify(m.got)} ≠ ${JSON.stringify(m.want)}`);
  return `  ${form.page}: ${s.right}/${s.total} (${pct}%)${miss.length ? `\n      ${miss.join('\n      ')}` : ''}`;
}
