import { describe, expect, test } from 'vitest';
import {
  BROWSERS,
  launchExtension,
  RUNS_BROWSERLESS_TESTS,
  setupExtension,
  setupFixtureServer,
} from './harness';

// The harness itself: both browsers load the built extension, open its pages, round-trip storage,
// and fixture pages get real React/Vue/imask from the fixture server.

const server = setupFixtureServer();

// Drives no browser: taken once per run, not once per browser.
if (RUNS_BROWSERLESS_TESTS) {
  describe('fixture server', () => {
    test('serves fixtures as UTF-8 HTML without caching, vendor scripts as JavaScript, 404 otherwise', async () => {
      const page = await fetch(server.url('/fixtures/server-check.html'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(await page.text()).toContain('Проверка сервера образцов');

      const react = await fetch(server.url('/vendor/react-dom.production.min.js'));
      expect(react.headers.get('content-type')).toContain('text/javascript');
      expect((await react.text()).length).toBeGreaterThan(100_000);

      expect((await fetch(server.url('/fixtures/nope.html'))).status).toBe(404);
      expect((await fetch(server.url('/fixtures/..%2f..%2fpackage.json'))).status).toBe(404);
      expect((await fetch(server.url('/package.json'))).status).toBe(404);
    });
  });
}

describe('missing browser', () => {
  test.each(BROWSERS)(
    '%s: launchExtension fails loudly with the apt-get command instead of skipping',
    async (browser) => {
      const variable = browser === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
      const saved = process.env[variable];
      process.env[variable] = '/nonexistent/browser';
      try {
        await expect(launchExtension(browser)).rejects.toThrow(
          browser === 'chromium' ? /apt-get install -y chromium/ : /apt-get install -y firefox-esr/,
        );
      } finally {
        if (saved === undefined) delete process.env[variable];
        else process.env[variable] = saved;
      }
    },
  );
});

describe.each(BROWSERS)('%s: extension smoke', (browser) => {
  const session = setupExtension(browser);

  test('the extension is installed with its Russian manifest and host access to configured sites', async () => {
    const manifest = await session.callApi<{ name: string }>('runtime.getManifest');
    expect(manifest.name).toContain('Карта жителя НСО');
    expect(await session.callApi('permissions.contains', { origins: ['http://127.0.0.1/*'] })).toBe(true);
    expect(session.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+\/$/);
  });

  test('the popup opens in a tab and renders text', async () => {
    const popup = await session.openExtensionPage('popup.html');
    expect(popup.url()).toBe(`${session.extensionOrigin}popup.html`);
    await popup.waitFor('#app > *');
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text, not hidden template text
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(popup.dialogs()).toEqual([]);
    await popup.close();
  });

  test('storage.local and storage.session round-trip through the harness', async () => {
    await session.setStorage('local', { smokeLocal: { n: 1, s: 'ё' } });
    await session.setStorage('session', { smokeSession: [1, 2, 3] });
    expect(await session.getStorage('local', 'smokeLocal')).toEqual({ smokeLocal: { n: 1, s: 'ё' } });
    expect((await session.getStorage('session')).smokeSession).toEqual([1, 2, 3]);
    await session.clearStorage('session');
    expect(await session.getStorage('session', 'smokeSession')).toEqual({});
  });

  test('a fixture page runs real React, Vue and imask, and page controls take real typing', async () => {
    const page = await session.openPage(server.url('/fixtures/server-check.html'));
    await page.waitFor('#react-ok');
    const versions = await page.evaluate(
      () => (window as unknown as { vendorVersions: unknown }).vendorVersions,
    );
    expect(versions).toEqual({
      react: expect.stringMatching(/^18\./),
      vue: expect.stringMatching(/^3\./),
      imask: 'function',
    });
    expect(await page.evaluate(() => document.getElementById('vue-root')?.textContent)).toMatch(/^Vue 3\./);
    await page.click('#phone');
    await page.press('End');
    await (page.raw as { keyboard: { type(t: string): Promise<void> } }).keyboard.type('9131234567');
    expect(
      await page.evaluate((sel: string) => (document.querySelector(sel) as HTMLInputElement).value, '#phone'),
    ).toBe('+7 (913) 123-45-67');
    await page.close();
  });
});
