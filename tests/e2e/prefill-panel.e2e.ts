import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { matchCategory } from '../../utils/catalogue/match';
import { BROWSERS, type ExtSession, launchExtension, setupFixtureServer, type TestPage } from './harness';
import { CASES } from './prefill-cases';
import { CITIZEN, readAll, sessionChecklist } from './prefill-citizen';

// The whole contract on every МАИС-like fixture, in both browsers: sites set in settings, the checklist in the
// background's storage.session, one click on the panel's `prefill` → what each form's own state holds, and the
// report `[data-fill-report] [data-field][data-status]` with one element per checklist key.

const SETTINGS = { version: 1, sites: [{ kind: 'mais', match: 'http://127.0.0.1/fixtures/mais/*' }] };

const server = setupFixtureServer();

function reportStatuses(page: TestPage): Promise<Record<string, string>> {
  return page.panelEvaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-fill-report] [data-field]')].map((el) => [
        el.getAttribute('data-field'),
        el.getAttribute('data-status'),
      ]),
    ),
  );
}

describe.each(BROWSERS)('%s: prefill through the panel', (browser) => {
  let session: ExtSession;
  const shares: string[] = [];
  beforeAll(async () => {
    session = await launchExtension(browser, { settings: SETTINGS });
  });
  afterAll(async () => {
    console.log(`[${browser}, panel] share of fields filled correctly:\n${shares.join('\n')}`);
    await session?.close();
  });

  test.each(Object.entries(CASES))('%s', async (name, c) => {
    const category = matchCategory('Ветеран труда')?.code;
    expect(category).toBeTruthy();
    await session.setStorage('session', {
      checklist: {
        checklist: {
          eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
          fields: { ...CITIZEN, category },
        },
        expiresAt: Date.now() + 10 * 60_000,
      },
    });
    const page = await session.openPage(server.url(`/fixtures/mais/${c.page}`));
    await page.waitFor(c.ready, { state: 'attached' });
    await c.prepare?.(page);
    await page.waitForPanel(15_000);
    await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
    await page.panelClick('[data-action="prefill"]');
    await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 10_000 });

    const wanted = Object.entries(c.want);
    const got = await readAll(
      page,
      wanted.map(([e]) => e),
      c.frame,
    );
    const wrong = wanted
      .map(([expr, want], i) => ({ expr, want, got: got[i] }))
      .filter((r) => r.got !== r.want);
    shares.push(`  ${name}: ${wanted.length - wrong.length}/${wanted.length}`);
    const statuses = await reportStatuses(page);
    expect(wrong, JSON.stringify(statuses)).toEqual([]);
    expect(Object.keys(statuses)).toHaveLength(18);
    expect(statuses.benefitEnd).toBe('skipped');
    const untouched = Object.entries(c.untouched);
    const still = await readAll(
      page,
      untouched.map(([e]) => e),
      c.frame,
    );
    expect(Object.fromEntries(untouched.map(([e], i) => [e, still[i]]))).toEqual(c.untouched);
    expect(page.dialogs()).toEqual([]);
    await page.close();
  });

  /**
   * The panel readied for a prefill, its preview's marks on the page (the engine has read the form and keeps that
   * reading while the page stays as it was); then the page changes, and the clerk clicks.
   */
  async function previewedThen(
    change: PageChange,
    { path = 'label-for.html', changed }: { path?: string; changed?: PageChange } = {},
  ): Promise<{ page: TestPage; statuses: Record<string, string> }> {
    await session.setStorage('session', sessionChecklist());
    const page = await session.openPage(server.url(`/fixtures/mais/${path}`));
    await page.waitForPanel(15_000);
    await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
    await page.panelEvaluate(() =>
      (document.querySelector('[data-action="prefill"]') as HTMLElement).focus(),
    );
    // The marks go into the document of the fields they mark: the page's, or a frame's.
    await page.waitForFunction(
      () =>
        [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)].some((d) =>
          d?.querySelector('karta-nso-marks'),
        ),
      { timeout: 10_000 },
    );
    await page.evaluate(change);
    if (changed) await page.waitForFunction(changed, { timeout: 10_000 });
    await page.panelClick('[data-action="prefill"]');
    await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 10_000 });
    return { page, statuses: await reportStatuses(page) };
  }
  type PageChange = () => unknown;

  test('a form relabelled after the reading is filled by its new labels', async () => {
    const { page, statuses } = await previewedThen(() => {
      const [fam, nam] = ['fam', 'nam'].map(
        (id) => document.querySelector(`label[for="${id}"]`)?.firstChild as Text,
      );
      [fam.data, nam.data] = [nam.data, fam.data]; // text nodes changed in place: no element comes or goes
    });
    expect([statuses.lastName, statuses.firstName]).toEqual(['filled', 'filled']);
    const values = await page.evaluate(() =>
      ['fam', 'nam'].map((id) => (document.getElementById(id) as HTMLInputElement).value),
    );
    expect(values).toEqual([CITIZEN.firstName, CITIZEN.lastName]);
    await page.close();
  });

  test('a field a style rule hid after the reading (the page records no change) is not written', async () => {
    const { page, statuses } = await previewedThen(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('#nam { display: none }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    // The click used the reading it kept, and the write's own check found the field gone.
    expect(statuses.firstName).toBe('not-found');
    expect(await page.panelText('[data-field="firstName"]')).toContain('Поле исчезло со страницы');
    expect(statuses.lastName).toBe('filled');
    expect(await page.evaluate(() => (document.getElementById('nam') as HTMLInputElement).value)).toBe('');
    await page.close();
  });

  test('a frame that loads another form after the reading is filled in its new form', async () => {
    const { page, statuses } = await previewedThen(
      () => {
        // The frame navigates itself: its element in the page does not change (no record), only its `load` tells.
        const work = document.getElementById('work') as HTMLIFrameElement;
        work.contentWindow?.location.replace('label-for.html');
      },
      {
        path: 'iframe.html',
        changed: () => {
          const doc = (document.getElementById('work') as HTMLIFrameElement).contentDocument;
          return doc?.readyState === 'complete' && doc.getElementById('fam') !== null;
        },
      },
    );
    expect([statuses.lastName, statuses.firstName]).toEqual(['filled', 'filled']);
    const values = await page.frameEvaluate('label-for.html', () =>
      ['fam', 'nam'].map((id) => (document.getElementById(id) as HTMLInputElement).value),
    );
    expect(values).toEqual([CITIZEN.lastName, CITIZEN.firstName]);

    // The frame leaves the filled form; undo finds nothing to put back and says so (no error).
    await page.evaluate(() =>
      (document.getElementById('work') as HTMLIFrameElement).contentWindow?.location.replace(
        'iframe-form.html',
      ),
    );
    await page.waitForFunction(() => {
      const doc = (document.getElementById('work') as HTMLIFrameElement).contentDocument;
      return doc?.readyState === 'complete' && doc.getElementById('a1') !== null;
    });
    await page.panelClick('[data-action="undo-prefill"]');
    await page.waitForPanelFunction(() => document.body.textContent?.includes('Возвращать нечего'), {
      timeout: 10_000,
    });
    expect(
      await page.panelEvaluate(() => document.querySelector('[role="alert"]')?.textContent ?? null),
    ).toBeNull();
    await page.close();
  });
});
