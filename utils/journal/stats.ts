import { type JournalEntry, OUTCOMES, type Outcome } from './outcomes';

// Pure counting for the report: entries → one row per local calendar day in a period.

export type OutcomeCounts = Record<Outcome, number>;
/** What counting needs from a journal line. */
export type CountableEntry = Pick<JournalEntry, 'at' | 'outcome'>;

export interface DayRow {
  /** Local calendar day, YYYY-MM-DD. */
  date: string;
  counts: OutcomeCounts;
  total: number;
}

export interface Totals {
  counts: OutcomeCounts;
  total: number;
}

/** Longest period a report covers; guards against a typo like year 20025 looping for ever. */
export const MAX_REPORT_DAYS = 3660;

export function emptyCounts(): OutcomeCounts {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date's local calendar day as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** YYYY-MM-DD → local midnight, or null if it is not a real date. */
export function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d ? date : null;
}

/** Adds whole calendar days (DST-safe: steps the date, not milliseconds). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

/**
 * Keeps the journal lines that can be counted (a real timestamp and a known outcome) and says how many were
 * skipped. A journal that is not an array at all yields nothing, with `notArray` set.
 */
export function sanitizeJournal(raw: unknown): {
  entries: CountableEntry[];
  skipped: number;
  notArray: boolean;
} {
  if (raw === undefined || raw === null) return { entries: [], skipped: 0, notArray: false };
  if (!Array.isArray(raw)) return { entries: [], skipped: 0, notArray: true };
  const entries: CountableEntry[] = [];
  for (const item of raw) {
    const at = (item as { at?: unknown } | null)?.at;
    const outcome = (item as { outcome?: unknown } | null)?.outcome;
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && isOutcome(outcome)) {
      entries.push({ at, outcome });
    }
  }
  return { entries, skipped: raw.length - entries.length, notArray: false };
}

/**
 * One row per local day from `fromIso` to `toIso` inclusive (days without outcomes have zeros). Returns [] for an
 * invalid or reversed period; periods longer than MAX_REPORT_DAYS are cut at that length.
 */
export function dailyCounts(entries: readonly CountableEntry[], fromIso: string, toIso: string): DayRow[] {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  if (!from || !to || from > to) return [];
  const rows: DayRow[] = [];
  const byDate = new Map<string, DayRow>();
  for (let day = from; day <= to && rows.length < MAX_REPORT_DAYS; day = addDays(day, 1)) {
    const row = { date: localIsoDate(day), counts: emptyCounts(), total: 0 };
    rows.push(row);
    byDate.set(row.date, row);
  }
  for (const entry of entries) {
    const row = byDate.get(localIsoDate(new Date(entry.at)));
    if (!row) continue;
    row.counts[entry.outcome] += 1;
    row.total += 1;
  }
  return rows;
}

/** Sum of the rows per outcome and overall. */
export function totals(rows: readonly DayRow[]): Totals {
  const counts = emptyCounts();
  let total = 0;
  for (const row of rows) {
    for (const outcome of OUTCOMES) counts[outcome] += row.counts[outcome];
    total += row.total;
  }
  return { counts, total };
}
