import { localIsoDate } from './dates';
import { type JournalEntry, type Office, OUTCOMES, type Outcome } from './outcomes';

// Pure counting for the popup and the report: journal lines → counts per outcome, per day, per office and day. A day
// counts the lines stored under its key (the local day the background recorded them on).

export type OutcomeCounts = Record<Outcome, number>;
/** What counting needs from a journal line. */
export type CountableEntry = Pick<JournalEntry, 'at' | 'outcome' | 'office'>;

export interface Totals {
  counts: OutcomeCounts;
  total: number;
}

export interface DayRow extends Totals {
  /** Local calendar day, YYYY-MM-DD. */
  date: string;
}

/** One office on one day: the unit of the CSV export and of the region-wide table. */
export interface OfficeDayRow extends DayRow {
  /** null: the lines carry no office (recorded before an office was configured, or an older export). */
  office: Office | null;
}

/** Longest period a report covers; guards against a typo like year 20025 looping for ever. */
export const MAX_REPORT_DAYS = 3660;

export function emptyCounts(): OutcomeCounts {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
}

/** Counts per outcome of the given lines. */
export function countOutcomes(entries: readonly Pick<JournalEntry, 'outcome'>[]): OutcomeCounts {
  const counts = emptyCounts();
  for (const entry of entries) counts[entry.outcome] += 1;
  return counts;
}

/** The local day a line belongs to. */
export const entryDay = (entry: Pick<JournalEntry, 'at'>) => localIsoDate(new Date(entry.at));

/** A local day (YYYY-MM-DD) with the lines stored under it. */
export type DayLines = readonly [date: string, lines: readonly CountableEntry[]];

/** One row per given day, in the given order; a day counts the lines stored under its key. */
export function dayRows(days: readonly DayLines[]): DayRow[] {
  return days.map(([date, lines]) => ({ date, counts: countOutcomes(lines), total: lines.length }));
}

/**
 * Rows per office and day: a day with lines from two offices (the office was configured that day) gives two rows;
 * a day without lines gives one zero row for the office of the latest line of the given days.
 */
export function officeDayRows(days: readonly DayLines[]): OfficeDayRow[] {
  let idle: Office | null = null;
  let latest = Number.NEGATIVE_INFINITY;
  const grouped = days.map(([date, lines]) => {
    const offices = new Map<string, OfficeDayRow>();
    for (const entry of lines) {
      const at = Date.parse(entry.at);
      if (at >= latest) [latest, idle] = [at, entry.office ?? null];
      const code = entry.office?.code ?? '';
      let row = offices.get(code);
      if (!row) {
        row = { date, office: entry.office ?? null, counts: emptyCounts(), total: 0 };
        offices.set(code, row);
      }
      row.counts[entry.outcome] += 1;
      row.total += 1;
    }
    return [...offices.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
  });
  return grouped.flatMap((rows, i) =>
    rows.length ? rows : [{ date: days[i][0], office: idle, counts: emptyCounts(), total: 0 }],
  );
}

/** Sum of the rows per outcome and overall. */
export function totals(rows: readonly Totals[]): Totals {
  const counts = emptyCounts();
  let total = 0;
  for (const row of rows) {
    for (const outcome of OUTCOMES) counts[outcome] += row.counts[outcome];
    total += row.total;
  }
  return { counts, total };
}

/** Whole-percent share of each outcome in the total (0 when there is nothing to share). */
export function shares(sum: Totals): OutcomeCounts {
  const result = emptyCounts();
  if (sum.total === 0) return result;
  for (const outcome of OUTCOMES) result[outcome] = Math.round((sum.counts[outcome] / sum.total) * 100);
  return result;
}
