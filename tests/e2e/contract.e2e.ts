import { beforeEach, describe, expect, test } from 'vitest';
import { ELIGIBILITY_KEYS, FIELD_KEYS } from '../../utils/checklist/keys';
import { localIsoDate } from '../../utils/journal/dates';
import { OUTCOMES } from '../../utils/journal/outcomes';
import { BROWSERS, setupExtension, setupFixtureServer, type TestPage } from './harness';
import { clearJournal } from './journal-storage';

// The README's «Контракт автоматизации» walked end to end in the built extension, as an outside tester would:
// sites only through `storage.local.settings` (the minimal object), every documented data-action / data-step /
// data-outcome / data-stat / name= / data-fill-report reached inside the panel's frame or in the popup. Each test
// starts from the same state (these sites, the panel expanded, an empty journal, no checklist), so any one of them
// runs alone and in any order.

const SETTINGS = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/gate-unseen/*' },
    { kind: 'mais', match: 'http://127.0.0.1/fixtures/mais/*' },
  ],
};

const TYPED: Record<string, string> = {
  lastName: 'Петров',
  firstName: 'Пётр',
  middleName: 'Семёнович',
  birthDate: '14.03.1956',
  snils: '11223344595',
  idSeries: '5004',
  idNumber: '123456',
  idIssueDate: '01.06.2003',
  idIssuer: 'ОВД Советского района г. Новосибирска',
  benefitStart: '15.01.2024',
  basisDocName: 'Удостоверение ветерана труда',
  basisDocNumber: '654321',
  basisDocIssueDate: '20.09.2010',
  basisDocIssuer: 'Департамент социальной защиты населения Новосибирской области',
};

const STATUSES = ['filled', 'unchanged', 'not-found', 'invalid', 'skipped'];

/** Runs in the panel frame: what it holds for a selector. */
function inPanel(page: TestPage, selector: string) {
  return page.panelEvaluate((s: string) => {
    return [...document.querySelectorAll(s)].map((el) => ({
      name: el.getAttribute('name'),
      value: (el as HTMLInputElement).value ?? null,
      checked: (el as HTMLInputElement).checked ?? null,
      field: el.getAttribute('data-field'),
      status: el.getAttribute('data-status'),
      text: (el.textContent ?? '').trim(),
    }));
  }, selector);
}

/** The default settings' demo sites, registered again when the stored settings cannot be read. */
const DEMO_MATCHES = ['http://127.0.0.1/demo/issuance*', 'http://127.0.0.1/demo/mais*'];

const step = async (page: TestPage) => (await inPanel(page, '[data-step]')).length > 0;

