import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readDayCounts, removeDays, toOfficeCounts, writeDays } from '@/utils/journal/day-store';
import { line } from './journal-helpers';

const ours = { code: '5401', name: 'ОСОН Ленинского района' };
const zero = { accepted: 0, leaflet: 0, refused: 0, mais: 0 };

test('a day is written as its lines and its counts per office, in one storage call', async () => {
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  const lines = [
    line('accepted', new Date(2026, 2, 11, 9)),
    line('refused', new Date(2026, 2, 11, 10), { office: ours }),
  ];
  await writeDays(new Map([['2026-03-11', lines]]));
  expect(set).toHaveBeenCalledOnce();
  expect(await fakeBrowser.storage.local.get(null)).toEqual({
    'journal:2026-03-11': lines,
    'journalCounts:2026-03-11': [
      { office: null, counts: { ...zero, accepted: 1 } },
      { office: ours, counts: { ...zero, refused: 1 } },
    ],
  });
  await removeDays(['2026-03-11']);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
});

test('counts are read from the counts key, or from the lines when the counts are missing or damaged', async () => {
  await writeDays(new Map([['2026-03-10', [line('mais', new Date(2026, 2, 10, 9))]]]));
  await fakeBrowser.storage.local.set({
    'journal:2026-03-11': [line('leaflet', new Date(2026, 2, 11, 9)), 'garbage'],
    'journalCounts:2026-03-12': [{ office: null, counts: { ...zero, refused: -1 } }],
    'journal:2026-03-12': [line('refused', new Date(2026, 2, 12, 9))],
  });
  const read = await readDayCounts(['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
  expect(Object.fromEntries(read)).toEqual({
    '2026-03-10': { offices: [{ office: null, counts: { ...zero, mais: 1 } }], dropped: 0, notList: false },
    '2026-03-11': {
      offices: [{ office: null, counts: { ...zero, leaflet: 1 } }],
      dropped: 1,
      notList: false,
    },
    '2026-03-12': {
      offices: [{ office: null, counts: { ...zero, refused: 1 } }],
      dropped: 0,
      notList: false,
    },
    '2026-03-13': { offices: [], dropped: 0, notList: false },
  });
});

test('stored counts must be whole non-negative numbers for every outcome', () => {
  expect(toOfficeCounts([{ office: ours, counts: { ...zero, accepted: 2 } }])).toEqual([
    { office: ours, counts: { ...zero, accepted: 2 } },
  ]);
  expect(toOfficeCounts([])).toEqual([]);
  expect(toOfficeCounts(undefined)).toBeNull();
  expect(toOfficeCounts([{ office: null, counts: { accepted: 1 } }])).toBeNull();
  expect(toOfficeCounts([{ office: null, counts: { ...zero, mais: 1.5 } }])).toBeNull();
  expect(toOfficeCounts([null])).toBeNull();
});
