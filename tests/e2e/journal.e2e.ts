import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  poll,
  startFixtureServer,
  type TestPage,
} from './harness';

// The outcome journal at scale in real browsers: 100,000 lines stored the old way (one list under `journal`) move to
// one key per day when the extension is updated (reloaded), every line kept; the next outcome is one more line; the
// popup counts today, the report its week.

const PAST_LINES = 100_000;
const PER_DAY = 50;
const GARBAGE = 3;

/** In an extension page: the old single list, 50 lines a day on the days before today, plus a few broken lines. */
async function storeOldJournal(count: number, perDay: number, garbage: number): Promise<number> {
  type Api = { storage: { local: { set(v: unknown): Promise<void> } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome) as Api;
  const outcomes = ['accepted', 'leaflet', 'refused', 'mais'];
  const now = new Date();
  const journal: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(
      now.getFullYear(),
      now.getMonth(),
      now.getDate() - 1 - Math.floor(i / perDay),
      9,
      i % perDay,
    );
    journal.push({
      at: at.toISOString(),
      outcome: outcomes[i % 4],
      steps: ['offer', 'details'],
      siteKind: 'issuance',
    });
  }
  for (let i = 0; i < garbage; i++) journal.push({ at: 'вчера', outcome: 'accepted' });
  await api.storage.local.set({ journal });
  return journal.length;
}

/** In an extension page: what the journal holds now (counted in the page: the lines are megabytes). */
async function journalShape(): Promise<{ index: unknown; days: number; lines: number; migration: unknown }> {
  type Api = { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome) as Api;
  const all = await api.storage.local.get(null);
  const dayKeys = Object.keys(all).filter((k) => /^journal:\d{4}-\d{2}-\d{2}$/.test(k));
  const index = all.journal as { days?: unknown[] } | unknown[] | undefined;
  return {
    index: Array.isArray(index)
      ? 'list'
      : { days: (index as { days?: unknown[] } | undefined)?.days?.length },
    days: dayKeys.length,
    lines: dayKeys.reduce((n, k) => n + (all[k] as unknown[]).length, 0),
    migration: all.journalMigration,
  };
}

describe.each(BROWSERS)('%s: the journal at 100,000 lines', (browser) => {
  let session: ExtSession;
  let server: FixtureServer;
  let seeder: TestPage;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension(browser);
    seeder = await session.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('an update moves the old list to day keys; an outcome adds one line; popup and report count from them', async () => {
    expect(await seeder.evaluate(storeOldJournal, PAST_LINES, PER_DAY, GARBAGE)).toBe(PAST_LINES + GARBAGE);
    await session.reloadExtension(60_000);
    const control = await session.openExtensionPage('popup.html');
    const moved = await poll(
      async () => {
        const now = await control.evaluate(journalShape);
        return now.lines === PAST_LINES ? now : null;
      },
      120_000,
      'every old line under day keys',
    );
    expect(moved).toEqual({
      index: { days: PAST_LINES / PER_DAY },
      days: PAST_LINES / PER_DAY,
      lines: PAST_LINES,
      migration: expect.objectContaining({ kept: PAST_LINES, dropped: GARBAGE, notList: false }),
    });

    const page = await session.openPage(server.url('/demo/issuance.html'));
    await page.waitForPanel();
    await page.panelClick('[data-outcome="accepted"]');
    const shape = await poll(
      async () => {
        const now = await control.evaluate(journalShape);
        return now.lines === PAST_LINES + 1 ? now : null;
      },
      30_000,
      'the new line under today’s key',
    );
    expect(shape).toMatchObject({
      index: { days: PAST_LINES / PER_DAY + 1 },
      days: PAST_LINES / PER_DAY + 1,
    });
    await page.close();
    await control.close();

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForFunction(() => document.querySelector('[data-stat="accepted"]')?.textContent === '1');
    expect(await popup.evaluate(() => document.querySelector('[data-stat="refused"]')?.textContent)).toBe(
      '0',
    );
    await popup.close();

    const options = await session.openExtensionPage('options.html');
    await options.waitFor('[data-summary-total]');
    // «7 дней»: today's one outcome and six full past days.
    expect(await options.evaluate(() => document.querySelector('[data-summary-total]')?.textContent)).toBe(
      String(6 * PER_DAY + 1),
    );
    expect(
      await options.evaluate(() => document.querySelector('[data-journal-problem]')?.textContent),
    ).toContain(`перенесено записей: ${PAST_LINES}; пропущено повреждённых: ${GARBAGE}`);
    expect(options.consoleErrors()).toEqual([]);
    await options.close();
  }, 300_000);
});
