import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, test } from 'vitest';
import { fillOn } from './prefill-helpers';
import {
  checklistOf,
  formatScore,
  loadUnseenForms,
  type Score,
  scoreForm,
  UNSEEN_DIR,
  type UnseenForm,
} from './prefill-unseen-cases';

// Generalisation: МАИС-like forms of other builds (floating labels, Material, legacy ExtJS tables, placeholders only,
// role=group sections, a wizard, cards in tabs), each with its expected key → control mapping. Per form, the share of expected
// fields that hold the right value after the clerk's fill(s) must be ≥ 95%, and nothing else may be written.

const FORMS = loadUnseenForms();
const lines: string[] = [];
afterAll(() => console.log(`[happy-dom] share of fields filled correctly:\n${lines.join('\n')}`));

function openForm(form: UnseenForm): Document {
  const win = new Window({
    url: `http://127.0.0.1/fixtures/mais-unseen/${form.page}`,
    width: 1280,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: true,
      // The fixtures are this repository's own pages: their inline scripts are trusted.
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  win.document.write(readFileSync(path.join(UNSEEN_DIR, form.page), 'utf8'));
  return win.document as unknown as Document;
}

function controlValue(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector) as HTMLInputElement | null;
  return el ? el.value : null;
}

/** What the clerk does: fill, and on a wizard go to the next step and fill again. */
async function fillLikeTheClerk(form: UnseenForm, doc: Document): Promise<void> {
  const checklist = checklistOf(form);
  await fillOn(doc, checklist);
  for (const next of form.steps) {
    (doc.querySelector(next) as HTMLElement).click();
    await fillOn(doc, checklist);
  }
}

describe('prefill on unseen МАИС-like forms', () => {
  test('there are at least six of them, each expecting at least 12 fields', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(6);
    for (const f of FORMS) expect(Object.keys(f.fields).length).toBeGreaterThanOrEqual(12);
  });

  test.each(FORMS)('$page: ≥ 95% right, the rest untouched', async (form) => {
    const doc = openForm(form);
    const before: Score = scoreForm(form, (s) => controlValue(doc, s));
    expect(before.right).toBe(0);
    await fillLikeTheClerk(form, doc);
    const score = scoreForm(form, (s) => controlValue(doc, s));
    lines.push(formatScore(form, score));
    expect(score.right / score.total, formatScore(form, score)).toBeGreaterThanOrEqual(0.95);
    const still = Object.fromEntries(Object.keys(form.untouched).map((s) => [s, controlValue(doc, s)]));
    expect(still).toEqual(form.untouched);
  });
});
