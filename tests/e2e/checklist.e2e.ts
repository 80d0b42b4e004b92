import { describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  poll,
  setupExtension,
  setupFixtureServer,
  type TestPage,
} from './harness';

// The checklist end to end through the built extension: capture on an issuance page in one tab → the checklist is in the
// background's storage.session (never storage.local) → a МАИС page (real React 18 with masks) in another tab shows
// it → the three conditions gate prefill → one click fills the form's own state → the report → undo. And typing:
// normalised on blur, invalid text kept with its message, «Очистить» / «Вернуть».

const SETTINGS = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/capture/*' },
    { kind: 'mais', match: 'http://127.0.0.1/fixtures/mais/*' },
  ],
};
const CONDITIONS = ['registeredInKarta', 'hasBenefitCategory', 'categoryNotShown'];

const server = setupFixtureServer();

/** What a panel control shows (`value`, `checked`, `disabled`, `aria-invalid`), read in the panel frame. */
function panelControl(page: TestPage, selector: string) {
  return page.panelEvaluate((sel: string) => {
    const el = document.querySelector(sel) as HTMLInputElement | null;
    if (!el) return null;
    return {
      value: el.value,
      checked: el.checked,
      disabled: el.disabled,
      invalid: el.getAttribute('aria-invalid'),
      text: el.textContent ?? '',
    };
  }, selector);
}

