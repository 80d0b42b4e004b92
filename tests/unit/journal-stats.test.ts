import {
  dailyCounts,
  localIsoDate,
  MAX_REPORT_DAYS,
  parseIsoDate,
  sanitizeJournal,
  totals,
} from '@/utils/journal/stats';

// Timestamps are built from local dates so the tests hold in any time zone.
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('parseIsoDate / localIsoDate', () => {
  test('round-trips real dates and rejects impossible ones', () => {
    expect(localIsoDate(parseIsoDate('2026-02-28') as Date)).toBe('2026-02-28');
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('28.02.2026')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});

describe('dailyCounts', () => {
  const entries = [
    { at: at(2026, 3, 1, 0, 5), outcome: 'accepted' as const },
    { at: at(2026, 3, 1, 23, 55), outcome: 'refused' as const },
    { at: at(2026, 3, 1, 10), outcome: 'accepted' as const },
    { at: at(2026, 3, 3, 9), outcome: 'mais' as const },
    { at: at(2026, 2, 28, 23, 59), outcome: 'leaflet' as const }, // the day before the period
    { at: at(2026, 3, 4, 0, 0), outcome: 'leaflet' as const }, // the day after the period
  ];

  test('groups by local calendar day, zero-filled, inclusive of both ends', () => {
    const rows = dailyCounts(entries, '2026-03-01', '2026-03-03');
    expect(rows.map((r) => r.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(rows[0].counts).toEqual({ accepted: 2, leaflet: 0, refused: 1, mais: 0 });
    expect(rows[0].total).toBe(3);
    expect(rows[1].total).toBe(0);
    expect(rows[2].counts.mais).toBe(1);
  });

  test('totals sum every outcome and the grand total', () => {
    const sum = totals(dailyCounts(entries, '2026-02-28', '2026-03-04'));
    expect(sum.counts).toEqual({ accepted: 2, leaflet: 2, refused: 1, mais: 1 });
    expect(sum.total).toBe(6);
  });

  test('crosses month and year ends', () => {
    const rows = dailyCounts([{ at: at(2026, 1, 1), outcome: 'refused' }], '2025-12-30', '2026-01-02');
    expect(rows.map((r) => r.date)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(rows[2].counts.refused).toBe(1);
  });

  test('returns no rows for a reversed or invalid period, and caps a huge one', () => {
    expect(dailyCounts(entries, '2026-03-03', '2026-03-01')).toEqual([]);
    expect(dailyCounts(entries, 'вчера', '2026-03-01')).toEqual([]);
    expect(dailyCounts([], '2000-01-01', '2099-12-31')).toHaveLength(MAX_REPORT_DAYS);
  });
});

describe('sanitizeJournal', () => {
  test('keeps countable entries and counts the skipped ones', () => {
    const good = { at: at(2026, 3, 1), outcome: 'accepted', steps: ['offer'], siteKind: 'issuance' };
    const result = sanitizeJournal([
      good,
      null,
      42,
      { at: 'не дата', outcome: 'accepted' },
      { at: at(2026, 3, 1), outcome: 'unknown' },
      { outcome: 'refused' },
    ]);
    expect(result.entries).toEqual([{ at: good.at, outcome: 'accepted' }]);
    expect(result.skipped).toBe(5);
    expect(result.notArray).toBe(false);
  });

  test('a missing journal is empty, a non-array one is flagged', () => {
    expect(sanitizeJournal(undefined)).toEqual({ entries: [], skipped: 0, notArray: false });
    expect(sanitizeJournal({ at: 'x' })).toEqual({ entries: [], skipped: 0, notArray: true });
    expect(sanitizeJournal('[]').notArray).toBe(true);
  });
});
