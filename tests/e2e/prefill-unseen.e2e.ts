import { afterAll, describe, expect, test } from 'vitest';
import {
  checklistOf,
  formatScore,
  loadUnseenForms,
  type Score,
  scoreForm,
} from '../unit/prefill-unseen-cases';
import { BROWSERS, poll, setupExtension, setupFixtureServer, type TestPage } from './harness';

// Generalisation through the whole product, in both browsers: МАИС-like forms of builds the engine was not tuned on
// (tests/fixtures/mais-unseen), the checklist in the background's storage.session, the clerk's click on the panel's
// `prefill` (on a wizard: once per step, after the page's own «Далее»), then the share of expected fields holding
// the right value. Each form must reach ≥ 95%, and search boxes / «Льгота по» / unrelated fields stay as they were.

const SETTINGS = { version: 1, sites: [{ kind: 'mais', match: 'http://127.0.0.1/fixtures/mais-unseen/*' }] };
const FORMS = loadUnseenForms();

const server = setupFixtureServer();

function readValues(page: TestPage, selectors: string[]): Promise<(string | null)[]> {
  return page.evaluate(
    (sels: string[]) =>
      sels.map((s) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? null),
    selectors,
  );
}

async function score(page: TestPage, form: (typeof FORMS)[number]): Promise<Score> {
  const selectors = Object.values(form.fields).map((f) => f.selector);
  const values = await readValues(page, selectors);
  const bySelector = new Map(selectors.map((s, i) => [s, values[i]]));
  return scoreForm(form, (s) => bySelector.get(s) ?? null);
}

/** One click on the panel's prefill: every click (the first, and one on each wizard step) adds right values. */
async function prefillOnce(page: TestPage, form: (typeof FORMS)[number], what: string): Promise<void> {
  const before = (await score(page, form)).right;
  await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
  await page.panelClick('[data-action="prefill"]');
  await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 10_000 });
  await poll(async () => (await score(page, form)).right > before, 10_000, `more right values after ${what}`);
}

describe.each(BROWSERS)('%s: prefill on unseen МАИС-like forms', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });
  const lines: string[] = [];
  afterAll(() => {
    console.log(`[${browser}, panel] unseen forms, share of fields filled correctly:\n${lines.join('\n')}`);
  });

  test.each(FORMS)('$page', async (form) => {
    await session.setStorage('session', {
      checklist: { checklist: checklistOf(form), expiresAt: Date.now() + 10 * 60_000 },
    });
    const page = await session.openPage(server.url(`/fixtures/mais-unseen/${form.page}`));
    await page.waitFor(form.ready, { state: 'attached' });
    await page.waitForPanel(15_000);
    await prefillOnce(page, form, 'the first fill');
    for (const next of form.steps) {
      await page.click(next);
      await prefillOnce(page, form, `the fill after «${next}»`);
    }
    const result = await score(page, form);
    lines.push(formatScore(form, result));
    expect(result.right / result.total, formatScore(form, result)).toBeGreaterThanOrEqual(0.95);
    const untouched = Object.keys(form.untouched);
    const still = await readValues(page, untouched);
    expect(Object.fromEntries(untouched.map((s, i) => [s, still[i]]))).toEqual(form.untouched);
    expect(page.dialogs()).toEqual([]);
    await page.close();
  });
});
