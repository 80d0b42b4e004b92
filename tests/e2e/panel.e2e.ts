import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  poll,
  startFixtureServer,
  type TestPage,
} from './harness';
import { clearJournal, journalLines } from './journal-storage';

// The panel on an issuance page: its page in an iframe inside a closed shadow root, docked at the right without
// covering the page, the memo's conversation with texts from the pack, outcomes into the journal, collapse
// remembered, Esc, and styles isolated both ways.

const EXPANDED = '[data-collapsed="false"]';
const COLLAPSED = '[data-collapsed="true"]';

const SETTINGS = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/gate/*' },
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/capture/dl-card.html*' },
  ],
};

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
    await page.waitFor(EXPANDED, { inPanel: true });
    const layout = await page.evaluate(() => {
      const host = document.querySelector('karta-nso-panel') as HTMLElement;
      const box = host.getBoundingClientRect();
      const button = document.getElementById('right-edge')!.getBoundingClientRect();
      const hit = document.elementFromPoint(button.left + button.width / 2, button.top + button.height / 2);
      return {
        parent: host.parentElement?.localName,
        shadowVisible: host.shadowRoot !== null,
        right: Math.round(box.right),
        width: Math.round(box.width),
        height: Math.round(box.height),
        viewportHeight: window.innerHeight,
        buttonRight: Math.round(button.right),
        hitId: hit?.id,
        margin: getComputedStyle(document.documentElement).marginRight,
      };
    });
    expect(layout.parent).toBe('html');
    expect(layout.shadowVisible).toBe(false); // closed: the page cannot reach inside
    expect(layout.width).toBe(360);
    expect(layout.height).toBe(layout.viewportHeight);
    expect(layout.margin).toBe('360px');
    expect(layout.buttonRight).toBeLessThanOrEqual(layout.right - 360);
    expect(layout.hitId).toBe('right-edge');
    const frame = await page.panelEvaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(frame).toEqual({ width: 360, height: layout.viewportHeight });
    await page.click('#right-edge');
    expect(await page.evaluate(() => (window as unknown as { rightClicked: number }).rightClicked)).toBe(1);
    await page.close();
  });

  test('styles are isolated both ways', async () => {
    const page = await open('hostile-styles.html');
    await page.waitFor('[data-outcome="refused"]', { inPanel: true });
    const ours = await page.panelEvaluate(() => {
      const button = getComputedStyle(document.querySelector('[data-outcome="refused"]')!);
      const title = getComputedStyle(document.querySelector('h2')!);
      return {
        background: button.backgroundColor,
        color: button.color,
        font: button.fontFamily,
        title: title.fontSize,
      };
    });
    const pageButton = await page.evaluate(
      () => getComputedStyle(document.getElementById('right-edge')!).backgroundColor,
    );
    expect(ours.background).not.toBe('rgb(0, 255, 0)');
    expect(ours.color).not.toBe('rgb(255, 0, 0)');
    expect(ours.font).not.toContain('Courier');
    expect(ours.title).toBe('17px');
    expect(pageButton).toBe('rgb(0, 255, 0)');
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
    expect(await page.panelText()).toContain('Прозрачность'); // the advantages as titles
    expect(await page.panelText()).toContain('110');
    await page.panelClick('[data-step="details"] [data-more] summary');
    expect(await page.panelText()).toContain('Госуслуг'); // the connection steps, under «Подробнее»
    await page.panelClick('[data-action="step-leaflet"]');
    await page.panelClick('[data-step="leaflet"] [data-more] summary');
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
    await page.panelClick(`${EXPANDED} [data-action="collapse"]`);
    await page.waitFor(COLLAPSED, { inPanel: true });
    await page.waitForFunction(() => getComputedStyle(document.documentElement).marginRight === '0px');
    await poll(
      async () => (await session.getStorage('local', 'ui')).ui?.toString() !== undefined,
      5_000,
      'ui saved',
    );
    expect((await session.getStorage('local', 'ui')).ui).toEqual({ collapsed: true });
    await page.close();

    const again = await open('onclick.html');
    await again.waitFor(COLLAPSED, { inPanel: true });
    await again.waitFor(`${COLLAPSED} [data-action="capture"]`, { inPanel: true });
    await again.panelClick(`${COLLAPSED} [data-action="collapse"]`);
    await again.waitFor(EXPANDED, { inPanel: true });
    await again.waitForFunction(() => getComputedStyle(document.documentElement).marginRight === '360px');
    await poll(
      async () => JSON.stringify((await session.getStorage('local', 'ui')).ui) === '{"collapsed":false}',
      5_000,
      'expanded saved',
    );
    await again.close();
  });

  test('Esc inside the panel collapses it', async () => {
    const page = await open('onclick.html');
    await page.panelEvaluate(() =>
      document.querySelector<HTMLElement>('[data-action="step-details"]')!.focus(),
    );
    await page.press('Escape');
    await page.waitFor(COLLAPSED, { inPanel: true });
    await page.panelClick(`${COLLAPSED} [data-action="collapse"]`);
    await page.waitFor(EXPANDED, { inPanel: true });
    await page.close();
  });

  test('axe finds no WCAG 2.1 A/AA violations in the panel on each step and collapsed', async () => {
    const page = await open('onclick.html');
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    expect(await axeViolations(page, 'panel')).toEqual([]);
    await page.panelClick('[data-action="step-details"]');
    expect(await axeViolations(page, 'panel')).toEqual([]);
    await page.panelClick('[data-action="step-leaflet"]');
    expect(await axeViolations(page, 'panel')).toEqual([]);
    await page.panelClick('[data-outcome="leaflet"]');
    await page.waitFor('[data-action="new-visitor"]', { inPanel: true });
    expect(await axeViolations(page, 'panel')).toEqual([]);
    await page.panelClick(`${EXPANDED} [data-action="collapse"]`);
    await page.waitFor(COLLAPSED, { inPanel: true });
    expect(await axeViolations(page, 'panel')).toEqual([]);
    await page.panelClick(`${COLLAPSED} [data-action="collapse"]`);
    await page.close();
  });

  test('the toggle message (keyboard shortcut relay) collapses and expands the panel', async () => {
    const page = await open('onclick.html');
    await page.waitFor(EXPANDED, { inPanel: true });
    const tabs = await session.callApi<Array<{ id: number; url?: string }>>('tabs.query', {});
    const tab = tabs.find((t) => t.url?.includes('/fixtures/gate/onclick.html'));
    if (!tab) throw new Error('tab not found');
    // The @webext-core/messaging envelope, as the background sends it on the keyboard shortcut.
    const toggle = () =>
      session.callApi('tabs.sendMessage', tab.id, {
        id: 1,
        type: 'panelEvent',
        data: { type: 'toggle' },
        timestamp: Date.now(),
      });
    await toggle();
    await page.waitFor(COLLAPSED, { inPanel: true });
    await toggle();
    await page.waitFor(EXPANDED, { inPanel: true });
    await page.close();
  });

  test('capture on an issuance page switches the panel to the checklist with the captured values', async () => {
    const page = await session.openPage(server.url('/fixtures/capture/dl-card.html'));
    await page.waitForPanel(15_000);
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    await page.panelClick('[data-action="capture"]');
    await page.waitFor('[name="snils"]', { inPanel: true });
    await poll(
      () =>
        page.panelEvaluate(
          () => document.querySelector<HTMLInputElement>('[name="snils"]')?.value === '112-233-445 95',
        ),
      10_000,
      'the captured СНИЛС in the checklist',
    );
    // «К беседе по памятке» returns to the conversation where it was.
    await page.panelClick('[data-action="show-pitch"]');
    await page.waitFor('[data-step="offer"]', { inPanel: true });
    await session.clearStorage('session');
    await page.close();
  });
});
