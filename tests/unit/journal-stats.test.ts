import { daysBetween, formatRuDate, localIsoDate, parseIsoDate, parseRuDate } from '@/utils/journal/dates';
import {
  countOutcomes,
  dayRows,
  MAX_REPORT_DAYS,
  officeDayRows,
  shares,
  totals,
} from '@/utils/journal/stats';
import { daysOf } from './journal-helpers';

// Timestamps are built from local dates so the tests hold in any time zone.
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('parseIsoDate / localIsoDate', () => {
  test('round-trips real dates and rejects impossible ones', () => {
    expect(localIsoDate(parseIsoDate('2026-02-28') as Date)).toBe('2026-02-28');
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('28.02.2026')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  test('ДД.ММ.ГГГГ (and ISO) read back from CSV; impossible dates refused', () => {
    expect(parseRuDate('05.03.2026')).toBe('2026-03-05');
    expect(parseRuDate(' 5.3.2026 ')).toBe('2026-03-05');
    expect(parseRuDate('2026-03-05')).toBe('2026-03-05');
    expect(parseRuDate('29.02.2026')).toBeNull();
    expect(parseRuDate('2026-02-30')).toBeNull();
    expect(parseRuDate('05/03/2026')).toBeNull();
    expect(parseRuDate('')).toBeNull();
    expect(formatRuDate('2026-11-05')).toBe('05.11.2026');
    expect(formatRuDate('нет')).toBe('нет');
  });

  test('daysBetween lists local days inclusively, capped, empty for a bad period', () => {
    expect(daysBetween('2026-02-27', '2026-03-01', 10)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(daysBetween('2026-03-01', '2026-03-31', 2)).toEqual(['2026-03-01', '2026-03-02']);
    expect(daysBetween('x', '2026-03-01', 10)).toEqual([]);
  });
});

describe('rows per day', () => {
  const entries = [
    { at: at(2026, 3, 1, 0, 5), outcome: 'accepted' as const },
    { at: at(2026, 3, 1, 23, 55), outcome: 'refused' as const },
    { at: at(2026, 3, 1, 10), outcome: 'accepted' as const },
    { at: at(2026, 3, 3, 9), outcome: 'mais' as const },
    { at: at(2026, 2, 28, 23, 59), outcome: 'leaflet' as const }, // the day before the period
    { at: at(2026, 3, 4, 0, 0), outcome: 'leaflet' as const }, // the day after the period
  ];

  test('a row per day of the period, zero-filled, inclusive of both ends, by local calendar day', () => {
    const rows = dayRows(daysOf(entries, '2026-03-01', '2026-03-03'));
    expect(rows.map((r) => r.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(rows[0].counts).toEqual({ accepted: 2, leaflet: 0, refused: 1, mais: 0 });
    expect(rows[0].total).toBe(3);
    expect(rows[1].total).toBe(0);
    expect(rows[2].counts.mais).toBe(1);
  });

  test('totals sum every outcome and the grand total', () => {
    const sum = totals(dayRows(daysOf(entries, '2026-02-28', '2026-03-04')));
    expect(sum.counts).toEqual({ accepted: 2, leaflet: 2, refused: 1, mais: 1 });
    expect(sum.total).toBe(6);
  });

  test('a period crosses month and year ends; a reversed or invalid one has no days; a huge one is capped', () => {
    expect(daysBetween('2025-12-30', '2026-01-02', MAX_REPORT_DAYS)).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(daysBetween('2026-03-03', '2026-03-01', MAX_REPORT_DAYS)).toEqual([]);
    expect(daysBetween('вчера', '2026-03-01', MAX_REPORT_DAYS)).toEqual([]);
    expect(daysBetween('2000-01-01', '2099-12-31', MAX_REPORT_DAYS)).toHaveLength(MAX_REPORT_DAYS);
  });
});

describe('per office and day (the CSV export)', () => {
  const ours = { code: '5401', name: 'ОСОН Ленинского района' };
  test('splits a day by office, zero-fills idle days with the latest office, counts lines without an office', () => {
    const rows = officeDayRows(
      daysOf(
        [
          { at: at(2026, 3, 1, 9), outcome: 'accepted' },
          { at: at(2026, 3, 1, 15), outcome: 'refused', office: ours },
          { at: at(2026, 3, 1, 16), outcome: 'refused', office: ours },
          { at: at(2026, 3, 5), outcome: 'refused', office: ours }, // outside the period
        ],
        '2026-03-01',
        '2026-03-02',
      ),
    );
    expect(rows).toEqual([
      {
        date: '2026-03-01',
        office: null,
        counts: { accepted: 1, leaflet: 0, refused: 0, mais: 0 },
        total: 1,
      },
      {
        date: '2026-03-01',
        office: ours,
        counts: { accepted: 0, leaflet: 0, refused: 2, mais: 0 },
        total: 2,
      },
      {
        date: '2026-03-02',
        office: ours,
        counts: { accepted: 0, leaflet: 0, refused: 0, mais: 0 },
        total: 0,
      },
    ]);
  });

  test('an empty period gives zero rows without an office', () => {
    expect(officeDayRows(daysOf([], '2026-03-01', '2026-03-01'))).toEqual([
      {
        date: '2026-03-01',
        office: null,
        counts: { accepted: 0, leaflet: 0, refused: 0, mais: 0 },
        total: 0,
      },
    ]);
  });
});

test('countOutcomes and whole-percent shares', () => {
  const counts = countOutcomes([{ outcome: 'accepted' }, { outcome: 'accepted' }, { outcome: 'refused' }]);
  expect(counts).toEqual({ accepted: 2, leaflet: 0, refused: 1, mais: 0 });
  expect(shares({ counts, total: 3 })).toEqual({ accepted: 67, leaflet: 0, refused: 33, mais: 0 });
  expect(shares({ counts: countOutcomes([]), total: 0 })).toEqual({
    accepted: 0,
    leaflet: 0,
    refused: 0,
    mais: 0,
  });
});