/** Runs in the popup: its `[data-stat]` numbers by outcome. */
function popupStats(): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('[data-stat]')].map((el) => [
      el.getAttribute('data-stat'),
      (el.textContent ?? '').trim(),
    ]),
  );
}

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: automation contract', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });
  beforeEach(async () => {
    await session.clearStorage('session');
    await clearJournal(session); // every test counts its own outcomes
    await session.setStorage('local', { ui: { collapsed: false } });
    expect(await session.applySettings(SETTINGS)).toBe(true);
  });

  test('issuance panel: answers (moves and outcomes), back, collapse (remembered), new-visitor, step-mais', async () => {
    const page = await session.openPage(server.url('/fixtures/gate-unseen/several-buttons.html'));
    const newVisitor = async () => {
      await page.panelClick('[data-action="new-visitor"]');
      await page.waitFor('[data-step="offer"]', { inPanel: true });
    };
    try {
      await page.waitForPanel();
      await page.waitFor('[data-step="offer"]', { inPanel: true });
      // Step 1's answers: three record an outcome (refused and mais also move), two only move.
      for (const outcome of ['accepted', 'refused', 'mais']) {
        expect(await inPanel(page, `[data-outcome="${outcome}"]`), outcome).toHaveLength(1);
      }
      expect(await inPanel(page, '[data-outcome="leaflet"]')).toHaveLength(0);
      await page.panelClick('[data-action="step-details"]');
      await page.waitFor('[data-step="details"]', { inPanel: true });
      await page.panelClick('[data-action="back"]');
      await page.waitFor('[data-step="offer"]', { inPanel: true });
      await page.panelClick('[data-action="step-leaflet"]');
      await page.waitFor('[data-step="leaflet"]', { inPanel: true });
      expect(await inPanel(page, '[data-outcome="leaflet"]')).toHaveLength(1); // «Лифлет выдан»
      await page.panelClick('[data-action="back"]');
      await page.waitFor('[data-step="offer"]', { inPanel: true });
      expect(await inPanel(page, '[data-action="capture"]')).toHaveLength(1);

      await page.panelClick('[data-action="collapse"]');
      await page.waitFor('[data-step]', { inPanel: true, state: 'detached' });
      expect((await session.getStorage('local', 'ui')).ui).toEqual({ collapsed: true });
      await page.panelClick('[data-action="collapse"]');
      await page.waitFor('[data-step="offer"]', { inPanel: true });
      expect((await session.getStorage('local', 'ui')).ui).toEqual({ collapsed: false });

      // «Отказ — пластиковая карта»: data-action="step-refusal" and data-outcome="refused" on one button.
      await page.panelClick('[data-action="step-refusal"]');
      await page.waitFor('[data-step="refusal"]', { inPanel: true });
      await page.waitFor('[data-recorded-outcome="refused"]', { inPanel: true });
      await newVisitor();

      // «Зарегистрирован, льготы не видно»: step-mais opens the checklist and records mais.
      await page.panelClick('[data-action="step-mais"]');
      await page.waitFor('[name="snils"]', { inPanel: true });
      const names = (await inPanel(page, '[name]')).map((c) => c.name);
      for (const key of [...ELIGIBILITY_KEYS, ...FIELD_KEYS]) expect(names, key).toContain(key);
      await page.waitFor('[data-recorded-outcome="mais"]', { inPanel: true });
      await newVisitor();

      await page.panelClick('[data-outcome="accepted"]');
      await page.waitFor('[data-recorded-outcome="accepted"]', { inPanel: true });
      await newVisitor();
      expect(await step(page)).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('issuance panel: a capture from the offer step opens the checklist; show-pitch returns to the talk', async () => {
    const page = await session.openPage(server.url('/fixtures/gate-unseen/delegated.html'));
    try {
      await page.waitForPanel();
      await page.panelClick('[data-action="capture"]');
      await page.waitFor('[name="lastName"]', { inPanel: true, timeout: 10_000 });
      expect((await inPanel(page, '[name="lastName"]'))[0].value).toBe('Кузнецов');
      await page.panelClick('[data-action="show-pitch"]');
      await page.waitFor('[data-step="offer"]', { inPanel: true });
    } finally {
      await page.close();
    }
  });

  test('МАИС panel: typed checklist → prefill report for every key → undo; clear and restore', async () => {
    const page = await session.openPage(server.url('/fixtures/mais/label-for.html'));
    try {
      await page.waitForPanel();
      await page.waitFor('[name="snils"]', { inPanel: true });
      for (const key of ELIGIBILITY_KEYS) await page.panelClick(`[name="${key}"]`);
      for (const [key, value] of Object.entries(TYPED)) await page.panelFill(`[name="${key}"]`, value);
      await page.panelSelect('[name="category"]', 'Ветеран труда');
      await page.panelClick('[name="lastName"]'); // blur the last field so it is committed
      const snils = (await inPanel(page, '[name="snils"]'))[0];
      expect(snils.value).toBe('112-233-445 95');

      await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
      await page.panelClick('[data-action="prefill"]');
      await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 10_000 });
      const report = await inPanel(page, '[data-fill-report] [data-field]');
      expect(report.map((r) => r.field).sort()).toEqual([...FIELD_KEYS].sort());
      for (const r of report) expect(STATUSES, `${r.field}: ${r.status}`).toContain(r.status);
      expect(report.filter((r) => r.status === 'filled').length).toBeGreaterThanOrEqual(14);
      expect(await page.evaluate('[fam.value, snils.value, lk.value, searchText.value]')).toEqual([
        'Петров',
        '112-233-445 95',
        '101',
        '',
      ]);

      await page.panelClick('[data-action="undo-prefill"]');
      await page.waitForFunction("fam.value === '' && snils.value === '' && lk.value === ''", {
        timeout: 5_000,
      });
      expect(await page.evaluate('snils_old.value')).toBe('000-000-000 00');

      await page.panelClick('[data-action="clear-checklist"]');
      await page.waitFor('[data-action="restore-checklist"]', { inPanel: true });
      expect((await inPanel(page, '[name="lastName"]'))[0].value).toBe('');
      await page.panelClick('[data-action="restore-checklist"]');
      await page.waitForPanelFunction(
        () => document.querySelector<HTMLInputElement>('[name="lastName"]')?.value === 'Петров',
        { timeout: 5_000 },
      );
    } finally {
      await page.close();
    }
  });

  test('popup: a number for every outcome in data-stat', async () => {
    // The test's own outcome: one «accepted» answer in the panel.
    const page = await session.openPage(server.url('/fixtures/gate-unseen/several-buttons.html'));
    try {
      await page.waitForPanel();
      await page.panelClick('[data-outcome="accepted"]');
      await page.waitFor('[data-recorded-outcome="accepted"]', { inPanel: true });
    } finally {
      await page.close();
    }
    const popup = await session.openExtensionPage('popup.html');
    try {
      await popup.waitFor('[data-stat="refused"]', { state: 'attached' });
      await popup
        .waitForFunction(
          () => document.querySelector('[data-stat="accepted"]')?.textContent?.trim() === '1',
          {
            timeout: 5_000,
          },
        )
        .catch(() => {}); // the numbers are asserted below
      const stats = await popup.evaluate(popupStats);
      for (const outcome of OUTCOMES) expect(stats[outcome], outcome).toMatch(/^\d+$/);
      expect(stats).toEqual({ ...Object.fromEntries(OUTCOMES.map((o) => [o, '0'])), accepted: '1' });
    } finally {
      await popup.close();
    }
  });

  test('settings: issueSelector names the issue control (heuristic off for the rest); gateEnabled: false holds nothing', async () => {
    const site = { kind: 'issuance', match: 'http://127.0.0.1/fixtures/gate-unseen/*' };
    expect(await session.applySettings({ version: 1, sites: [{ ...site, issueSelector: '#history' }] })).toBe(
      true,
    );
    let page = await session.openPage(server.url('/fixtures/gate-unseen/bootstrap-icon.html'));
    try {
      await page.waitForPanel();
      await page.click('#issue');
      expect(await page.evaluate('window.issued')).toBe(1);
      await page.click('#history');
      await page.waitFor('[data-gate-notice]', { inPanel: true, timeout: 5_000 });
      expect(await page.evaluate('window.history_opened')).toBe(0);
    } finally {
      await page.close();
    }
    expect(await session.applySettings({ version: 1, sites: [site], gateEnabled: false })).toBe(true);
    page = await session.openPage(server.url('/fixtures/gate-unseen/bootstrap-icon.html'));
    try {
      await page.waitForPanel();
      await page.click('#issue');
      expect(await page.evaluate('window.issued')).toBe(1);
      expect(await inPanel(page, '[data-gate-notice]')).toHaveLength(0);
    } finally {
      await page.close();
    }
  });

  test('corrupted storage (settings "garbage", journal index {}, today’s lines and counts broken, ui 42) breaks neither the panel nor the popup', async () => {
    await clearJournal(session); // outcomes recorded today by other tests
    const today = localIsoDate(new Date());
    await session.setStorage('local', {
      settings: 'garbage',
      journal: {},
      [`journal:${today}`]: {},
      [`journalCounts:${today}`]: 'garbage',
      ui: 42,
    });
    // Broken settings fall back to the defaults: the background registers the demo sites again.
    expect(await session.waitForRegistration(DEMO_MATCHES, 5_000)).toBe(true);
    const popup = await session.openExtensionPage('popup.html');
    try {
      await popup.waitFor('[data-stat="refused"]', { state: 'attached' });
      const refused = await popup.evaluate(
        () => document.querySelector('[data-stat="refused"]')?.textContent ?? '',
      );
      expect(refused.trim()).toBe('0');
      expect(popup.consoleErrors()).toEqual([]);
    } finally {
      await popup.close();
    }
    // The demo issuance page gets a working panel.
    const page = await session.openPage(server.url('/demo/issuance.html'));
    try {
      await page.waitForPanel();
      await page.waitFor('[data-step="offer"]', { inPanel: true });
      expect(await page.panelText()).toContain('Карта жителя');
    } finally {
      await page.close();
    }
  });
});
