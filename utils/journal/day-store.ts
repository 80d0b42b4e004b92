import { storage } from 'wxt/utils/storage';
import { type ParsedEntries, parseEntries, toOffice } from './entry';
import { type JournalEntry, OUTCOMES } from './outcomes';
import { emptyCounts, type OfficeCounts, officeCountsOf } from './stats';

// The journal lives one day per key in storage.local: `journal:YYYY-MM-DD` → that day's lines, and beside it
// `journalCounts:YYYY-MM-DD` → the day's counts per office, both written in one storage call. Recording rewrites one
// day (tens of lines) whatever the journal's age; the popup and the report read counts — a few bytes per day — and
// fall back to a day's lines only when its counts are missing or damaged.
// The family of day keys is declared here once and read in batches through `storage.getItems`: a
// `storage.defineItem` per day would read its key again as soon as it is defined.

export type DayKey = `local:journal:${string}`;
export type CountsKey = `local:journalCounts:${string}`;

/** The storage keys of one local day (YYYY-MM-DD): its lines and its counts. */
export const dayKey = (day: string): DayKey => `local:journal:${day}`;
export const countsKey = (day: string): CountsKey => `local:journalCounts:${day}`;

/** What a reader knows about one day: counts per office, and what its lines' damage cost when they were read. */
export interface DayRead {
  offices: OfficeCounts[];
  /** Lines that could not be counted (only when the counts came from the lines). */
  dropped: number;
  /** The day's lines were stored but were not a list. */
  notList: boolean;
}

/** Stored counts of one day, or null when they are missing or not counts (the day's lines decide then). */
export function toOfficeCounts(raw: unknown): OfficeCounts[] | null {
  if (!Array.isArray(raw)) return null;
  const rows: OfficeCounts[] = [];
  for (const item of raw) {
    const { office, counts } = (item ?? {}) as { office?: unknown; counts?: Record<string, unknown> };
    if (typeof counts !== 'object' || counts === null) return null;
    const clean = emptyCounts();
    for (const outcome of OUTCOMES) {
      const n = counts[outcome];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
      clean[outcome] = n;
    }
    rows.push({ office: toOffice(office) ?? null, counts: clean });
  }
  return rows;
}

/** The lines stored for each day asked (an absent day is empty), read in one call. */
export async function readDayEntries(days: readonly string[]): Promise<Map<string, ParsedEntries>> {
  if (days.length === 0) return new Map();
  const values = await storage.getItems(days.map(dayKey));
  return new Map(values.map(({ value }, i) => [days[i], parseEntries(value)]));
}

/** One day's lines (empty when the day has none). */
export async function readDay(day: string): Promise<ParsedEntries> {
  return (await readDayEntries([day])).get(day) as ParsedEntries;
}

/** Counts per office of each day asked: from its counts, or from its lines where those are missing or damaged. */
export async function readDayCounts(days: readonly string[]): Promise<Map<string, DayRead>> {
  const result = new Map<string, DayRead>();
  if (days.length === 0) return result;
  const stored = await storage.getItems(days.map(countsKey));
  const missing: string[] = [];
  stored.forEach(({ value }, i) => {
    const offices = toOfficeCounts(value);
    if (offices) result.set(days[i], { offices, dropped: 0, notList: false });
    else missing.push(days[i]);
  });
  for (const [day, parsed] of await readDayEntries(missing))
    result.set(day, {
      offices: officeCountsOf(parsed.entries),
      dropped: parsed.dropped,
      notList: parsed.notList,
    });
  return result;
}

/** Replaces the lines of the given days, and their counts, in one write. */
export async function writeDays(days: ReadonlyMap<string, readonly JournalEntry[]>): Promise<void> {
  if (days.size === 0) return;
  await storage.setItems(
    [...days].flatMap(([day, lines]) => [
      { key: dayKey(day), value: lines },
      { key: countsKey(day), value: officeCountsOf(lines) },
    ]),
  );
}

/** Removes whole days, lines and counts (retention). */
export async function removeDays(days: readonly string[]): Promise<void> {
  if (days.length) await storage.removeItems(days.flatMap((day) => [dayKey(day), countsKey(day)]));
}

/** Calls back with a day's counts whenever the background writes that day; returns the function that stops. */
export function watchDayCounts(day: string, onChange: (read: DayRead) => void): () => void {
  return storage.watch<unknown>(countsKey(day), (value) => {
    const offices = toOfficeCounts(value);
    if (offices) onChange({ offices, dropped: 0, notList: false });
    else
      readDayCounts([day]).then(
        (read) => onChange(read.get(day) as DayRead),
        () => undefined, // the next write calls back again
      );
  });
}
