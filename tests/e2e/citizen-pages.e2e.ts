import { describe, expect, test } from 'vitest';
import { DEFAULT_PACK } from '../../utils/content-pack/default-pack';
import { BROWSERS, type ExtSession, poll, setupExtension, type TestPage } from './harness';

// The pages for the citizen in the built extension: the large-print screen (citizen.html) and the A5 leaflet
// (leaflet.html), opened from the popup, checked for what they show and for Esc / print (axe: a11y-pages.e2e.ts).

const text = (page: TestPage, selector = 'body') =>
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text, as the citizen reads it
  page.evaluate((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector);

const tabUrls = async (session: ExtSession) =>
  (await session.callApi<Array<{ url?: string }>>('tabs.query', {})).map((t) => t.url ?? '');

describe.each(BROWSERS)('%s: pages for the citizen', (browser) => {
  const session = setupExtension(browser);

  test('citizen.html: QR code of karta.nso.ru, five steps, stores, hotline 110, all text ≥ 28 px, fits 1366×768', async () => {
    const page = await session.openExtensionPage('citizen.html');
    await page.setViewport(1366, 768);
    await page.waitFor('[data-citizen-screen] svg[data-qr]');
    const body = await text(page);
    for (const step of DEFAULT_PACK.connectSteps) expect(body).toContain(step);
    for (const store of ['RuStore', 'Google Play', 'App Store']) expect(body).toContain(store);
    expect(body).toContain('karta.nso.ru');
    expect(body).toContain('горячей линии 110');
    const layout = await page.evaluate(() => {
      const svg = document.querySelector('svg[data-qr]')!;
      const sizes: number[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.trim() && node.parentElement?.getClientRects().length) {
          sizes.push(Number.parseFloat(getComputedStyle(node.parentElement).fontSize));
        }
      }
      return {
        qr: svg.getAttribute('data-qr'),
        qrWidth: svg.getBoundingClientRect().width,
        smallest: Math.min(...sizes),
        texts: sizes.length,
        overflow: document.documentElement.scrollHeight - innerHeight,
      };
    });
    expect(layout.qr).toBe('https://karta.nso.ru');
    expect(layout.qrWidth).toBeGreaterThanOrEqual(250);
    expect(layout.texts).toBeGreaterThan(10);
    expect(layout.smallest).toBeGreaterThanOrEqual(28);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  test('citizen.html closes with Esc (another key leaves it open)', async () => {
    // Counted against the screens open before: a screen an earlier attempt left open is not this one.
    const screens = async () => (await tabUrls(session)).filter((u) => u.endsWith('/citizen.html')).length;
    const before = await screens();
    const page = await session.openExtensionPage('citizen.html');
    await page.waitFor('[data-citizen-screen]');
    await page.press('Enter');
    expect(await screens()).toBe(before + 1);
    await page.press('Escape').catch(() => {}); // the page goes away under the driver's feet
    await poll(
      async () => (await screens()) === before,
      15_000, // a busy machine closes a window slowly; the poll ends as soon as it is gone
      'the citizen screen to close',
    );
  });

  test('leaflet.html: A5 print rule, QR code, the advantages’ titles, five steps, hotline; prints on its button', async () => {
    const page = await session.openExtensionPage('leaflet.html');
    await page.setViewport(1000, 900);
    await page.waitFor('[data-leaflet] svg[data-qr="https://karta.nso.ru"]');
    const sheet = await text(page, '[data-leaflet]');
    for (const advantage of DEFAULT_PACK.advantages) expect(sheet).toContain(advantage.title);
    for (const step of DEFAULT_PACK.connectSteps) expect(sheet).toContain(step);
    expect(sheet).toContain('110');
    const pageSize = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((s) => [...s.cssRules])
        .filter((r) => r instanceof CSSPageRule)
        .map((r) => (r as CSSPageRule).style.getPropertyValue('size'))
        .join(' '),
    );
    expect(pageSize.toUpperCase()).toContain('A5');
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
    await page.click('[data-action="print"]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  test('the popup opens both: «Показать гражданину» in a window of its own, «Распечатать лифлет» in a tab', async () => {
    type Win = { id?: number; type?: string; tabs?: Array<{ url?: string }> };
    const allWindows = () => session.callApi<Win[]>('windows.getAll', { populate: true });
    // Only a window the click opens counts (a citizen screen another test left open is not this one).
    const before = new Set((await allWindows()).map((w) => w.id));
    const popup = await session.openExtensionPage('popup.html');
    await popup.click('[data-action="show-citizen"]');
    const windows = await poll(
      async () =>
        (await allWindows()).find(
          (w) => !before.has(w.id) && w.tabs?.some((t) => t.url?.endsWith('/citizen.html')),
        ) ?? null,
      10_000,
      'a window with citizen.html',
    );
    expect(windows?.type).toBe('popup');
    await popup.click('[data-action="print-leaflet"]');
    await poll(
      async () => (await tabUrls(session)).some((u) => u.endsWith('/leaflet.html')),
      10_000,
      'leaflet tab',
    );
    await popup.close();
  });

  test('the popup shows the panel’s shortcut as the browser has it now', async () => {
    const commands = await session.callApi<Array<{ name: string; shortcut?: string }>>('commands.getAll');
    const bound = commands.find((c) => c.name === 'toggle-panel')?.shortcut;
    expect(bound).toBe('Alt+K'); // the browser accepted the suggested key: no clash with its own shortcuts
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor('[data-shortcut="Alt+K"]');
    expect(await text(popup, '[data-shortcut]')).toContain('Alt+K');
    await popup.close();
    if (browser !== 'firefox') return; // Chromium has no commands.update: a clerk changes it on its shortcuts page
    await session.callApi('commands.update', { name: 'toggle-panel', shortcut: 'Alt+J' });
    try {
      const changed = await session.openExtensionPage('popup.html');
      await changed.waitFor('[data-shortcut="Alt+J"]');
      await changed.close();
    } finally {
      await session.callApi('commands.reset', 'toggle-panel');
    }
  });
});
