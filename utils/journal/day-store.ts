import { storage } from 'wxt/utils/storage';
import { type ParsedEntries, parseEntries } from './entry';
import type { JournalEntry } from './outcomes';

// The journal's lines live one key per local day in storage.local: `journal:YYYY-MM-DD` → that day's lines. Recording
// rewrites one day (tens of lines) whatever the journal's age; the popup reads one key, a report only its period.
// The family of day keys is declared here once and always read in batches through `storage.getItems`: a
// `storage.defineItem` per day would read its key again as soon as it is defined.

export type DayKey = `local:journal:${string}`;

/** The storage key of one local day (YYYY-MM-DD). */
export const dayKey = (day: string): DayKey => `local:journal:${day}`;

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

/** Replaces the lines of the given days in one write. */
export async function writeDays(days: ReadonlyMap<string, readonly JournalEntry[]>): Promise<void> {
  if (days.size === 0) return;
  await storage.setItems([...days].map(([day, entries]) => ({ key: dayKey(day), value: entries })));
}

/** Removes whole days (retention). */
export async function removeDays(days: readonly string[]): Promise<void> {
  if (days.length) await storage.removeItems(days.map(dayKey));
}

/** Calls back with a day's lines whenever that day changes; returns the function that stops watching. */
export function watchDay(day: string, onChange: (parsed: ParsedEntries) => void): () => void {
  return storage.watch<unknown>(dayKey(day), (value) => onChange(parseEntries(value)));
}
