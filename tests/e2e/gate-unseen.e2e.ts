import { describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  poll,
  positiveControl,
  setupExtension,
  setupFixtureServer,
  type TestPage,
} from './harness';
import { clearJournal } from './journal-storage';

// The outside tester's run on issuance pages nobody tuned the gate for (tests/fixtures/gate-unseen): sites come only
// from `storage.local.settings`, every assertion reads the page's own state (a counter its handler sets), the panel
// is read inside its frame, and the popup counts the refusals in `[data-stat="refused"]`.

const SETTINGS = {
  version: 1,
  sites: [{ kind: 'issuance', match: 'http://127.0.0.1/fixtures/gate-unseen/*' }],
};

const PITCH = ['Карта жителя', 'karta.nso.ru', '«Мир»', 'Госуслуги'];

interface UnseenPage {
  file: string;
  /** How the clerk activates the issue control. */
  activate: (page: TestPage) => Promise<void>;
  /** The page's own count of issue actions. */
  counter: string;
  /** Waits until the page's control is there (late-rendered pages). */
  ready?: string;
}

const clickIssue = (selector: string) => (page: TestPage) => page.click(selector);

const PAGES: UnseenPage[] = [
  { file: 'bootstrap-icon.html', activate: clickIssue('#issue i.bi'), counter: 'window.issued' },
  { file: 'delegated.html', activate: clickIssue('#issue span'), counter: 'window.issued' },
  { file: 'input-button.html', activate: clickIssue('#btnIssue'), counter: 'window.issued' },
  {
    file: 'late-angular.html',
    activate: clickIssue('#issue .mdc-button__label'),
    counter: 'window.issued',
    ready: 'window.rendered === true',
  },
  {
    file: 'enter-submit.html',
    activate: async (page) => {
      await page.fill('#regnum', '2026-0415');
      await page.click('#regnum'); // the focus may be in the panel after the clerk's last answer there
      await page.press('Enter');
    },
    counter: 'window.submitted',
  },
  { file: 'several-buttons.html', activate: clickIssue('#issue'), counter: 'window.issued' },
  { file: 'legacy-onclick.html', activate: clickIssue('#issue'), counter: 'window.issued' },
  { file: 'legacy-onclick.html', activate: clickIssue('#reissue'), counter: 'window.reissued' },
];

