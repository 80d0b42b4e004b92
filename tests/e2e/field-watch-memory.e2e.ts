import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BROWSERS, setupExtension, setupFixtureServer, type TestPage } from './harness';
import { countAbove, countIs } from './panel-count';

// The form watcher keeps nothing the page drops: a list whose rows are web components (each with its label and input
// in an open shadow root) is replaced again and again, the count on the panel's prefill button following each
// version, and the page's DOM nodes after a full garbage collection do not grow with the number of versions. The same
// swaps with the page itself holding on to the rows it drops are the positive control: the count of nodes sees such a
// leak, a version's worth of nodes at a time. A list swapped this often churns: the watcher looks at it again once it
// is quiet, and may hold the controls of the version it last took in until then — one version, never more.
// Chromium only: the DOM node count comes from its DevTools protocol.

const SETTINGS = { version: 1, sites: [{ kind: 'mais', match: 'http://127.0.0.1/fixtures/mais/*' }] };
const ROWS = 50;
const SWAPS = 6;

const server = setupFixtureServer();

/** DOM nodes alive in the page's process after a full collection. */
async function nodesAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  return counters.nodes;
}

describe.runIf(BROWSERS.includes('chromium'))('chromium: form watcher and dropped components', () => {
  const session = setupExtension('chromium', { settings: SETTINGS });

  test('rows of web components replaced again and again are not kept alive by the watcher', async () => {
    const page: TestPage = await session.openPage(server.url('/fixtures/mais/component-rows.html'));
    const cdp = await (session.raw as BrowserContext).newCDPSession(page.raw as Page);
    try {
      await page.waitForPanel(15_000);
      const base = (await page.waitForPanelFunction(countAbove, { args: [0] })) as number;
      // One row labelled «Отчество» adds a field the panel counts; «Комментарий…» rows add none. Alternating them,
      // each version of the list changes the count, so the watcher is seen to have taken in every one.
      let swaps = 0;
      const swap = async (keep: boolean) => {
        const middleName = swaps++ % 2 === 0;
        await page.evaluate(
          (first: string, n: number, hold: boolean) =>
            (window as unknown as { replaceRows(f: string, n: number, k: boolean): void }).replaceRows(
              first,
              n,
              hold,
            ),
          middleName ? 'Отчество' : 'Комментарий к обращению 0',
          ROWS,
          keep,
        );
        await page.waitForPanelFunction(countIs, {
          args: [middleName ? base + 1 : base],
          timeout: 15_000,
        });
      };

      await swap(false);
      const before = await nodesAfterGc(cdp);
      for (let i = 0; i < SWAPS; i++) await swap(false);
      const afterWatcher = await nodesAfterGc(cdp);
      for (let i = 0; i < SWAPS; i++) await swap(true);
      const afterPageKept = await nodesAfterGc(cdp);

      const perVersion = (afterPageKept - afterWatcher) / SWAPS;
      expect(perVersion).toBeGreaterThan(ROWS * 4); // host, shadow root, its div, label, input…
      expect(afterWatcher - before).toBeLessThan(1.5 * perVersion);
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  });
});
