import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJournalWriter } from '@/utils/background/journal-writer';

const stored = async () => (await fakeBrowser.storage.local.get('journal')).journal as unknown[];

describe('journal writer (the single writer)', () => {
  test('records an entry without personal data and returns today’s counts', async () => {
    const now = new Date(2026, 2, 1, 11, 30);
    const writer = createJournalWriter({ retentionDays: async () => 400, now: () => now });
    const counts = await writer.record({
      outcome: 'refused',
      steps: ['offer', 'refuse'],
      siteKind: 'issuance',
    });
    expect(counts).toEqual({ accepted: 0, leaflet: 0, refused: 1, mais: 0 });
    expect(await stored()).toEqual([
      { at: now.toISOString(), outcome: 'refused', steps: ['offer', 'refuse'], siteKind: 'issuance' },
    ]);
  });

  test('50 concurrent records give 50 entries', async () => {
    const writer = createJournalWriter({ retentionDays: async () => 400 });
    const outcomes = ['accepted', 'leaflet', 'refused', 'mais'] as const;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        writer.record({ outcome: outcomes[i % 4], steps: [], siteKind: i % 2 ? 'mais' : 'issuance' }),
      ),
    );
    expect(await stored()).toHaveLength(50);
    expect(await writer.todayCounts()).toEqual({ accepted: 13, leaflet: 13, refused: 12, mais: 12 });
  });

  test('two writers in two contexts would race; one writer never does (control)', async () => {
    // Without the queue, parallel read-modify-write loses entries: this is what the queue prevents.
    const a = createJournalWriter({ retentionDays: async () => 400 });
    const b = createJournalWriter({ retentionDays: async () => 400 });
    await Promise.all([
      a.record({ outcome: 'refused', steps: [], siteKind: 'issuance' }),
      b.record({ outcome: 'refused', steps: [], siteKind: 'issuance' }),
    ]);
    expect((await stored()).length).toBeLessThan(2);
  });

  test('a corrupted journal keeps its valid entries and drops the garbage on the next write', async () => {
    const good = { at: new Date().toISOString(), outcome: 'leaflet', steps: [], siteKind: 'issuance' };
    await fakeBrowser.storage.local.set({ journal: [good, 'garbage', { at: 1 }, null] });
    const writer = createJournalWriter({ retentionDays: async () => 400 });
    expect(await writer.todayCounts()).toEqual({ accepted: 0, leaflet: 1, refused: 0, mais: 0 });
    await writer.record({ outcome: 'mais', steps: [], siteKind: 'mais' });
    const journal = await stored();
    expect(journal).toHaveLength(2);
    expect(journal[0]).toEqual(good);
  });

  test('a journal that is not a list at all starts afresh', async () => {
    await fakeBrowser.storage.local.set({ journal: { broken: true } });
    const writer = createJournalWriter({ retentionDays: async () => 400 });
    await writer.record({ outcome: 'accepted', steps: [], siteKind: 'issuance' });
    expect(await stored()).toHaveLength(1);
  });

  test('old entries are pruned by the configured retention', async () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    await fakeBrowser.storage.local.set({
      journal: [{ at: '2026-01-01T12:00:00.000Z', outcome: 'refused', steps: [], siteKind: 'issuance' }],
    });
    const writer = createJournalWriter({ retentionDays: async () => 30, now: () => now });
    await writer.record({ outcome: 'accepted', steps: [], siteKind: 'issuance' });
    expect(await stored()).toEqual([
      { at: now.toISOString(), outcome: 'accepted', steps: [], siteKind: 'issuance' },
    ]);
  });

  test('a malformed request is refused with a Russian message and writes nothing', async () => {
    const writer = createJournalWriter({ retentionDays: async () => 400 });
    expect(() => writer.record({ outcome: 'won', steps: [], siteKind: 'issuance' })).toThrow(
      /Неизвестный итог/,
    );
    expect(() => writer.record({ outcome: 'refused', siteKind: 'bank' })).toThrow(/Неизвестный тип сайта/);
    expect(await stored()).toBeUndefined();
  });
});
