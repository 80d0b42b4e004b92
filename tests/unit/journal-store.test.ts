import type { JournalEntry } from '@/utils/journal/outcomes';
import { appendEntry, countsForDay, parseJournal, pruneJournal, toJournalEntry } from '@/utils/journal/store';

const entry = (at: string, outcome: JournalEntry['outcome'] = 'refused'): JournalEntry => ({
  at,
  outcome,
  steps: ['offer'],
  siteKind: 'issuance',
});

describe('journal helpers', () => {
  test('parseJournal keeps valid entries and drops garbage', () => {
    const good = entry('2026-03-01T10:00:00.000Z', 'accepted');
    const { entries, dropped } = parseJournal([
      good,
      null,
      'x',
      { at: 'not a date', outcome: 'refused', steps: [], siteKind: 'issuance' },
      { at: good.at, outcome: 'won', steps: [], siteKind: 'issuance' },
      { at: good.at, outcome: 'leaflet', steps: [], siteKind: 'shop' },
      { at: good.at, outcome: 'leaflet', steps: ['a', 5], siteKind: 'mais' },
    ]);
    expect(entries).toEqual([good, { at: good.at, outcome: 'leaflet', steps: ['a'], siteKind: 'mais' }]);
    expect(dropped).toBe(5);
  });

  test('a non-array journal gives no entries; nothing stored is not a loss', () => {
    expect(parseJournal({ a: 1 })).toEqual({ entries: [], dropped: 1 });
    expect(parseJournal(undefined)).toEqual({ entries: [], dropped: 0 });
  });

  test('toJournalEntry strips unknown properties (no room for personal data)', () => {
    const raw = { ...entry('2026-03-01T10:00:00.000Z'), snils: '112-233-445 95' };
    expect(toJournalEntry(raw)).toEqual(entry('2026-03-01T10:00:00.000Z'));
  });

  test('pruneJournal drops entries older than the retention period', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    const kept = entry('2025-02-01T12:00:00.000Z'); // 393 days before
    const old = entry('2025-01-20T12:00:00.000Z'); // 405 days before
    expect(pruneJournal([old, kept], now, 400)).toEqual([kept]);
    expect(pruneJournal([old, kept], now, 30)).toEqual([]);
  });

  test('countsForDay counts the local calendar day of now only', () => {
    const now = new Date(2026, 2, 1, 15, 0); // local 1 March 15:00
    const entries = [
      entry(new Date(2026, 2, 1, 0, 5).toISOString(), 'refused'),
      entry(new Date(2026, 2, 1, 23, 55).toISOString(), 'refused'),
      entry(new Date(2026, 2, 1, 9, 0).toISOString(), 'mais'),
      entry(new Date(2026, 1, 28, 23, 59).toISOString(), 'refused'),
    ];
    expect(countsForDay(entries, now)).toEqual({ accepted: 0, leaflet: 0, refused: 2, mais: 1 });
  });

  test('appendEntry appends, cleans and prunes in one go', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    const fresh = entry(now.toISOString(), 'accepted');
    const result = appendEntry([entry('2020-01-01T00:00:00.000Z'), 'junk'], fresh, now, 400);
    expect(result).toEqual([fresh]);
  });
});
