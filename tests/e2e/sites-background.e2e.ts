import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  startFixtureServer,
  type TestPage,
} from './harness';
import { journalLines } from './journal-storage';

// The background as the single writer, in real browsers: messages sent the way the panel sends them
// (@webext-core/messaging's {id, type, data, timestamp}) from the panel page on a configured site.

/** In the panel page: send typed messages to the background, all at once; returns the answers. */
async function sendAll(messages: Array<[string, unknown]>): Promise<Array<{ res?: unknown; err?: unknown }>> {
  const g = globalThis as unknown as {
    browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  };
  const runtime = (g.browser ?? g.chrome)!.runtime;
  return Promise.all(
    messages.map(
      ([type, data], i) =>
        runtime.sendMessage({ id: 900_000 + i, type, data, timestamp: Date.now() }) as Promise<{
          res?: unknown;
          err?: unknown;
        }>,
    ),
  );
}

describe.each(BROWSERS)('%s: background journal and session checklist', (browser) => {
  let session: ExtSession;
  let server: FixtureServer;
  let page: TestPage;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension(browser);
    page = await session.openPage(server.url('/demo/issuance.html'));
    await page.waitForPanel();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('20 outcomes recorded at once all reach the journal', async () => {
    const outcomes = ['accepted', 'leaflet', 'refused', 'mais'];
    const answers = await page.panelEvaluate(
      sendAll,
      Array.from({ length: 20 }, (_, i) => [
        'recordOutcome',
        { outcome: outcomes[i % 4], steps: ['offer'], siteKind: 'issuance' },
      ]),
    );
    expect(answers.every((a) => a.err === undefined)).toBe(true);
    expect(await journalLines(session)).toHaveLength(20);
    const [today] = await page.panelEvaluate(sendAll, [['getTodayCounts', null]]);
    expect(today.res).toEqual({ accepted: 5, leaflet: 5, refused: 5, mais: 5 });
  });

  test('the checklist goes to storage.session only, with its expiry, and is cleared on request', async () => {
    const checklist = {
      eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
      fields: { lastName: 'Сидорова', snils: '112-233-445 95' },
    };
    const [saved] = await page.panelEvaluate(sendAll, [['saveChecklist', checklist]]);
    const stored = saved.res as { expiresAt: number; checklist: { fields: Record<string, string> } };
    expect(stored.checklist.fields.lastName).toBe('Сидорова');
    expect(stored.expiresAt - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(stored.expiresAt - Date.now()).toBeLessThanOrEqual(30 * 60_000);

    expect((await session.getStorage('session', 'checklist')).checklist).toEqual(stored);
    expect(JSON.stringify(await session.getStorage('local'))).not.toContain('Сидорова');
    const alarm = await session.callApi<{ scheduledTime: number } | undefined>(
      'alarms.get',
      'karta-checklist-expiry',
    );
    expect(alarm?.scheduledTime).toBe(stored.expiresAt);

    const [got] = await page.panelEvaluate(sendAll, [['getChecklist', null]]);
    expect(got.res).toEqual(stored);
    await page.panelEvaluate(sendAll, [['clearChecklist', null]]);
    expect(await session.getStorage('session', 'checklist')).toEqual({});
  });

  test('a malformed outcome is refused with a Russian message', async () => {
    const [answer] = await page.panelEvaluate(sendAll, [
      ['recordOutcome', { outcome: 'won', steps: [], siteKind: 'issuance' }],
    ]);
    expect(JSON.stringify(answer.err)).toContain('Неизвестный итог');
  });
});
