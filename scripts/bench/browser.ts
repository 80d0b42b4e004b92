import type { BrowserContext, Frame, Page } from 'playwright-core';
import type * as Harness from '../../tests/e2e/harness';
import { CITIZEN } from '../../tests/e2e/prefill-citizen';
import { matchCategory } from '../../utils/catalogue/match';
import { type Cdp, cdpOf } from './cdp';
import { panelPaintedAt } from './in-frame';
import { BENCH_SETTINGS } from './server';

// One Chromium with the built extension and the bench's sites (utils: open a page with a CDP session attached
// before it navigates, find the panel's frame, put a checklist in the session).

const PANEL_URL = /^chrome-extension:\/\/[a-p]{32}\/panel\.html/;

export interface OpenedPage {
  page: Page;
  cdp: Cdp;
  /** The panel page's frame once it has painted (null if it did not within `timeout`). */
  panel(timeout?: number): Promise<Frame | null>;
  close(): Promise<void>;
}

export interface BenchBrowser {
  session: Harness.ExtSession;
  context: BrowserContext;
  extensionOrigin: string;
  open(url: string, waitUntil?: 'load' | 'domcontentloaded' | 'commit'): Promise<OpenedPage>;
  /** A veteran's checklist, eligible for the social card, in the background's session storage (as the panel saves it). */
  putChecklist(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function findPanel(page: Page, timeout: number): Promise<Frame | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline && !page.isClosed()) {
    const frame = page.frames().find((f) => PANEL_URL.test(f.url()));
    const painted = frame ? await frame.evaluate(panelPaintedAt).catch(() => null) : null;
    if (frame && painted) return frame;
    await sleep(50);
  }
  return null;
}

/**
 * Panel frame: «Заполнить чек-лист со страницы», then wait for the notice it says (the engine is loaded by then).
 * The button is pressed from inside the panel's frame: Playwright's own click checks the hit target through the
 * parent frames and so injects its ~330 KB script into the page, whose heap and CPU the measures read.
 */
export async function pressCapture(panel: Frame): Promise<void> {
  await panel.evaluate(() =>
    (document.querySelector('[data-action="capture"]') as HTMLButtonElement).click(),
  );
  await panel.waitForFunction(
    () =>
      document
        .querySelector('[data-action="capture"]')
        ?.parentElement?.querySelector('[role="status"]')
        ?.textContent?.trim(),
    undefined,
    { timeout: 60_000 },
  );
}

export async function launchBenchBrowser(
  harness: typeof Harness,
  alsoLoad?: string[],
): Promise<BenchBrowser> {
  const session = await harness.launchExtension('chromium', { settings: BENCH_SETTINGS, alsoLoad });
  const context = session.raw as BrowserContext;
  return {
    session,
    context,
    extensionOrigin: session.extensionOrigin,
    async open(url, waitUntil = 'load') {
      const page = await context.newPage();
      const cdp = await cdpOf(context, page);
      await page.goto(url, { waitUntil, timeout: 120_000 });
      return {
        page,
        cdp,
        panel: (timeout = 30_000) => findPanel(page, timeout),
        close: () => page.close(),
      };
    },
    async putChecklist() {
      const category = matchCategory('Ветеран труда')?.code;
      await session.setStorage('session', {
        checklist: {
          checklist: {
            eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
            fields: { ...CITIZEN, category },
          },
          expiresAt: Date.now() + 60 * 60_000,
        },
      });
    },
    close: () => session.close(),
  };
}
