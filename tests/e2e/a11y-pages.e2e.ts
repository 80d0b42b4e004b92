import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, BROWSERS, setupExtension, setupFixtureServer } from './harness';

// axe-core (WCAG 2.1 A/AA) on every extension page besides the panel (panel.e2e.ts checks the panel on each step):
// the popup, the options page on both tabs, the screen for the citizen and the leaflet, each once its content has
// rendered. The journal holds an outcome recorded through the panel, so the popup's counts and the options report
// show real numbers, the report its table and chart.

interface ExtensionPage {
  path: string;
  /** Present once the page has rendered its content. */
  ready: string;
  /** The page's usual size: the popup's 400 px width, the citizen's screen on a 1366×768 monitor. */
  viewport?: [number, number];
}

const PAGES: ExtensionPage[] = [
  { path: 'popup.html', ready: '[data-stat="accepted"]', viewport: [400, 700] },
  { path: 'options.html', ready: '[data-report-table]' },
  { path: 'options.html#settings', ready: '[data-settings-section="sites"]' },
  { path: 'citizen.html', ready: '[data-citizen-screen] svg[data-qr]', viewport: [1366, 768] },
  { path: 'leaflet.html', ready: '[data-leaflet] svg[data-qr]', viewport: [1000, 900] },
];

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: accessibility of the extension pages', (browser) => {
  const session = setupExtension(browser);
  beforeAll(async () => {
    // One outcome in today's journal, recorded as a clerk does it (the demo issuance page, default settings).
    const page = await session.openPage(server.url('/demo/issuance.html'));
    try {
      await page.waitForPanel();
      await page.panelClick('[data-outcome="accepted"]');
      await page.waitFor('[data-recorded-outcome="accepted"]', { inPanel: true });
    } finally {
      await page.close();
    }
  });

  test.each(PAGES)('$path: axe finds no WCAG 2.1 A/AA violation', async ({ path, ready, viewport }) => {
    const page = await session.openExtensionPage(path);
    try {
      if (viewport) await page.setViewport(...viewport);
      await page.waitFor(ready);
      expect(await axeViolations(page)).toEqual([]);
      expect(page.consoleErrors()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
