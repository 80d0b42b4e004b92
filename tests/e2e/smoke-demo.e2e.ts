import { describe, expect, test } from 'vitest';
import { BROWSERS, PANEL_TAG, RUNS_BROWSERLESS_TESTS, setupExtension, setupFixtureServer } from './harness';

// `npm run demo` relies on the default settings matching its pages on any port; the pages' own behaviour is what
// the demo scenario (and a person) expects: the issue button works by itself, МАИС checks required fields.

const server = setupFixtureServer();

// Drives no browser: taken once per run, not once per browser.
if (RUNS_BROWSERLESS_TESTS) {
  describe('demo pages without the extension', () => {
    test('the issuance page is a Russian social-card screen with the citizen’s card and the issue button', async () => {
      const html = await (await fetch(server.url('/demo/issuance.html'))).text();
      for (const text of [
        'Выдача социальной карты',
        'СНИЛС',
        'Дата рождения',
        'Паспорт',
        'Льготная категория',
      ]) {
        expect(html).toContain(text);
      }
      expect(html).toContain('Оформить социальную карту');
      expect(html).toContain('Заявка на изготовление карты отправлена');
    });

    test('the МАИС page has a search box and the four sections', async () => {
      const html = await (await fetch(server.url('/demo/mais.html'))).text();
      expect(html).toMatch(/type="search"/);
      for (const legend of [
        'Сведения о гражданине',
        'Документ, удостоверяющий личность',
        'Льготная категория',
        'Документ, подтверждающий право на льготу',
      ]) {
        expect(html).toContain(`<legend>${legend}</legend>`);
      }
    });
  });
}

describe.each(BROWSERS)('%s: demo pages with the default settings', (browser) => {
  const session = setupExtension(browser);

  test('the background registers the panel for both demo pages and nothing else', async () => {
    await session.waitForRegistration(['http://127.0.0.1/demo/issuance*', 'http://127.0.0.1/demo/mais*']);
    const matches = await session.registeredMatches();
    expect(matches.some((m) => m.includes('/demo/issuance'))).toBe(true);
    expect(matches.some((m) => m.includes('/demo/mais'))).toBe(true);
    expect(matches.every((m) => m.startsWith('http://127.0.0.1/demo/'))).toBe(true);
  });

  test('the panel appears on the issuance page and on the МАИС page (any port), not on other pages', async () => {
    // The other page is opened first: once both demo pages show their panels, it has had its chance to get one.
    const other = await session.openPage(server.url('/fixtures/server-check.html'));
    await other.waitFor('#react-ok');
    for (const path of ['/demo/issuance.html', '/demo/mais.html']) {
      const page = await session.openPage(server.url(path));
      await page.waitForPanel();
      expect((await page.panelText()).length).toBeGreaterThan(0);
      expect(page.dialogs()).toEqual([]);
      await page.close();
    }
    expect(await other.evaluate((tag: string) => document.querySelector(tag) !== null, PANEL_TAG)).toBe(
      false,
    );
    await other.close();
  });

  test('МАИС «Сохранить» reports missing required fields in the page, without dialogs', async () => {
    const page = await session.openPage(server.url('/demo/mais.html'));
    await page.click('button[type="submit"].primary');
    await page.waitFor('#save-result.error');
    expect(await page.evaluate(() => document.getElementById('save-result')?.textContent)).toContain('СНИЛС');
    expect(page.dialogs()).toEqual([]);
    await page.close();
  });
});
