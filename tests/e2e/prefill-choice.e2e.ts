import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtSession, launchExtension, setupFixtureServer, type TestPage } from './harness';
import { CITIZEN, sessionChecklist } from './prefill-citizen';

// A document block the page does not make clear (tests/fixtures/mais/unclear-document.html: the type select shows
// a passport, the issuer's label speaks of an удостоверение), in both browsers: the fill leaves its fields empty
// and reports `skipped` with the reason; one click on «Это паспорт» remembers the answer in `settings` for the site
// and fills the form; the next visit of the page fills the block with no question.

const MATCH = 'http://127.0.0.1/fixtures/mais/*';
const SETTINGS = { version: 1, sites: [{ kind: 'mais', match: MATCH }] };
const REASON = 'не ясно, паспорт это или документ-основание';
// Filled fields are listed in the report's closed «Заполненные поля» disclosure: present, not shown.
const DECIDED = '[data-fill-report] [data-field="idIssueDate"][data-status="filled"]';

const server = setupFixtureServer();

const values = (page: TestPage) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['ser', 'nom', 'dat', 'org'].map((id) => [id, (document.getElementById(id) as HTMLInputElement).value]),
    ),
  );

async function openAndFill(session: ExtSession): Promise<TestPage> {
  const page = await session.openPage(server.url('/fixtures/mais/unclear-document.html'));
  await page.waitForPanel(15_000);
  await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
  await page.panelClick('[data-action="prefill"]');
  await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 15_000 });
  return page;
}

describe.each(BROWSERS)('%s: the clerk decides an unclear document block with one click', (browser) => {
  let session: ExtSession;
  beforeAll(async () => {
    session = await launchExtension(browser, { settings: SETTINGS });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('skipped with the reason; «Это паспорт» is remembered in settings and fills, now and next time', async () => {
    await session.setStorage('session', sessionChecklist());
    const first = await openAndFill(session);
    const row = await first.panelEvaluate(() => {
      const el = document.querySelector('[data-fill-report] [data-field="idSeries"]') as HTMLElement;
      return { status: el.dataset.status, text: el.textContent };
    });
    expect(row.status).toBe('skipped');
    expect(row.text).toContain(REASON);
    // The block's fields stay empty; the issuer, whose label decides it, is filled in the same fill.
    expect(await values(first)).toEqual({ ser: '', nom: '', dat: '', org: CITIZEN.basisDocIssuer });

    // The fill button's bar stays in view at the panel's bottom: the choice is brought to the middle first, as a
    // clerk scrolls to it (puppeteer clicks where the element is, whatever covers it).
    await first.panelEvaluate(() =>
      document
        .querySelector('[data-action="choose-passport"][data-field="idSeries"]')
        ?.scrollIntoView({ block: 'center' }),
    );
    await first.panelClick('[data-action="choose-passport"][data-field="idSeries"]');
    await first.waitFor(DECIDED, { inPanel: true, state: 'attached', timeout: 15_000 });
    expect(await values(first)).toEqual({
      ser: CITIZEN.idSeries,
      nom: CITIZEN.idNumber,
      dat: '01.06.2003',
      org: CITIZEN.basisDocIssuer,
    });
    const stored = (await session.getStorage('local', 'settings')).settings as {
      sites: { match: string; fields?: Record<string, string> }[];
    };
    expect(stored.sites.find((s) => s.match === MATCH)?.fields).toEqual({
      idSeries: '#ser',
      idNumber: '#nom',
      idIssueDate: '#dat',
    });
    // Filled once more on the same page — on the engine's own line now: the mappings just saved hold there too.
    await first.evaluate(() => {
      for (const id of ['ser', 'nom', 'dat']) (document.getElementById(id) as HTMLInputElement).value = '';
    });
    await first.panelClick('[data-action="prefill"]');
    await first.waitForFunction(() => (document.getElementById('ser') as HTMLInputElement).value !== '', {
      timeout: 10_000,
    });
    expect((await values(first)).ser).toBe(CITIZEN.idSeries);
    expect(first.consoleErrors()).toEqual([]);
    await first.close();

    const next = await openAndFill(session);
    await next.waitFor(DECIDED, { inPanel: true, state: 'attached', timeout: 15_000 });
    expect((await values(next)).ser).toBe(CITIZEN.idSeries);
    expect(await next.panelEvaluate(() => document.querySelector('[data-action^="choose-"]') !== null)).toBe(
      false,
    );
    await next.close();
  });
});
