import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  poll,
  startFixtureServer,
} from './harness';

// The outcome journal at scale in real browsers: 100,000 lines stored the old way (one list under `journal`) move to
// one key per day when the extension is updated (reloaded), every line kept; the next outcome is one more line, and
// the day's first line removes the days past the retention; an outcome clicked as its tab closes is stored; the
// popup counts today, the report its week.

const PAST_LINES = 100_000;
const PER_DAY = 50;
const GARBAGE = 3;
/** The settings' default journal retention, in days. */
const RETENTION_DAYS = 400;

/** In an extension page: the old single list, 50 lines a day on the days before today, plus a few broken lines. */
async function storeOldJournal(count: number, perDay: number, garbage: number): Promise<number> {
  type Api = {
    storage: {
      local: {
        get(k: null): Promise<Record<string, unknown>>;
        remove(k: string[]): Promise<void>;
        set(v: unknown): Promise<void>;
      };
    };
  };
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
  // A retry starts from the first version's single list again: no day keys, counts or index of an earlier attempt.
  const earlier = Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith('journal'));
  await api.storage.local.remove(earlier);
  await api.storage.local.set({ journal });
  return journal.length;
}

interface MovedIndex {
  days: string[];
  migration: unknown;
}
type StorageApi = { storage: { local: { get(k: string | string[]): Promise<Record<string, unknown>> } } };

/**
 * In an extension page: the index and the move's note once the index is version 2, else null. Only the tiny version
 * key is read until then: reading the 10 MB list while the background moves it would slow the move itself.
 */
async function movedIndex(): Promise<MovedIndex | null> {
  const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
  const api = (g.browser ?? g.chrome) as StorageApi;
  const meta = (await api.storage.local.get('journal$')).journal$ as { v?: number } | undefined;
  if (meta?.v !== 2) return null;
  const { journal, journalMigration } = await api.storage.local.get(['journal', 'journalMigration']);
  return { days: (journal as { days: string[] }).days, migration: journalMigration };
}

/** In an extension page: the given days' counts added up, and how many lines their keys hold. */
async function storedTotals(days: string[]): Promise<{ counted: number; lines: number }> {
  const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
  const api = (g.browser ?? g.chrome) as StorageApi;
  const counts = await api.storage.local.get(days.map((d) => `journalCounts:${d}`));
  const lines = await api.storage.local.get(days.map((d) => `journal:${d}`));
  let counted = 0;
  for (const offices of Object.values(counts) as Array<Array<{ counts: Record<string, number> }>>)
    for (const { counts: c } of offices) counted += c.accepted + c.leaflet + c.refused + c.mais;
  return {
    counted,
    lines: Object.values(lines).reduce((n: number, day) => n + (day as unknown[]).length, 0),
  };
}

/** In an extension page: the local day `offset` days from today, YYYY-MM-DD. */
function dayFromToday(offset: number): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe.each(BROWSERS)('%s: the journal at 100,000 lines', (browser) => {
  let session: ExtSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension(browser);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('an update moves the old list to day keys; outcomes add a line each, even as the tab closes; old days go; popup and report count', async () => {
    // Opened here, not once for the file: the extension's reload below closes it, and a retry seeds again.
    const seeder = await session.openExtensionPage('popup.html');
    expect(await seeder.evaluate(storeOldJournal, PAST_LINES, PER_DAY, GARBAGE)).toBe(PAST_LINES + GARBAGE);
    await session.reloadExtension(300_000);
    const control = await session.openExtensionPage('popup.html');
    const moved = (await poll(
      () => control.evaluate(movedIndex),
      600_000,
      'the move to day keys',
    )) as MovedIndex;
    expect(moved.days).toHaveLength(PAST_LINES / PER_DAY);
    expect(moved.migration).toMatchObject({ kept: PAST_LINES, dropped: GARBAGE, notList: false });
    expect(await control.evaluate(storedTotals, moved.days)).toEqual({
      counted: PAST_LINES,
      lines: PAST_LINES,
    });
    const today = await control.evaluate(dayFromToday, 0);
    const todayLines = async () => (await control.evaluate(storedTotals, [today])).lines;

    const page = await session.openPage(server.url('/demo/issuance.html'));
    await page.waitForPanel();
    await page.panelClick('[data-outcome="accepted"]');
    await poll(async () => (await todayLines()) === 1, 120_000, 'the first line under today’s key');
    await page.close();
    // The day's first line also removes whole days past the retention (400 days by default).
    const kept = (await poll(
      async () => {
        const index = await control.evaluate(movedIndex);
        return index?.days.length === RETENTION_DAYS + 1 ? index.days : null;
      },
      120_000,
      'the days past the retention removed',
    )) as string[];
    expect([kept[0], kept.at(-1)]).toEqual([await control.evaluate(dayFromToday, -RETENTION_DAYS), today]);
    const removed = await control.evaluate(dayFromToday, -RETENTION_DAYS - 1);
    expect(await control.evaluate(storedTotals, [removed])).toEqual({ counted: 0, lines: 0 });
    const keptLines = RETENTION_DAYS * PER_DAY + 1;
    expect(await control.evaluate(storedTotals, kept)).toEqual({ counted: keptLines, lines: keptLines });

    // An outcome clicked just before its tab closes: the background writes it; the closed panel needs not wait.
    const closing = await session.openPage(server.url('/demo/issuance.html'));
    await closing.waitForPanel();
    await closing.panelClick('[data-outcome="refused"]');
    await closing.close();
    await poll(async () => (await todayLines()) === 2, 60_000, 'the outcome clicked as its tab closed');
    await control.close();

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForFunction(() => document.querySelector('[data-stat="accepted"]')?.textContent === '1');
    expect(await popup.evaluate(() => document.querySelector('[data-stat="refused"]')?.textContent)).toBe(
      '1',
    );
    expect(await popup.evaluate(() => document.querySelector('[data-stat="leaflet"]')?.textContent)).toBe(
      '0',
    );
    await popup.close();

    const options = await session.openExtensionPage('options.html');
    await options.waitFor('[data-summary-total]');
    // «7 дней»: today's two outcomes and six full past days.
    expect(await options.evaluate(() => document.querySelector('[data-summary-total]')?.textContent)).toBe(
      String(6 * PER_DAY + 2),
    );
    expect(
      await options.evaluate(() => document.querySelector('[data-journal-problem]')?.textContent),
    ).toContain(`перенесено записей: ${PAST_LINES}; пропущено повреждённых: ${GARBAGE}`);
    expect(options.consoleErrors()).toEqual([]);
    await options.close();
  }, 1_200_000);
});
