import { describe, expect, test } from 'vitest';
import { BROWSERS, setupExtension, setupFixtureServer, type TestPage } from './harness';

// The soft gate against a page that acts on its issue control every way it can (tests/fixtures/gate-hostile): on
// mousedown, on pointerdown, from a window capture-phase handler, by clicking the control from script, by
// requestSubmit() from a handler and from a timer, inside same-origin frames (static, srcdoc, added later) and inside
// an open and a closed shadow root. The page records its own actions: issuing ones in `window.__issued`, the others
// in `window.__done`. Each case shows the issuing action held while a non-issuing control on the same page acts,
// then carried out exactly once after «refused».

const SETTINGS = {
  version: 1,
  sites: [{ kind: 'issuance', match: 'http://127.0.0.1/fixtures/gate-hostile/*' }],
};

interface HostileCase {
  name: string;
  /** What the clerk clicks (a frame or a shadow host is clicked at its centre, where its issue button is). */
  selector: string;
  /** What the page records in `__issued` when its issuing action runs. */
  issued: string;
  /** A `__done` entry the page writes right before its own script tries to issue. */
  trigger?: string;
  /** A `__done` entry the page writes once the control is there. */
  ready?: string;
  keyboard?: boolean;
}

const CASES: HostileCase[] = [
  { name: 'a control acting on mousedown', selector: '#mousedown-issue', issued: 'mousedown' },
  { name: 'a control acting on pointerdown', selector: '#pointerdown-issue', issued: 'pointerdown' },
  {
    name: 'page script calling issueButton.click() from another handler',
    selector: '#next',
    issued: 'scripted-click',
    trigger: 'next',
  },
  {
    name: 'Enter on the focused issue button',
    selector: '#scripted-issue',
    issued: 'scripted-click',
    keyboard: true,
  },
  { name: 'the form’s own submit button', selector: '#form-issue', issued: 'submit:form-issue' },
  {
    name: 'requestSubmit() without a submitter from a button’s handler',
    selector: '#continue',
    issued: 'submit:none',
    trigger: 'continue',
  },
  {
    name: 'requestSubmit(issueButton) from a timer',
    selector: '#check',
    issued: 'submit:form-issue',
    trigger: 'timer',
  },
  { name: 'a same-origin iframe present at load', selector: '#frame-static', issued: 'frame:static' },
  { name: 'a srcdoc iframe', selector: '#frame-srcdoc', issued: 'frame:srcdoc' },
  {
    name: 'an iframe added after load',
    selector: '#frame-late',
    issued: 'frame:late',
    ready: 'frame-late:loaded',
  },
  {
    name: 'an about:blank iframe built by script',
    selector: '#frame-blank',
    issued: 'frame:blank',
    ready: 'frames-added',
  },
  {
    name: 'an about:blank iframe written with document.write',
    selector: '#frame-written',
    issued: 'frame:written',
    ready: 'frames-added',
  },
  {
    name: 'an iframe that navigated to another page',
    selector: '#frame-navigating',
    issued: 'frame:navigated',
    ready: 'frame-navigating:loaded',
  },
  { name: 'an open shadow root', selector: '#open-host', issued: 'open-shadow' },
  { name: 'a closed shadow root', selector: '#closed-host', issued: 'closed-shadow' },
  // The agent creates the gate at document_start, so its listener comes before one the page's <head> registers.
  {
    name: 'a window capture-phase handler registered by an inline <head> script',
    selector: '#capture-issue',
    issued: 'capture',
  },
];

const NOT_ISSUING = ['card-record', 'draft', 'decline', 'statement'];

const issued = (page: TestPage) =>
  page.evaluate(() => (window as unknown as { __issued: string[] }).__issued);
const waitDone = (page: TestPage, what: string) =>
  page.waitForFunction((w: string) => (window as unknown as { __done: string[] }).__done.includes(w), {
    args: [what],
  });

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: soft gate on a hostile page', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });

  async function open(): Promise<TestPage> {
    const page = await session.openPage(server.url('/fixtures/gate-hostile/index.html'));
    await page.waitForPanel(15_000);
    // 300 ms after load the page adds its late frames, and its controls move down: a click aimed before that lands
    // where a control was, as a person's would.
    await waitDone(page, 'frames-added');
    return page;
  }

  async function holdThenRefuse(spec: HostileCase): Promise<void> {
    const page = await open();
    try {
      if (spec.ready) await waitDone(page, spec.ready);
      if (spec.keyboard) {
        await page.evaluate(
          (sel: string) => (document.querySelector(sel) as HTMLElement).focus(),
          spec.selector,
        );
        await page.press('Enter');
      } else {
        await page.click(spec.selector);
      }
      await page.waitFor('[data-gate-notice]', { inPanel: true });
      if (spec.trigger) await waitDone(page, spec.trigger);
      // Positive control: a non-issuing control on the same page acts at once; the issuing action did not.
      await page.click('#draft');
      await waitDone(page, 'draft');
      expect(await issued(page), 'held: the page did not issue').toEqual([]);

      await page.panelClick('[data-outcome="refused"]');
      await page.waitForFunction(() => (window as unknown as { __issued: string[] }).__issued.length > 0);
      await page.click('#statement');
      await waitDone(page, 'statement');
      expect(await issued(page), 'carried out exactly once').toEqual([spec.issued]);
      await page.waitFor('[data-gate-notice]', { inPanel: true, state: 'detached' });
      expect(page.dialogs()).toEqual([]);
    } finally {
      await page.close();
    }
  }

  test.each(CASES)('$name: held, then carried out once after «refused»', holdThenRefuse);

  test('the four non-issuing controls act at once; the gate is still armed for an issuing one', async () => {
    const page = await open();
    try {
      for (const id of NOT_ISSUING) await page.click(`#${id}`);
      await page.waitForFunction(
        (ids: string[]) => ids.every((id) => (window as unknown as { __done: string[] }).__done.includes(id)),
        { args: [NOT_ISSUING] },
      );
      await page.waitFor('[data-gate-notice]', { inPanel: true, state: 'detached' });
      await page.click('#mousedown-issue');
      await page.waitFor('[data-gate-notice]', { inPanel: true });
      expect(await issued(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
