import { daysBetween, localIsoDate } from './dates';
import { type JournalEntry, type Office, OUTCOMES, type Outcome } from './outcomes';

// Pure counting for the popup and the report: journal lines → counts per outcome, per day, per office and day.

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

/**
 * One row per local day from `fromIso` to `toIso` inclusive (days without outcomes have zeros). Returns [] for an
 * invalid or reversed period; periods longer than MAX_REPORT_DAYS are cut at that length.
 */
export function dailyCounts(entries: readonly CountableEntry[], fromIso: string, toIso: string): DayRow[] {
  const rows = daysBetween(fromIso, toIso, MAX_REPORT_DAYS).map((date) => ({
    date,
    counts: emptyCounts(),
    total: 0,
  }));
  const byDate = new Map(rows.map((row) => [row.date, row]));
  for (const entry of entries) {
    const row = byDate.get(entryDay(entry));
    if (!row) continue;
    row.counts[entry.outcome] += 1;
    row.total += 1;
  }
  return rows;
}

/**
 * Rows per office and day for the period: a day with lines from two offices (the office was configured that day)
 * gives two rows; a day without lines gives one zero row for the office of the period's latest line.
 */
export function officeDayRows(
  entries: readonly CountableEntry[],
  fromIso: string,
  toIso: string,
): OfficeDayRow[] {
  const days = daysBetween(fromIso, toIso, MAX_REPORT_DAYS);
  const byDay = new Map(days.map((date) => [date, new Map<string, OfficeDayRow>()]));
  let latest: CountableEntry | undefined;
  for (const entry of entries) {
    const date = entryDay(entry);
    const offices = byDay.get(date);
    if (!offices) continue;
    if (!latest || Date.parse(entry.at) >= Date.parse(latest.at)) latest = entry;
    const code = entry.office?.code ?? '';
    let row = offices.get(code);
    if (!row) {
      row = { date, office: entry.office ?? null, counts: emptyCounts(), total: 0 };
      offices.set(code, row);
    }
    row.counts[entry.outcome] += 1;
    row.total += 1;
  }
  const idle = latest?.office ?? null;
  return days.flatMap((date) => {
    const offices = byDay.get(date) as Map<string, OfficeDayRow>;
    if (offices.size === 0) return [{ date, office: idle, counts: emptyCounts(), total: 0 }];
    return [...offices.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
  });
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
