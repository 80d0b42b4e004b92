import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJournalWriter } from '@/utils/background/journal-writer';
import { addDays, localIsoDate } from '@/utils/journal/dates';
import { line, seedDays, storedDay, storedDayKeys } from './journal-helpers';

const NOW = new Date(2026, 2, 11, 11, 30);
const TODAY = '2026-03-11';
const writerAt = (now: Date, extra: Partial<Parameters<typeof createJournalWriter>[0]> = {}) =>
  createJournalWriter({ retentionDays: async () => 400, now: () => now, ...extra });
const refused = { outcome: 'refused', steps: ['offer', 'refusal'], siteKind: 'issuance' };

/** `count` lines, 50 a day, on the days before `NOW`. */
function pastLines(count: number) {
  return Array.from({ length: count }, (_, i) =>
    line(
      ['accepted', 'leaflet', 'refused', 'mais'][i % 4] as 'accepted',
      addDays(NOW, -1 - Math.floor(i / 50)),
    ),
  );
}

/** The keys read and written, and the bytes read and written, while `act` runs. */
async function storageFootprint(act: () => Promise<unknown>) {
  const read: string[] = [];
  const written: string[] = [];
  let bytesRead = 0;
  let bytesWritten = 0;
  const local = fakeBrowser.storage.local;
  const [originalGet, originalSet] = [local.get.bind(local), local.set.bind(local)];
  const get = vi.spyOn(local, 'get').mockImplementation((keys?: unknown) => {
    read.push(...[keys].flat().map(String));
    return originalGet(keys as string).then((values) => {
      bytesRead += JSON.stringify(values).length;
      return values;
    });
  });
  const set = vi.spyOn(local, 'set').mockImplementation((items: Record<string, unknown>) => {
    written.push(...Object.keys(items));
    bytesWritten += JSON.stringify(items).length;
    return originalSet(items);
  });
  try {
    await act();
  } finally {
    get.mockRestore();
    set.mockRestore();
  }
  return { read: read.sort(), written: written.sort(), bytesRead, bytesWritten };
}

