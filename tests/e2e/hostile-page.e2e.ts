import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSERS, PANEL_TAG, poll, setupExtension, setupFixtureServer, type TestPage } from './harness';
import { clearJournal, journalLines } from './journal-storage';

// The page is not trusted. `page.evaluate` runs in the page's own world, exactly where an analytics or
// session-replay script runs: from there each test tries to read the citizen, drive the panel or stop the extension,
// and shows it failed — each time next to a positive control showing the same thing done by the clerk works.

const SETTINGS = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/hostile/issuance.html*' },
    { kind: 'mais', match: 'http://127.0.0.1/fixtures/hostile/mais.html*' },
  ],
};

const CITIZEN = {
  eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
  fields: {
    lastName: 'Секретова',
    firstName: 'Анна',
    middleName: '',
    birthDate: '1950-02-01',
    snils: '112-233-445 95',
    phone: '',
    idSeries: '5004',
    idNumber: '123456',
    idIssueDate: '2002-06-01',
    idIssuer: '',
    category: '',
    benefitStart: '',
    benefitEnd: '',
    basisDocName: '',
    basisDocSeries: '',
    basisDocNumber: '',
    basisDocIssueDate: '',
    basisDocIssuer: '',
  },
};

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: a hostile page script', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });
  beforeEach(() => session.clearStorage('session')); // no citizen left from another test

  async function open(name: 'issuance' | 'mais'): Promise<TestPage> {
    const page = await session.openPage(server.url(`/fixtures/hostile/${name}.html`));
    await page.waitForPanel(15_000);
    return page;
  }

  async function journalLength(): Promise<number> {
    return (await journalLines(session)).length;
  }

  test('cannot read the citizen shown in the panel', async () => {
    await session.setStorage('session', {
      checklist: { checklist: CITIZEN, expiresAt: Date.now() + 600_000 },
    });
    const page = await open('mais');
    // Positive control: the clerk sees the citizen in the panel.
    await page.waitForPanelFunction(
      () => document.querySelector<HTMLInputElement>('[name="lastName"]')?.value === 'Секретова',
    );
    const seen = await page.evaluate(() => {
      const host = document.querySelector('karta-nso-panel') as HTMLElement & {
        shadowRoot: ShadowRoot | null;
      };
      const frames: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frames.push(window.frames[i].document.documentElement.outerHTML);
        } catch {
          frames.push('blocked');
        }
      }
      return {
        shadow: host.shadowRoot === null ? 'closed' : 'open',
        iframeInDom: document.querySelectorAll('iframe').length,
        html: document.documentElement.outerHTML,
        // biome-ignore lint/performance/useDomNodeTextContent: what a session-replay script reads is the rendered text
        text: document.body.innerText,
        frames,
        runtime: typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
          ?.runtime?.sendMessage,
      };
    });
    expect(seen.shadow).toBe('closed');
    expect(seen.iframeInDom).toBe(0);
    expect(seen.frames.every((f) => f === 'blocked')).toBe(true);
    for (const where of [seen.html, seen.text, ...seen.frames]) {
      expect(where).not.toContain('Секретова');
      expect(where).not.toContain('112-233-445');
    }
    expect(seen.runtime).toBe('undefined'); // the page cannot message the extension at all
    await page.close();
  });

  test('keys typed in the panel never reach the page', async () => {
    const page = await open('mais');
    await page.panelFill('[name="lastName"]', 'Ключ');
    await page.waitForPanelFunction(
      () => document.querySelector<HTMLInputElement>('[name="lastName"]')?.value === 'Ключ',
    );
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toEqual([]);
    // Positive control: the page's own field is heard.
    await page.fill('#fam', 'Я');
    await page.click('#fam');
    await page.press('Tab');
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toContain(
      'Tab',
    );
    await page.close();
  });

  test('cannot drive the panel: clicks and events from the page record nothing', async () => {
    await clearJournal(session);
    const page = await open('issuance');
    await page.waitFor('[data-outcome="refused"]', { inPanel: true });
    const box = await page.panelEvaluate(() => {
      const r = document.querySelector('[data-outcome="refused"]')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.evaluate(({ x, y }: { x: number; y: number }) => {
      const host = document.querySelector('karta-nso-panel') as HTMLElement;
      const hostBox = host.getBoundingClientRect();
      const at = { clientX: hostBox.left + x, clientY: hostBox.top + y, bubbles: true, composed: true };
      const target = document.elementFromPoint(at.clientX, at.clientY) ?? host;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
        target.dispatchEvent(new MouseEvent(type, at));
      host.click();
      host.focus();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }, box);
    expect(await page.panelText('[data-outcome="refused"]')).toBeTruthy(); // still offered: nothing was recorded
    expect(await journalLength()).toBe(0);
    // Positive control: the clerk's click records.
    await page.panelClick('[data-outcome="refused"]');
    await poll(async () => (await journalLength()) === 1, 5_000, 'the clerk’s outcome in the journal');
    await page.close();
  });

  test('cannot post to the panel: its frame is not among the page’s frames', async () => {
    const page = await open('mais');
    // The panel's frame is in the host's closed shadow root: not among the page's frames, so nothing the page
    // posts reaches the panel page (utils/panel/agent-line.ts refuses what lacks its key all the same).
    const frames = () => window.frames.length;
    expect(await page.evaluate(frames)).toBe(0);
    // Positive control: a frame of the page's own is among them.
    await page.evaluate(() => document.body.append(document.createElement('iframe')));
    expect(await page.evaluate(frames)).toBe(1);
    expect(await page.panelEvaluate(() => document.querySelector('[data-action="prefill"]') !== null)).toBe(
      true,
    );
    await page.close();
  });

  test('cannot stop the extension: forged start-up messages and removing the host leave the gate holding', async () => {
    const page = await open('issuance');
    await page.evaluate(() => {
      const names = [
        'wxt:content-script-started',
        'karta-nso-clerk@osn.nso.ru:issuance-agent:wxt:content-script-started',
      ];
      for (const type of names) {
        window.postMessage({ type, contentScriptName: 'issuance-agent', messageId: 'forged' }, '*');
        document.dispatchEvent(
          new CustomEvent(type, { detail: { contentScriptName: 'issuance-agent', messageId: 'x' } }),
        );
      }
      document.querySelector('karta-nso-panel')?.remove();
    });
    // The host comes back, and nothing the extension posts names it.
    await page.waitForFunction(() => document.querySelector('karta-nso-panel') !== null);
    const messages = await page.evaluate(
      () => (window as unknown as { messagesSeen: string[] }).messagesSeen,
    );
    expect(messages.filter((m) => !m.includes('forged'))).toEqual([]);
    await page.click('#issue');
    await page.waitFor('[data-gate-notice]', { inPanel: true });
    expect(await page.evaluate(() => (window as unknown as { issued: number }).issued)).toBe(0);
    // Positive control: the refusal carries the held issuance out, once.
    await page.panelClick('[data-outcome="refused"]');
    await page.waitForFunction(() => (window as unknown as { issued: number }).issued === 1);
    await page.close();
  });

  test('a click held while the page had taken the panel away reaches the panel that comes back', async () => {
    const page = await open('issuance');
    // In one task: the host goes, and the issue button is clicked before any new panel page can listen.
    await page.evaluate(() => {
      document.querySelector('karta-nso-panel')?.remove();
      (document.getElementById('issue') as HTMLButtonElement).click();
    });
    expect(await page.evaluate(() => (window as unknown as { issued: number }).issued)).toBe(0);
    await page.waitFor('[data-gate-notice]', { inPanel: true });
    await page.panelClick('[data-outcome="refused"]');
    await page.waitForFunction(() => (window as unknown as { issued: number }).issued === 1);
    await page.close();
  });

  test('an extension reload replaces the old panel, gives the margin back once, and the gate holds again', async () => {
    const page = await open('issuance');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
    await page.evaluate((tag: string) => {
      (window as unknown as { oldHost: Element | null }).oldHost = document.querySelector(tag);
    }, PANEL_TAG);
    await session.reloadExtension();
    // One host (the new one), one reserved width, a working panel in it.
    await page.waitForFunction(
      (tag: string) =>
        document.querySelectorAll(tag).length === 1 &&
        document.querySelector(tag) !== (window as unknown as { oldHost: Element | null }).oldHost,
      { args: [PANEL_TAG] },
    );
    await page.waitForPanel(15_000);
    await page.waitFor('[data-outcome="refused"]', { inPanel: true });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
    await page.click('#issue');
    await page.waitFor('[data-gate-notice]', { inPanel: true });
    expect(await page.evaluate(() => (window as unknown as { issued: number }).issued)).toBe(0);
    await page.panelClick('[data-outcome="refused"]');
    await page.waitForFunction(() => (window as unknown as { issued: number }).issued === 1);
    await page.close();
  });
});
