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

/** One office's counts on one day; office null for lines that carry none. */
export interface OfficeCounts {
  office: Office | null;
  counts: OutcomeCounts;
}

/** A local day (YYYY-MM-DD) with its counts per office (empty when the day has no lines). */
export type DayCounts = readonly [date: string, offices: readonly OfficeCounts[]];

/** One day's lines counted per office, ordered by office code (lines without an office first). */
export function officeCountsOf(lines: readonly CountableEntry[]): OfficeCounts[] {
  const byCode = new Map<string, OfficeCounts>();
  for (const line of lines) {
    const code = line.office?.code ?? '';
    let row = byCode.get(code);
    if (!row) {
      row = { office: line.office ?? null, counts: emptyCounts() };
      byCode.set(code, row);
    }
    row.counts[line.outcome] += 1;
  }
  return [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
}

const sumOf = (counts: OutcomeCounts) => OUTCOMES.reduce((n, o) => n + counts[o], 0);

/** One row per given day, in the given order, its offices added up. */
export function dayRows(days: readonly DayCounts[]): DayRow[] {
  return days.map(([date, offices]) => ({
    date,
    ...totals(offices.map(({ counts }) => ({ counts, total: sumOf(counts) }))),
  }));
}

/**
 * Rows per office and day: a day with lines from two offices (the office was configured that day) gives two rows;
 * a day without lines gives one zero row for the office of the last day that has lines.
 */
export function officeDayRows(days: readonly DayCounts[]): OfficeDayRow[] {
  const lastActive = days.findLast(([, offices]) => offices.length > 0)?.[1];
  const idle = lastActive?.[lastActive.length - 1].office ?? null;
  return days.flatMap(([date, offices]) =>
    offices.length
      ? offices.map(({ office, counts }) => ({ date, office, counts: { ...counts }, total: sumOf(counts) }))
      : [{ date, office: idle, counts: emptyCounts(), total: 0 }],
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
