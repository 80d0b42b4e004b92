import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSERS, setupExtension, setupFixtureServer, type TestPage } from './harness';

// A clerk's 1366×768 monitor: on every step of the memo the citizen's answers are on screen without scrolling, and on
// a МАИС page the fill button and the number of fields found show before the clerk touches anything.

const SETTINGS = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/demo/issuance.html*' },
    { kind: 'mais', match: 'http://127.0.0.1/demo/mais.html*' },
  ],
};

/** In the panel's frame: the decision controls that are not wholly inside the frame's viewport, and how many there are. */
function decisionsOutOfView(selector: string): { total: number; outside: string[] } {
  const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => el.getClientRects().length,
  );
  const outside = controls.filter((el) => {
    const r = el.getBoundingClientRect();
    return r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth;
  });
  return { total: controls.length, outside: outside.map((el) => el.textContent?.trim() ?? '') };
}

const ANSWERS = '[data-outcome], [data-action^="step-"], [data-action="back"]';

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: the clerk’s screen at 1366×768', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });
  beforeEach(async () => {
    await session.clearStorage('session');
    await session.setStorage('local', { ui: { collapsed: false } });
  });

  async function open(path: string, height = 768): Promise<TestPage> {
    const page = await session.openPage(server.url(path));
    await page.setViewport(1366, height);
    await page.waitForPanel(15_000);
    return page;
  }

  // 768: the whole screen; 657: what a maximised browser window leaves of it under its toolbars and the taskbar.
  test.each([768, 657])(
    'steps 1–3: every answer of the citizen is in view without scrolling (height %i)',
    async (height) => {
      const page = await open('/demo/issuance.html?visit=screen', height);
      for (const [step, click] of [
        ['offer', null],
        ['details', '[data-action="step-details"]'],
        ['leaflet', '[data-action="step-leaflet"]'],
      ] as const) {
        if (click) await page.panelClick(click);
        await page.waitFor(`[data-step="${step}"]`, { inPanel: true });
        const seen = await page.panelEvaluate(decisionsOutOfView, ANSWERS);
        expect(seen.total, step).toBeGreaterThanOrEqual(2);
        expect(seen.outside, step).toEqual([]);
      }
      await page.close();
    },
  );

  test('МАИС page: the fill button and the count of fields found are in view before any interaction', async () => {
    const page = await open('/demo/mais.html?visit=screen');
    await page.waitFor('[data-prefill-bar] [data-action="prefill"]', { inPanel: true });
    const seen = await page.panelEvaluate(decisionsOutOfView, '[data-prefill-bar] [data-action="prefill"]');
    expect(seen).toEqual({ total: 1, outside: [] });
    // The count comes from the form on the page, not from a click in the panel.
    // With an empty checklist the button names the fields found on the page.
    const found = await page.waitForPanelFunction(() => {
      const label = document.querySelector('[data-prefill-bar] [data-action="prefill"]')?.textContent ?? '';
      const count = Number(/найдено полей: (\d+)/.exec(label)?.[1] ?? 0);
      return count > 0 ? count : null;
    });
    expect(found).toBeGreaterThanOrEqual(15);
    await page.close();
  });
});
