import { describe, expect, test } from 'vitest';
import { matchCategory } from '../../utils/catalogue/match';
import { BROWSERS, setupExtension, setupFixtureServer } from './harness';
import { countAbove, countIs, shownCount } from './panel-count';
import { CITIZEN, sessionChecklist } from './prefill-citizen';

// The form watcher in real layouts: a section of the card opened and closed by its container's class (no record of
// it reaches the watcher; the browser's layout reports the fields' boxes appearing and going) changes the count on
// the panel's prefill button, while the page keeps redrawing its grid and flipping a class on <body>. The panel never
// asks for the page's fields: a panel page loaded anew (its host removed by the page and put back) gets them from
// the watcher all the same. A card shown later whose fields are components nested in plain markup counts too, and so
// do components whose definition comes after they are in the page (a library loading each component on demand:
// hand-made ones, and Shoelace's sl-input, which a prefill then fills through the component's own value). A list
// whose options come after the form (a dictionary the page asks the server for) is read again once they are in, and
// so is a list the clerk makes a choice in (a choice leaves no mutation record).

const SETTINGS = { version: 1, sites: [{ kind: 'mais', match: 'http://127.0.0.1/fixtures/mais/*' }] };

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: form watcher', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });

  test('a section shown or hidden by a class on its container changes the field count', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/shown-later.html'));
    try {
      await page.waitForPanel(15_000);
      const closed = (await page.waitForPanelFunction(shownCount)) as number;
      expect(closed).toBeGreaterThan(0); // the applicant's fields

      await page.click('#toggle'); // the identity document's section opens
      const open = await page.waitForPanelFunction(countAbove, { args: [closed], timeout: 10_000 });
      expect(open).toBeGreaterThan(closed);

      await page.click('#toggle'); // and closes again
      await page.waitForPanelFunction(countIs, { args: [closed], timeout: 10_000 });
    } finally {
      await page.close();
    }
  });

  test('a card whose fields are components nested in plain markup, shown later, changes the field count', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/late-components.html'));
    try {
      await page.waitForPanel(15_000);
      const before = (await page.waitForPanelFunction(shownCount)) as number;
      expect(before).toBeGreaterThan(0); // «Фамилия»
      await page.click('#open'); // «Имя» and «Отчество» in open shadow roots, inside plain wrappers
      const after = await page.waitForPanelFunction(countAbove, { args: [before], timeout: 10_000 });
      expect(after).toBe(before + 2);
    } finally {
      await page.close();
    }
  });

  test('components whose definition comes after the page loaded count once they are defined', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/defined-later.html'));
    try {
      await page.waitForPanel(15_000);
      const before = (await page.waitForPanelFunction(shownCount)) as number;
      expect(before).toBeGreaterThan(0); // «Фамилия»; «Имя» is a component not defined yet
      await page.click('#load'); // its definition comes: it upgrades and renders into its shadow root
      const after = await page.waitForPanelFunction(countAbove, { args: [before], timeout: 10_000 });
      expect(after).toBe(before + 1);
    } finally {
      await page.close();
    }
  });

  test('a card of components put in before their definition counts once they are defined', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/defined-later.html'));
    try {
      await page.waitForPanel(15_000);
      const before = (await page.waitForPanelFunction(shownCount)) as number;
      expect(before).toBeGreaterThan(0);
      // «Отчество» and «СНИЛС» come as components not defined yet, laid out as blocks (a box already, which grows
      // when they render); 300 ms later they are defined. «Имя» still waits for its own definition.
      await page.click('#open');
      expect(await page.waitForPanelFunction(countIs, { args: [before + 2], timeout: 10_000 })).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('captions a framework patches in place (text nodes changed, none added) change the field count', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/relabel-in-place.html'));
    try {
      await page.waitForPanel(15_000);
      // «СНИЛС» is counted from the start; «Поле 1…3» name nothing the checklist has.
      expect(await page.waitForPanelFunction(countIs, { args: [1], timeout: 10_000 })).toBe(true);
      await page.click('#load'); // React writes «Фамилия», «Имя», «Отчество» into the same text nodes
      expect(await page.evaluate('window.__patchedInPlace()')).toBe(true);
      expect(await page.waitForPanelFunction(countIs, { args: [4], timeout: 10_000 })).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('Shoelace inputs put in before their definition is loaded count once they are defined', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/shoelace-lazy.html'));
    try {
      await page.waitForPanel(15_000);
      const before = (await page.waitForPanelFunction(shownCount)) as number;
      expect(before).toBeGreaterThan(0); // «Фамилия»; «Имя» waits for its definition
      await page.click('#open'); // «Отчество» and «СНИЛС»; 300 ms later sl-input is defined and all three render
      expect(await page.waitForPanelFunction(countIs, { args: [before + 3], timeout: 10_000 })).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('a prefill writes each Shoelace input defined late into the component’s own value', async () => {
    await session.setStorage('session', sessionChecklist());
    const page = await session.openPage(server.url('/fixtures/mais/shoelace-lazy.html'));
    try {
      await page.waitForPanel(15_000);
      await page.click('#open');
      await page.waitFor('sl-input[name="snils"]:defined', { state: 'attached', timeout: 10_000 });
      await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
      await page.panelClick('[data-action="prefill"]');
      await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 10_000 });
      expect(await page.evaluate('window.__values()')).toEqual({
        firstName: CITIZEN.firstName,
        middleName: CITIZEN.middleName,
        snils: CITIZEN.snils,
      });
      expect(await page.evaluate("document.getElementById('lastName').value")).toBe(CITIZEN.lastName);
    } finally {
      await page.close();
      await session.clearStorage('session'); // the other tests read the count as it shows without a checklist
    }
  });

  test('a category list whose options come after the form is planned with them, not reported as lacking the category', async () => {
    const category = matchCategory('Ветеран труда')?.code;
    expect(category).toBeTruthy();
    await session.setStorage('session', sessionChecklist({ ...CITIZEN, category: category ?? '' }));
    const page = await session.openPage(server.url('/fixtures/mais/dictionary-later.html'));
    try {
      await page.waitForPanel(15_000);
      // Before the dictionary came the plan has «Фамилия» and the list without the category: the positive control.
      await page.waitForPanelFunction(() => {
        const why = document.getElementById('kn-prefill-why')?.textContent ?? '';
        return /категори/i.test(why) || null;
      });
      const willFill = () =>
        Number(document.querySelector('[data-action="prefill"]')?.getAttribute('data-will-fill'));
      expect(await page.panelEvaluate(willFill)).toBe(1);
      await page.click('#load');
      const twoFields = () =>
        Number(document.querySelector('[data-action="prefill"]')?.getAttribute('data-will-fill')) === 2 ||
        null;
      await page.waitForPanelFunction(twoFields);
      await page.panelClick('[data-action="prefill"]');
      await page.waitFor('[data-fill-report] [data-field="category"][data-status="filled"]', {
        inPanel: true,
      });
      expect(await page.evaluate("document.getElementById('lk').value")).toBe('101');
    } finally {
      await page.close();
      await session.clearStorage('session'); // the other tests read the count as it shows without a checklist
    }
  });

  test('a document kind the clerk chooses in a list (no record of it) moves the block’s fields to that document in the plan', async () => {
    await session.setStorage('session', sessionChecklist());
    const page = await session.openPage(server.url('/fixtures/mais/document-type-chosen.html'));
    /** The panel's list of what will not be filled, once it names `field` as not on the page. */
    const lacking = (field: string) =>
      page.waitForPanelFunction(
        (name: string) => {
          const text = document.getElementById('kn-prefill-why')?.textContent ?? '';
          return text.includes(`${name} (нет такого поля на странице)`) ? text : null;
        },
        { timeout: 10_000, args: [field] },
      );
    const lacks = (text: string | null, field: string) =>
      (text ?? '').includes(`${field} (нет такого поля на странице)`);
    try {
      await page.waitForPanel(15_000);
      // No kind chosen: Серия, Номер, Дата выдачи are the basis document's; the passport's are not on the page.
      const before = await lacking('Серия паспорта');
      expect(lacks(before, 'Серия документа-основания')).toBe(false);
      // The clerk chooses «Паспорт гражданина РФ» from the keyboard.
      await page.evaluate(() => (document.getElementById('vid') as HTMLSelectElement).focus());
      await page.press('ArrowDown');
      expect(await page.evaluate("document.getElementById('vid').value")).toBe('21');
      const after = await lacking('Серия документа-основания');
      expect(lacks(after, 'Серия паспорта')).toBe(false);
      // The fill does what the plan said: the passport's series goes into «Серия документа».
      await page.panelClick('[data-action="prefill"]');
      await page.waitFor('[data-fill-report] [data-field="idSeries"][data-status="filled"]', {
        inPanel: true,
        state: 'attached',
      });
      expect(await page.evaluate("document.getElementById('ser').value")).toBe(CITIZEN.idSeries);
    } finally {
      await page.close();
      await session.clearStorage('session'); // the other tests read the count as it shows without a checklist
    }
  });

  test('a panel page loaded anew, its host removed by the page and put back, shows the field count again', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/shown-later.html'));
    try {
      await page.waitForPanel(15_000);
      const before = (await page.waitForPanelFunction(shownCount)) as number;
      expect(before).toBeGreaterThan(0);
      await page.panelEvaluate(() => {
        (window as unknown as { oldPanel: boolean }).oldPanel = true;
      });
      await page.evaluate(() => document.querySelector('karta-nso-panel')?.remove());
      const again = await page.waitForPanelFunction(
        () => {
          if ((window as unknown as { oldPanel?: boolean }).oldPanel) return null; // still the old panel page
          const text = document.querySelector('[data-action="prefill"]')?.textContent ?? '';
          const m = /найдено полей: (\d+)/.exec(text);
          return m && Number(m[1]) > 0 ? Number(m[1]) : null;
        },
        { timeout: 15_000 },
      );
      expect(again).toBe(before);
    } finally {
      await page.close();
    }
  });
});
