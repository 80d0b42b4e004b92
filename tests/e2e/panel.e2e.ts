import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  poll,
  ROOT,
  startFixtureServer,
  type TestPage,
} from './harness';
import { clearJournal, journalLines } from './journal-storage';

// The in-page panel on an issuance page: docked at the right without covering the page, the memo's conversation
// with texts from the pack, outcomes into the journal, collapse remembered, Esc, and styles isolated both ways.

const SETTINGS = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/gate/*' },
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/capture/dl-card.html*' },
  ],
};

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2 A/AA) on the panel element only; returns «rule: target» lines. */
async function axeViolations(page: TestPage): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE};true`);
  return page.evaluate(async () => {
    type AxeResult = {
      violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
      passes: Array<{ id: string }>;
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(
      { include: [['karta-nso-panel']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    // Guard against a vacuous run: the panel's buttons must have been checked.
    if (!result.passes.some((p) => p.id === 'button-name')) return ['axe did not see the panel buttons'];
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s: panel', (browser) => {
  let session: ExtSession;
  beforeAll(async () => {
    session = await launchExtension(browser, { settings: SETTINGS });
  });
  afterAll(() => session?.close());

  async function open(name: string): Promise<TestPage> {
    const page = await session.openPage(server.url(`/fixtures/gate/${name}`));
    await page.waitForPanel(15_000);
    return page;
  }

  test('docks at the right edge, full height, and reserves its width so the page stays usable', async () => {
    const page = await open('hostile-styles.html');
    await page.waitFor('.kp-panel', { inPanel: true });
    const layout = await page.evaluate(() => {
      const host = document.querySelector('karta-nso-panel');
      const panel = host?.shadowRoot?.querySelector('.kp-panel');
      const box = panel?.getBoundingClientRect();
      const button = document.getElementById('right-edge')!.getBoundingClientRect();
      const hit = document.elementFromPoint(button.left + button.width / 2, button.top + button.height / 2);
      return {
        parent: host?.parentElement?.localName,
        mode: host?.shadowRoot ? 'open' : 'closed',
        right: box && Math.round(box.right),
        width: box && Math.round(box.width),
        height: box && Math.round(box.height),
        viewportWidth: document.documentElement.clientWidth + 360,
        viewportHeight: window.innerHeight,
        buttonRight: Math.round(button.right),
        hitId: hit?.id,
        margin: getComputedStyle(document.documentElement).marginRight,
      };
    });
    expect(layout.parent).toBe('body');
    expect(layout.mode).toBe('open');
    expect(layout.width).toBe(360);
    expect(layout.height).toBe(layout.viewportHeight);
    expect(layout.margin).toBe('360px');
    expect(layout.buttonRight).toBeLessThanOrEqual((layout.right ?? 0) - 360);
    expect(layout.hitId).toBe('right-edge');
    await page.click('#right-edge');
    expect(await page.evaluate(() => (window as unknown as { rightClicked: number }).rightClicked)).toBe(1);
    await page.close();
  });

  test('styles are isolated both ways', async () => {
    const page = await open('hostile-styles.html');
    await page.waitFor('[data-outcome="refused"]', { inPanel: true });
    const styles = await page.evaluate(() => {
      const root = document.querySelector('karta-nso-panel')!.shadowRoot!;
      const ours = getComputedStyle(root.querySelector('[data-outcome="refused"]')!);
      const title = getComputedStyle(root.querySelector('h2')!);
      const pageButton = getComputedStyle(document.getElementById('right-edge')!);
      return {
        ourBackground: ours.backgroundColor,
        ourColor: ours.color,
        ourFont: ours.fontFamily,
        titleSize: title.fontSize,
        pageButtonBackground: pageButton.backgroundColor,
      };
    });
    expect(styles.ourBackground).not.toBe('rgb(0, 255, 0)');
    expect(styles.ourColor).not.toBe('rgb(255, 0, 0)');
    expect(styles.ourFont).not.toContain('Courier');
    expect(styles.titleSize).toBe('17px');
    expect(styles.pageButtonBackground).toBe('rgb(0, 255, 0)');
    await page.close();
  });

  test('the pitch: Карта жителя, karta.nso.ru, «Мир», Госуслуги, QR; steps and «Назад»', async () => {
    const page = await open('onclick.html');
    const offer = await page.panelText();
    expect(offer).toContain('Карта жителя НСО');
    expect(offer).toContain('karta.nso.ru');
    expect(offer).toContain('«Мир»');
    expect(offer).toContain('Госуслуг');
    await page.waitFor('svg[data-qr="https://karta.nso.ru"]', { inPanel: true });
    await page.panelClick('[data-action="step-details"]');
    await page.waitFor('[data-step="details"]', { inPanel: true });
    expect(await page.panelText()).toContain('Госуслуг');
    expect(await page.panelText()).toContain('110');
    await page.panelClick('[data-action="step-leaflet"]');
    await page.waitFor('[data-step="leaflet"] [data-action="copy"]', { inPanel: true });
    await page.panelClick('[data-action="back"]');
    await page.waitFor('[data-step="details"]', { inPanel: true });
    await page.panelClick('[data-action="back"]');
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  test('an outcome goes to the journal with the steps shown, and the popup counts it', async () => {
    await clearJournal(session);
    const page = await open('onclick.html');
    await page.panelClick('[data-action="step-details"]');
    await page.panelClick('[data-action="step-leaflet"]');
    await page.panelClick('[data-outcome="leaflet"]');
    await page.waitFor('[data-action="new-visitor"]', { inPanel: true });
    expect(await page.panelText()).toContain('Итог записан');
    const journal = await poll(
      async () => {
        const lines = await journalLines(session);
        return lines.length === 1 ? lines : null;
      },
      5_000,
      'one journal entry',
    );
    if (!journal) throw new Error('no journal');
    expect(journal[0]).toMatchObject({
      outcome: 'leaflet',
      steps: ['offer', 'details', 'leaflet'],
      siteKind: 'issuance',
    });
    expect(Object.keys(journal[0]).sort()).toEqual(['at', 'outcome', 'siteKind', 'steps']);

    await page.panelClick('[data-action="new-visitor"]');
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    await page.waitFor('[data-outcome="refused"]', { inPanel: true });

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor('[data-stat="leaflet"]');
    await popup.waitForFunction(
      () => document.querySelector('[data-stat="leaflet"]')?.textContent?.trim() === '1',
    );
    await popup.close();
    await page.close();
  });

  test('collapse: the page gets its width back, the choice is remembered, the tab expands again', async () => {
    const page = await open('onclick.html');
    await page.panelClick('.kp-header [data-action="collapse"]');
    await page.waitFor('.kp-tab', { inPanel: true });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await poll(
      async () => (await session.getStorage('local', 'ui')).ui?.toString() !== undefined,
      5_000,
      'ui saved',
    );
    expect((await session.getStorage('local', 'ui')).ui).toEqual({ collapsed: true });
    await page.close();

    const again = await open('onclick.html');
    await again.waitFor('.kp-tab', { inPanel: true });
    await again.waitFor('.kp-tab [data-action="capture"], .kp-tab .kp-toolbar', {
      inPanel: true,
      state: 'attached',
    });
    await again.panelClick('.kp-tab [data-action="collapse"]');
    await again.waitFor('.kp-panel', { inPanel: true });
    expect(await again.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('360px');
    await poll(
      async () => JSON.stringify((await session.getStorage('local', 'ui')).ui) === '{"collapsed":false}',
      5_000,
      'expanded saved',
    );
    await again.close();
  });

  test('Esc inside the panel collapses it', async () => {
    const page = await open('onclick.html');
    await page.evaluate(() => {
      const button = document
        .querySelector('karta-nso-panel')!
        .shadowRoot!.querySelector<HTMLElement>('[data-action="step-details"]')!;
      button.focus();
    });
    await page.press('Escape');
    await page.waitFor('.kp-tab', { inPanel: true });
    await page.panelClick('.kp-tab [data-action="collapse"]');
    await page.waitFor('.kp-panel', { inPanel: true });
    await page.close();
  });

  test('axe finds no WCAG 2.1 A/AA violations in the panel on each step and collapsed', async () => {
    const page = await open('onclick.html');
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.panelClick('[data-action="step-details"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.panelClick('[data-action="step-leaflet"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.panelClick('[data-outcome="accepted"]');
    await page.waitFor('[data-action="new-visitor"]', { inPanel: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.panelClick('.kp-header [data-action="collapse"]');
    await page.waitFor('.kp-tab', { inPanel: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.panelClick('.kp-tab [data-action="collapse"]');
    await page.close();
  });

  test('the togglePanel message (keyboard shortcut relay) collapses and expands the panel', async () => {
    const page = await open('onclick.html');
    await page.waitFor('.kp-panel', { inPanel: true });
    const tabs = await session.callApi<Array<{ id: number; url?: string }>>('tabs.query', {});
    const tab = tabs.find((t) => t.url?.includes('/fixtures/gate/onclick.html'));
    if (!tab) throw new Error('tab not found');
    // The @webext-core/messaging envelope, as the background's sendMessage('togglePanel') sends it.
    const toggle = () =>
      session.callApi(
        'tabs.sendMessage',
        tab.id,
        { id: 1, type: 'togglePanel', timestamp: Date.now() },
        { frameId: 0 },
      );
    await toggle();
    await page.waitFor('.kp-tab', { inPanel: true });
    await toggle();
    await page.waitFor('.kp-panel', { inPanel: true });
    await page.close();
  });

  test('capture on an issuance page switches the panel to the checklist with the captured values', async () => {
    const page = await session.openPage(server.url('/fixtures/capture/dl-card.html'));
    await page.waitForPanel(15_000);
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    await page.panelClick('.kp-toolbar [data-action="capture"]');
    await page.waitFor('[name="snils"]', { inPanel: true });
    await page.waitForFunction(() => {
      const root = document.querySelector('karta-nso-panel')?.shadowRoot;
      return (root?.querySelector('[name="snils"]') as HTMLInputElement | null)?.value === '112-233-445 95';
    });
    // «К беседе по памятке» returns to the conversation where it was.
    await page.panelClick('[data-action="show-pitch"]');
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    await session.clearStorage('session');
    await page.close();
  });
});
