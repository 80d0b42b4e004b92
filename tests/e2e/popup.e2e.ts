import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_PACK } from '../../utils/content-pack/default-pack';
import { instructionsText } from '../../utils/content-pack/instructions';
import { OUTCOMES } from '../../utils/journal/outcomes';
import { BROWSERS, type ExtSession, launchExtension, type TestPage } from './harness';

// The popup quick reference in the built extension, opened as a tab at the popup's 400 px width.

const text = (page: TestPage, selector = 'body') =>
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text, as the clerk reads it
  page.evaluate((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector);

describe.each(BROWSERS)('%s: popup quick reference', (browser) => {
  let session: ExtSession;
  let popup: TestPage;
  beforeAll(async () => {
    session = await launchExtension(browser);
    popup = await session.openExtensionPage('popup.html');
    await popup.setViewport(400, 700);
    await popup.waitFor('[data-step="offer"]');
  });
  afterAll(() => session?.close());

  test('shows the memo’s five steps in order, each opening to its full text', async () => {
    const titles = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('[data-step] summary')).map((s) => s.textContent?.trim() ?? ''),
    );
    expect(titles).toHaveLength(5);
    DEFAULT_PACK.steps.forEach((step, i) => {
      expect(titles[i]).toContain(step.title);
    });
    const refusal = DEFAULT_PACK.steps.find((s) => s.id === 'refusal')!;
    expect(await text(popup, '[data-step="refusal"]')).not.toContain(refusal.actions[0]);
    await popup.click('[data-step="refusal"] summary');
    expect(await text(popup, '[data-step="refusal"]')).toContain(refusal.actions[0]);
  });

  test('shows the connection steps, hotline 110, the site and the app stores', async () => {
    const body = await text(popup);
    for (const step of DEFAULT_PACK.connectSteps) expect(body).toContain(step);
    expect(body).toContain('110');
    expect(body).toContain('karta.nso.ru');
    for (const store of DEFAULT_PACK.service.stores) expect(body).toContain(store);
    for (const advantage of DEFAULT_PACK.advantages) expect(body).toContain(advantage.title);
  });

  test('draws the QR code of https://karta.nso.ru locally as a visible SVG', async () => {
    const qr = await popup.evaluate(() => {
      const svg = document.querySelector('svg[data-qr]');
      const box = svg?.getBoundingClientRect();
      return {
        data: svg?.getAttribute('data-qr'),
        label: svg?.getAttribute('aria-label'),
        pathLength: svg?.querySelector('path')?.getAttribute('d')?.length ?? 0,
        width: box?.width ?? 0,
      };
    });
    expect(qr.data).toBe('https://karta.nso.ru');
    expect(qr.label).toContain('karta.nso.ru');
    expect(qr.pathLength).toBeGreaterThan(200);
    expect(qr.width).toBeGreaterThanOrEqual(100);
    const external = await popup.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin)),
    );
    expect(external).toEqual([]);
  });

  test('fits 400 px without horizontal scrolling and shows today’s counts per outcome', async () => {
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    for (const outcome of OUTCOMES) {
      await popup.waitFor(`[data-stat="${outcome}"]`);
      expect(await text(popup, `[data-stat="${outcome}"]`)).toMatch(/^\d+$/);
    }
  });

  test('«Скопировать инструкцию» is reachable by keyboard, shows a focus ring and copies the instruction', async () => {
    let onCopy = false;
    for (let i = 0; i < 40 && !onCopy; i++) {
      await popup.press('Tab');
      onCopy = await popup.evaluate(() => document.activeElement?.getAttribute('data-action') === 'copy');
    }
    expect(onCopy).toBe(true);
    const outline = await popup.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await popup.evaluate(() => {
      // Record what the page puts on the clipboard (the real clipboard is not readable from a headless tab).
      const w = window as unknown as { copied?: string };
      document.addEventListener('copy', (e) => {
        w.copied = e.clipboardData?.getData('text/plain') || document.getSelection()?.toString();
      });
      const original = navigator.clipboard?.writeText?.bind(navigator.clipboard);
      if (original)
        navigator.clipboard.writeText = (t: string) => {
          w.copied = t;
          return original(t);
        };
    });
    await popup.press('Enter');
    await popup.waitForFunction(() =>
      /Скопировано|Не удалось/.test(document.querySelector('[data-copy-note]')?.textContent ?? ''),
    );
    expect(await text(popup, '[data-copy-note]')).toBe('Скопировано');
    const copied = await popup.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(copied.replace(/\r\n/g, '\n').trim()).toBe(
      instructionsText(DEFAULT_PACK).replace(/\r\n/g, '\n').trim(),
    );
  });

  test('opens no dialogs and logs no errors', () => {
    expect(popup.dialogs()).toEqual([]);
    expect(popup.consoleErrors()).toEqual([]);
  });
});