/** Waits until the popup shows `count` refusals today; its text otherwise. */
async function popupShowsRefused(session: ExtSession, count: number): Promise<string> {
  const popup = await session.openExtensionPage('popup.html');
  const shown = () =>
    popup.evaluate(() => document.querySelector('[data-stat="refused"]')?.textContent?.trim() ?? '');
  try {
    await popup.waitFor('[data-stat="refused"]', { state: 'attached' });
    await poll(async () => (await shown()) === String(count), 5_000, `${count} refusals in the popup`).catch(
      () => {},
    );
    return shown();
  } finally {
    await popup.close();
  }
}

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: soft gate on unseen issuance pages', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });

  test.each(PAGES)('$file $counter: pitch shown, issue held, released once by «refused»', async (spec) => {
    const page = await session.openPage(server.url(`/fixtures/gate-unseen/${spec.file}`));
    try {
      await page.waitForPanel();
      const panel = await page.panelText();
      for (const word of PITCH) expect(panel, `pitch text «${word}»`).toContain(word);
      if (spec.ready) await page.waitForFunction(spec.ready, { timeout: 10_000 });

      await spec.activate(page);
      await page.waitFor('[data-gate-notice]', { inPanel: true, timeout: 5_000 });
      await page.waitFor('[data-step="offer"]', { inPanel: true });
      await positiveControl(page);
      expect(await page.evaluate(spec.counter), 'held: the page’s handler did not run').toBe(0);

      await page.panelClick('[data-outcome="refused"]');
      await page.waitForFunction(`${spec.counter} === 1`, { timeout: 5_000 });
      await page.waitFor('[data-recorded-outcome="refused"]', { inPanel: true });
      await page.waitFor('[data-gate-notice]', { inPanel: true, state: 'detached' });
      // The gate stays open for this visitor: the clerk's next activation runs at once and adds exactly one, so
      // the held one was carried out once, without a second click.
      await spec.activate(page);
      await page.waitForFunction(`${spec.counter} >= 2`, { timeout: 5_000 });
      expect(await page.evaluate(spec.counter), 'released exactly once').toBe(2);
      expect(page.dialogs()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('enter-submit.html: the held Enter submission is replayed with the typed value and the submitter', async () => {
    const page = await session.openPage(server.url('/fixtures/gate-unseen/enter-submit.html'));
    try {
      await page.waitForPanel();
      await page.fill('#regnum', '77-15');
      await page.press('Enter');
      await page.waitFor('[data-gate-notice]', { inPanel: true, timeout: 5_000 });
      await positiveControl(page);
      expect(await page.evaluate('window.submitted')).toBe(0);
      await page.panelClick('[data-outcome="refused"]');
      await page.waitForFunction('window.submitted === 1', { timeout: 5_000 });
      expect(await page.evaluate('[window.lastRegnum, window.lastSubmitter]')).toEqual(['77-15', 'issue']);
      expect(page.url()).toContain('/enter-submit.html');
    } finally {
      await page.close();
    }
  });

  test('several-buttons.html: compensation, «Карта жителя» and record-card printing run at once, not held', async () => {
    const page = await session.openPage(server.url('/fixtures/gate-unseen/several-buttons.html'));
    try {
      await page.waitForPanel();
      for (const id of ['compensation', 'karta', 'print']) await page.click(`#${id}`);
      expect(await page.evaluate('window.clicks')).toEqual({ compensation: 1, karta: 1, print: 1, issue: 0 });
      await page.waitFor('[data-gate-notice]', { inPanel: true, state: 'detached', timeout: 1_000 });
      // The gate is still armed for the real issue control after those clicks.
      await page.click('#issue');
      await page.waitFor('[data-gate-notice]', { inPanel: true, timeout: 5_000 });
      expect(await page.evaluate('window.issued')).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('bootstrap-icon.html: the neighbouring «История» button is not held', async () => {
    const page = await session.openPage(server.url('/fixtures/gate-unseen/bootstrap-icon.html'));
    try {
      await page.waitForPanel();
      await page.click('#history');
      expect(await page.evaluate('window.history_opened')).toBe(1);
      await page.waitFor('[data-gate-notice]', { inPanel: true, state: 'detached', timeout: 1_000 });
    } finally {
      await page.close();
    }
  });

  test('legacy-onclick.html: the toolbar link «История обращений» (onclick, no href) is not held', async () => {
    const page = await session.openPage(server.url('/fixtures/gate-unseen/legacy-onclick.html'));
    try {
      await page.waitForPanel();
      await page.click('.tb a:first-child');
      expect(await page.evaluate('window.history_opened')).toBe(1);
      await page.waitFor('[data-gate-notice]', { inPanel: true, state: 'detached', timeout: 1_000 });
    } finally {
      await page.close();
    }
  });

  test('iframe-issue.html: an issue button inside a same-origin iframe is held, then released once', async () => {
    const page = await session.openPage(server.url('/fixtures/gate-unseen/iframe-issue.html'));
    const frameIssued = () =>
      page.frameEvaluate('iframe-issue-inner', () => (window as unknown as { issued: number }).issued);
    /** A real mouse click at the frame's button (TestPage.click reaches the top document only). */
    const clickFrameIssue = async () => {
      const frame = await page.evaluate(() => {
        const r = (document.getElementById('work') as HTMLIFrameElement).getBoundingClientRect();
        return { left: r.x, top: r.y };
      });
      const inner = await page.frameEvaluate('iframe-issue-inner', () => {
        const r = (document.getElementById('issue') as HTMLElement).getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      const mouse = (page.raw as { mouse: { click(x: number, y: number): Promise<void> } }).mouse;
      await mouse.click(frame.left + inner.x, frame.top + inner.y);
    };
    try {
      await page.waitForPanel();
      await clickFrameIssue();
      await page.waitFor('[data-gate-notice]', { inPanel: true, timeout: 5_000 });
      await positiveControl(page);
      expect(await frameIssued(), 'held: the frame’s handler did not run').toBe(0);
      await page.panelClick('[data-outcome="refused"]');
      await poll(async () => (await frameIssued()) === 1, 5_000, 'the frame’s issue handler');
      await page.waitFor('[data-gate-notice]', { inPanel: true, state: 'detached' });
      // The clerk's next click runs at once and adds exactly one: the held click was carried out once.
      await clickFrameIssue();
      await poll(async () => (await frameIssued()) >= 2, 5_000, 'the frame’s second issue');
      expect(await frameIssued(), 'released exactly once').toBe(2);
    } finally {
      await page.close();
    }
  });

  test('the popup counts every refusal recorded today', async () => {
    await clearJournal(session); // refusals other tests recorded today
    const page = await session.openPage(server.url('/fixtures/gate-unseen/legacy-onclick.html'));
    try {
      await page.waitForPanel();
      // Two visitors refuse in turn: «Новый посетитель» holds the issue control again for the second one.
      for (const [control, counter] of [
        ['#issue', 'window.issued'],
        ['#reissue', 'window.reissued'],
      ]) {
        await page.click(control);
        await page.waitFor('[data-gate-notice]', { inPanel: true, timeout: 5_000 });
        await page.panelClick('[data-outcome="refused"]');
        await page.waitForFunction(`${counter} === 1`, { timeout: 5_000 });
        await page.panelClick('[data-action="new-visitor"]');
        await page.waitFor('[data-step="offer"]', { inPanel: true });
      }
    } finally {
      await page.close();
    }
    expect(await popupShowsRefused(session, 2)).toBe('2');
  });
});