describe('journal writer (the single writer)', () => {
  test('records a line without personal data under today’s key and returns today’s counts', async () => {
    const counts = await writerAt(NOW).record(refused);
    expect(counts).toEqual({ accepted: 0, leaflet: 0, refused: 1, mais: 0 });
    expect(await storedDay(TODAY)).toEqual([{ at: NOW.toISOString(), ...refused }]);
    expect((await fakeBrowser.storage.local.get('journal')).journal).toEqual({ days: [TODAY] });
  });

  test('recording costs the same with 100 or 100,000 past lines: one day read, its lines and counts written', async () => {
    const footprints = [];
    for (const past of [100, 100_000]) {
      fakeBrowser.reset();
      await seedDays(pastLines(past));
      const writer = writerAt(NOW, { retentionDays: async () => 3650 });
      await writer.record(refused); // the day's first line also notes the day in the index
      footprints.push(await storageFootprint(() => writer.record(refused)));
    }
    expect(footprints[1]).toEqual(footprints[0]);
    expect(footprints[0].written).toEqual([`journal:${TODAY}`, `journalCounts:${TODAY}`]);
    expect(footprints[0].bytesWritten).toBeLessThan(700);
    expect(footprints[0].bytesRead).toBeLessThan(500);
  }, 60_000); // seeding 100,000 lines in the fake storage takes a while

  test('50 concurrent records give 50 lines', async () => {
    const writer = writerAt(NOW);
    const outcomes = ['accepted', 'leaflet', 'refused', 'mais'] as const;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        writer.record({ outcome: outcomes[i % 4], steps: [], siteKind: i % 2 ? 'mais' : 'issuance' }),
      ),
    );
    expect(await storedDay(TODAY)).toHaveLength(50);
    expect(await writer.todayCounts()).toEqual({ accepted: 13, leaflet: 13, refused: 12, mais: 12 });
  });

  test('two writers in two contexts would race; one writer never does (control)', async () => {
    // Without the queue, parallel read-modify-write loses lines: this is what the queue prevents.
    await Promise.all([writerAt(NOW).record(refused), writerAt(NOW).record(refused)]);
    expect(await storedDay(TODAY)).toHaveLength(1);
  });

  test('a damaged day keeps its valid lines and drops the garbage on the next write', async () => {
    const good = line('leaflet', new Date(2026, 2, 11, 9, 0));
    await fakeBrowser.storage.local.set({ [`journal:${TODAY}`]: [good, 'garbage', { at: 1 }, null] });
    const writer = writerAt(NOW);
    expect(await writer.todayCounts()).toEqual({ accepted: 0, leaflet: 1, refused: 0, mais: 0 });
    await writer.record({ outcome: 'mais', steps: [], siteKind: 'mais' });
    expect(await storedDay(TODAY)).toEqual([
      good,
      { at: NOW.toISOString(), outcome: 'mais', steps: [], siteKind: 'mais' },
    ]);
  });

  test('a day that is not a list at all starts afresh', async () => {
    await fakeBrowser.storage.local.set({ [`journal:${TODAY}`]: { broken: true } });
    await writerAt(NOW).record(refused);
    expect(await storedDay(TODAY)).toHaveLength(1);
  });

  test('the day’s first line removes whole days older than the retention; later lines touch nothing else', async () => {
    await seedDays([
      line('refused', addDays(NOW, -31)),
      line('accepted', addDays(NOW, -30)),
      line('mais', addDays(NOW, -1)),
    ]);
    const writer = writerAt(NOW, { retentionDays: async () => 30 });
    await writer.record(refused);
    const kept = [localIsoDate(addDays(NOW, -30)), localIsoDate(addDays(NOW, -1)), TODAY];
    expect(await storedDayKeys()).toEqual([
      ...kept.map((d) => `journal:${d}`),
      ...kept.map((d) => `journalCounts:${d}`),
    ]);
    expect((await fakeBrowser.storage.local.get('journal')).journal).toEqual({ days: kept });

    await seedDays([line('refused', addDays(NOW, -40))]); // appears later: left for tomorrow's first line
    await writer.record(refused);
    expect(await storedDayKeys()).toContain(`journal:${localIsoDate(addDays(NOW, -40))}`);
  });

  test('the office’s code and name go into every new line; without one the line has no office', async () => {
    const office = { code: '5401', name: 'ОСОН Ленинского района' };
    await writerAt(NOW, { office: async () => office }).record(refused);
    await writerAt(NOW).record(refused);
    await writerAt(NOW, { office: async () => ({ code: ' ', name: 'без кода' }) }).record(refused);
    await writerAt(NOW, { office: () => Promise.reject(new Error('settings unreadable')) }).record(refused);
    const lines = (await storedDay(TODAY)) as Array<Record<string, unknown>>;
    expect(lines.map((l) => l.office)).toEqual([office, undefined, undefined, undefined]);
  });

  test('a list written under `journal` while the background runs is moved to day keys, never overwritten', async () => {
    const old = line('accepted', addDays(NOW, -2));
    await fakeBrowser.storage.local.set({ journal: [old] });
    await writerAt(NOW).record(refused);
    expect(await storedDay(localIsoDate(addDays(NOW, -2)))).toEqual([old]);
    expect((await fakeBrowser.storage.local.get('journal')).journal).toEqual({
      days: [localIsoDate(addDays(NOW, -2)), TODAY],
    });
  });

  test('a malformed request is refused with a Russian message and writes nothing', async () => {
    const writer = writerAt(NOW);
    expect(() => writer.record({ outcome: 'won', steps: [], siteKind: 'issuance' })).toThrow(
      /Неизвестный итог/,
    );
    expect(() => writer.record({ outcome: 'refused', siteKind: 'bank' })).toThrow(/Неизвестный тип сайта/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