function waitPanel(page: TestPage, selector: string, check: string) {
  // `check` is an expression over `el`, evaluated in the panel frame until it holds.
  return page.waitForPanelFunction(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return Boolean(el && (${check})); })()`,
    { timeout: 10_000 },
  );
}

async function storedChecklist(session: ExtSession) {
  const all = await session.getStorage('session');
  const entry = Object.values(all).find(
    (v): v is { checklist: { fields: Record<string, string>; eligibility: Record<string, boolean> } } =>
      typeof v === 'object' && v !== null && 'checklist' in v,
  );
  return entry?.checklist ?? null;
}

describe.each(BROWSERS)('%s: checklist → МАИС', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });

  test('a condition ticked the moment a МАИС tab opens never wipes the checklist captured in another tab', async () => {
    await session.clearStorage('session');
    const issuance = await session.openPage(server.url('/fixtures/capture/dl-card.html'));
    await issuance.waitForPanel(15_000);
    await issuance.panelClick('[data-action="capture"]');
    await poll(
      async () => (await storedChecklist(session))?.fields.lastName === 'Петров',
      10_000,
      'the capture',
    );
    const mais = await session.openPage(server.url('/fixtures/mais/react.html'));
    try {
      // The clerk is quicker than the panel: the box is ticked as soon as it is on screen.
      await mais.waitForPanelFunction(
        () => {
          const box = document.querySelector<HTMLInputElement>('[name="registeredInKarta"]');
          box?.click();
          return box?.checked === true;
        },
        { timeout: 15_000 },
      );
      await poll(
        async () => (await storedChecklist(session))?.eligibility.registeredInKarta === true,
        10_000,
        'the ticked condition saved',
      );
      const stored = await storedChecklist(session);
      expect(stored?.fields).toMatchObject({ lastName: 'Петров', snils: '112-233-445 95' });
      await waitPanel(mais, '[name="lastName"]', "el.value === 'Петров'");
    } finally {
      await mais.close();
      await issuance.close();
    }
  });

  test('capture in one tab, prefill a React МАИС form in another, report per key, undo', async () => {
    await session.clearStorage('session');
    const issuance = await session.openPage(server.url('/fixtures/capture/dl-card.html'));
    await issuance.waitForPanel(15_000);
    await issuance.panelClick('[data-action="capture"]');
    await waitPanel(issuance, '[data-capture-notice]', "el.textContent.includes('Считано')");
    const stored = await storedChecklist(session);
    expect(stored?.fields).toMatchObject({
      lastName: 'Петров',
      snils: '112-233-445 95',
      birthDate: '1951-02-14',
    });
    expect(JSON.stringify(await session.getStorage('local'))).not.toContain('Петров');

    const mais = await session.openPage(server.url('/fixtures/mais/react.html'));
    try {
      await mais.waitForPanel(15_000);
      await waitPanel(mais, '[name="lastName"]', "el.value === 'Петров'");
      expect((await panelControl(mais, '[name="birthDate"]'))?.value).toBe('14.02.1951');
      expect((await panelControl(mais, '[data-action="prefill"]'))?.disabled).toBe(true);
      await mais.panelClick('[data-action="condition-no"][data-condition="registeredInKarta"]');
      expect(await mais.panelText('[data-missing="registeredInKarta"]')).not.toBe('');

      for (const key of CONDITIONS) await mais.panelClick(`[name="${key}"]`);
      await waitPanel(mais, '[data-action="prefill"]', '!el.disabled');
      expect(await mais.panelText('[data-action="prefill"]')).toMatch(/^Заполнить \d+ пол(е|я|ей)/);
      // Pointing at the button shows the values on the page, in marks page scripts cannot read.
      await mais.panelEvaluate(() => document.querySelector<HTMLElement>('[data-action="prefill"]')?.focus());
      await mais.waitForFunction("document.querySelector('karta-nso-marks') !== null", { timeout: 10_000 });
      expect(
        await mais.evaluate(() => {
          const marks = document.querySelector('karta-nso-marks') as HTMLElement;
          return [marks.shadowRoot, document.documentElement.innerHTML.includes('Петров')];
        }),
      ).toEqual([null, false]);

      await mais.panelClick('[data-action="prefill"]');
      await mais.waitFor('[data-fill-report]', { inPanel: true, timeout: 10_000 });
      const state = await mais.evaluate(
        () => (window as unknown as { __state: Record<string, string> }).__state,
      );
      expect(state).toMatchObject({
        surname: 'Петров',
        name: 'Пётр',
        snils: '112-233-445 95',
        birth: '14.02.1951',
      });
      expect(state.search).toBe('');
      const statuses = await mais.panelEvaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-fill-report] [data-field]')].map((el) => [
            el.getAttribute('data-field'),
            el.getAttribute('data-status'),
          ]),
        ),
      );
      expect(Object.keys(statuses)).toHaveLength(18);
      expect(statuses).toMatchObject({ lastName: 'filled', firstName: 'filled', snils: 'filled' });

      await mais.panelClick('[data-action="undo-prefill"]');
      await mais.waitForFunction(
        () => (window as unknown as { __state: Record<string, string> }).__state.surname === '',
      );
      const after = await mais.evaluate(
        () => (window as unknown as { __state: Record<string, string> }).__state,
      );
      expect(after).toMatchObject({ surname: '', name: '', snils: '' });
      expect(mais.dialogs()).toEqual([]);
    } finally {
      await mais.close();
      await issuance.close();
    }
  });

  test('a МАИС tab opened earlier shows what another tab captured, with no reload and no polling', async () => {
    await session.clearStorage('session');
    const mais = await session.openPage(server.url('/fixtures/mais/react.html'));
    const issuance = await session.openPage(server.url('/fixtures/capture/text-card.html'));
    try {
      await mais.waitForPanel(15_000);
      await mais.waitFor('[name="lastName"]', { inPanel: true, timeout: 10_000 });
      expect((await panelControl(mais, '[name="lastName"]'))?.value).toBe('');
      await issuance.waitForPanel(15_000);
      await issuance.panelClick('[data-action="capture"]');
      // The change reaches the other tab's panel from the session store's own change event.
      await waitPanel(mais, '[name="lastName"]', "el.value === 'Ким'");
    } finally {
      await issuance.close();
      await mais.close();
    }
  });

  test('typing: normalised on blur and saved; invalid text stays with its message; clear and restore', async () => {
    await session.clearStorage('session');
    const page = await session.openPage(server.url('/fixtures/mais/react.html'));
    try {
      await page.waitForPanel(15_000);
      await page.waitFor('[name="birthDate"]', { inPanel: true, timeout: 10_000 });
      await page.panelFill('[name="lastName"]', '  Иванова ');
      await page.panelFill('[name="birthDate"]', '03.04.1950');
      await page.press('Tab'); // blur
      await waitPanel(page, '[name="birthDate"]', "el.value === '03.04.1950'");
      let stored = await poll(
        async () => {
          const c = await storedChecklist(session);
          return c?.fields.birthDate === '1950-04-03' ? c : null;
        },
        5_000,
        'the typed date saved in storage.session',
      );
      expect(stored?.fields).toMatchObject({ lastName: 'Иванова', birthDate: '1950-04-03' });

      await page.panelFill('[name="snils"]', '112-233-445 94'); // wrong checksum
      await page.press('Tab');
      await waitPanel(page, '[name="snils"]', "el.getAttribute('aria-invalid') === 'true'");
      expect((await panelControl(page, '[name="snils"]'))?.value).toBe('112-233-445 94');
      expect((await page.panelText('#kn-f-snils-error')).length).toBeGreaterThan(5);

      await page.panelClick('[data-action="clear-checklist"]');
      await waitPanel(page, '[name="lastName"]', "el.value === ''");
      expect(await storedChecklist(session)).toBeNull();
      await page.panelClick('[data-action="restore-checklist"]');
      await waitPanel(page, '[name="lastName"]', "el.value === 'Иванова'");
      stored = await storedChecklist(session);
      expect(stored?.fields.lastName).toBe('Иванова');
      expect(page.dialogs()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
