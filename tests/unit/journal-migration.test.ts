import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSingleList } from '@/utils/journal/migrate-single-list';
import { describeMigration } from '@/utils/journal/migration-notice';
import { line, storedDay, storedDayKeys } from './journal-helpers';

// `journal` version 1 (one list of every line) → version 2 (an index) + one key per day, through the storage item's
// own migration, as the background runs it when it starts after an update.

const day1 = new Date(2026, 2, 10, 9, 0);
const day1Later = new Date(2026, 2, 10, 17, 30);
const day2 = new Date(2026, 2, 11, 11, 0);

/** Stores `items`, then loads the journal's storage item afresh, as a background starting after an update. */
async function startBackgroundModuleWith(items: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(items);
  vi.resetModules();
  const store = await import('@/utils/journal/index-store');
  await store.journalMigrated();
  return store;
}

test('the single list becomes one key per day; every countable line is kept and the dropped ones reported', async () => {
  const legacy = [
    line('refused', day1Later),
    line('accepted', day1),
    'garbage',
    { at: 'вчера', outcome: 'accepted' },
    line('mais', day2),
    { at: day2.toISOString(), outcome: 'leaflet', steps: ['offer'], siteKind: 'shop' },
  ];
  await startBackgroundModuleWith({ journal: legacy });

  const stored = await fakeBrowser.storage.local.get(['journal', 'journal$', 'journalMigration']);
  expect(stored.journal).toEqual({ days: ['2026-03-10', '2026-03-11'] });
  expect(stored.journal$).toEqual({ v: 2 });
  expect(await storedDay('2026-03-10')).toEqual([line('accepted', day1), line('refused', day1Later)]);
  expect(await storedDay('2026-03-11')).toEqual([
    line('mais', day2),
    { at: day2.toISOString(), outcome: 'leaflet', steps: ['offer'] },
  ]);
  expect(
    (await fakeBrowser.storage.local.get('journalCounts:2026-03-10'))['journalCounts:2026-03-10'],
  ).toEqual([{ office: null, counts: { accepted: 1, leaflet: 0, refused: 1, mais: 0 } }]);
  expect(stored.journalMigration).toMatchObject({ kept: 4, dropped: 2, notList: false });
  expect(describeMigration(stored.journalMigration as never)).toMatch(
    /перенесено записей: 4; пропущено повреждённых: 2/,
  );
});

test('a stored journal that is not a list moves nothing, says so, and is replaced by an empty index', async () => {
  await startBackgroundModuleWith({ journal: { broken: true } });
  const stored = await fakeBrowser.storage.local.get(['journal', 'journalMigration']);
  expect(stored.journal).toEqual({ days: [] });
  expect(describeMigration(stored.journalMigration as never)).toMatch(/не было списка записей/);
  expect(await storedDayKeys()).toEqual([]);
});

test('a clean move reports nothing to the administrator', async () => {
  await startBackgroundModuleWith({ journal: [line('accepted', day1)] });
  const { journalMigration } = await fakeBrowser.storage.local.get('journalMigration');
  expect(journalMigration).toMatchObject({ kept: 1, dropped: 0 });
  expect(describeMigration(journalMigration as never)).toBeNull();
});

test('run twice, even at once, it doubles nothing; lines recorded since stay; identical old lines all stay', async () => {
  const twin = line('accepted', day1);
  const legacy = [twin, { ...twin }, line('refused', day1Later)];
  await Promise.all([migrateSingleList(legacy), migrateSingleList(legacy)]);
  expect(await storedDay('2026-03-10')).toEqual([twin, twin, line('refused', day1Later)]);

  const recordedMeanwhile = line('mais', new Date(2026, 2, 10, 18, 0));
  const day = (await storedDay('2026-03-10')) as unknown[];
  await fakeBrowser.storage.local.set({ 'journal:2026-03-10': [...day, recordedMeanwhile] });
  const index = await migrateSingleList(legacy);
  expect(index).toEqual({ days: ['2026-03-10'] });
  expect(await storedDay('2026-03-10')).toEqual([twin, twin, line('refused', day1Later), recordedMeanwhile]);
});

test('an index already at version 2 is left as it is', async () => {
  const index = { days: ['2026-03-10'] };
  await startBackgroundModuleWith({
    journal: index,
    journal$: { v: 2 },
    'journal:2026-03-10': [line('mais', day1)],
  });
  const stored = await fakeBrowser.storage.local.get(['journal', 'journalMigration']);
  expect(stored).toEqual({ journal: index });
  expect(await migrateSingleList(index)).toEqual(index);
});

test('a fresh install has nothing to move and stores version 2 with the index of its first day', async () => {
  const { indexDay, journalIndexItem } = await startBackgroundModuleWith({});
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  await indexDay('2026-03-11', day2, 400);
  expect(await fakeBrowser.storage.local.get(['journal', 'journal$'])).toEqual({
    journal: { days: ['2026-03-11'] },
    journal$: { v: 2 },
  });
  expect(await journalIndexItem().getValue()).toEqual({ days: ['2026-03-11'] });
});

test('a long journal is written a hundred days per storage call, so other storage calls get through between them', async () => {
  const days = 250;
  const legacy = Array.from({ length: days }, (_, i) => line('accepted', new Date(2026, 0, 1 + i, 10, 0)));
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const daysPerCall: number[] = [];
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    const written = Object.keys(items).filter((key) => key.startsWith('journal:')).length;
    if (written) daysPerCall.push(written);
    return set(items);
  });
  await startBackgroundModuleWith({ journal: legacy });
  expect(daysPerCall).toEqual([100, 100, 50]);
  expect(await storedDayKeys()).toHaveLength(2 * days); // each day's lines and counts
});
