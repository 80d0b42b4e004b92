import { describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  poll,
  setupExtension,
  setupFixtureServer,
  type TestPage,
} from './harness';
import { CITIZEN } from './prefill-citizen';

// The field picker as an administrator uses it, in both browsers: on a МАИС page whose «Рег. № ЛС» (inside a
// same-origin frame) no heuristic takes for СНИЛС, «Выбрать поле на странице» in options, a real click on the
// field through the picker's layer, the selector shown in options and stored in `settings`, «Проверить на
// странице» finding exactly one element — and the next prefill writing СНИЛС there.

const PATTERN = 'http://127.0.0.1/fixtures/picker/*';
const PAGE = '/fixtures/picker/card.html';
const CARD = `[data-site="${PATTERN}"]`;

type Mouse = {
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
};

const server = setupFixtureServer();

async function openCard(session: ExtSession): Promise<TestPage> {
  const page = await session.openPage(server.url(PAGE));
  await page.waitForFunction(
    () => !!document.querySelector('iframe')?.contentDocument?.querySelector('[name="ls"]'),
  );
  await page.waitForPanel(15_000);
  return page;
}

/** Fills the form from the panel with the session's checklist; the account field's value afterwards. */
async function prefill(page: TestPage): Promise<string> {
  await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
  await page.panelClick('[data-action="prefill"]');
  await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 10_000 });
  expect(await page.evaluate(() => (document.querySelector('[name="fam"]') as HTMLInputElement).value)).toBe(
    CITIZEN.lastName,
  );
  return page.frameEvaluate(
    'card-frame',
    () => (document.querySelector('[name="ls"]') as HTMLInputElement).value,
  );
}

/** The centre of the account field, in the top page's viewport. */
function accountFieldCentre(page: TestPage): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    const outer = frame.getBoundingClientRect();
    const inner = (frame.contentDocument as Document).querySelector('[name="ls"]')?.getBoundingClientRect();
    if (!inner) throw new Error('no account field');
    return {
      x: outer.left + frame.clientLeft + inner.left + inner.width / 2,
      y: outer.top + frame.clientTop + inner.top + inner.height / 2,
    };
  });
}

describe.each(BROWSERS)('%s: the field picker', (browser) => {
  const session = setupExtension(browser, {
    settings: { sites: [{ kind: 'mais', match: PATTERN, label: 'МАИС (выбор поля)' }] },
  });

  test('a field picked on the page is shown in options, stored, found once, and used by the next prefill', async () => {
    await session.setStorage('session', {
      checklist: {
        checklist: {
          eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
          fields: CITIZEN,
        },
        expiresAt: Date.now() + 10 * 60_000,
      },
    });
    // Positive control: without a mapping the prefill fills the form but not the account field.
    const page = await openCard(session);
    expect(await prefill(page)).toBe('');

    const options = await session.openExtensionPage('options.html#settings');
    await options.waitFor(CARD);
    await options.evaluate((card: string) => {
      const select = document.querySelector(`${card} select[name="mapping-key"]`) as HTMLSelectElement;
      select.value = 'snils';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, CARD);
    await options.click(`${CARD} [data-add-mapping] [data-action="pick-field"]`);

    await page.waitFor('[data-karta-nso-picker]', { state: 'attached' });
    const { x, y } = await accountFieldCentre(page);
    const mouse = (page.raw as Mouse).mouse;
    await mouse.move(x, y);
    await mouse.click(x, y);

    await options.waitFor(`${CARD} [data-mapping="snils"]`);
    const shown = await options.evaluate(
      (card: string) =>
        (
          document.querySelector(
            `${card} [data-mapping="snils"] input[name="fields.snils"]`,
          ) as HTMLInputElement
        ).value,
      CARD,
    );
    expect(shown).toBe('input[name="ls"]');
    const note = await poll(
      () =>
        options.evaluate(
          (card: string) =>
            document.querySelector(`${card} [data-mapping="snils"] [data-picker-note]`)?.textContent,
          CARD,
        ),
      10_000,
      'the pick note',
    );
    expect(note).toContain(shown);
    expect(note).toMatch(/ровно один/);
    const { settings } = (await session.getStorage('local', 'settings')) as {
      settings: { sites: Array<{ match: string; fields?: Record<string, string> }> };
    };
    expect(settings.sites.find((s) => s.match === PATTERN)?.fields).toEqual({ snils: shown });
    await page.waitFor('[data-karta-nso-picker]', { state: 'detached' });

    // «Проверить на странице»: the note turns from the pick's to the test's count.
    const noteOf = (card: string) =>
      document.querySelector(`${card} [data-mapping="snils"] [data-picker-note]`)?.textContent ?? '';
    await options.click(`${CARD} [data-mapping="snils"] [data-action="test-selector"]`);
    await poll(
      async () => !(await options.evaluate(noteOf, CARD)).startsWith('Выбрано'),
      10_000,
      'the test note',
    );
    expect(await options.evaluate(noteOf, CARD)).toBe('На странице найден ровно один элемент.');

    // The next page of the site: the prefill writes СНИЛС into the picked field.
    const next = await openCard(session);
    expect((await prefill(next)).replace(/\D/g, '')).toBe(CITIZEN.snils.replace(/\D/g, ''));
    expect(next.dialogs()).toEqual([]);
    await Promise.all([next.close(), page.close(), options.close()]);
  });
});
