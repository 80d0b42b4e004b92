import { readDayEntries, writeDays } from './day-store';
import { parseEntries } from './entry';
import { isJournalIndex, type JournalIndex, toJournalIndex } from './journal-index';
import { journalMigrationItem } from './migration-notice';
import type { JournalEntry } from './outcomes';
import { entryDay } from './stats';

// `journal` version 1 → 2: the single list of every line becomes one key per day plus the index. Every countable line
// is kept; what was dropped is stored for the report page to tell. Safe to run twice: lines already under a day key
// are merged, not doubled, and an index is returned as it is.

/** Days written per storage call (~5,000 lines): all in one call held every other storage call for tens of seconds. */
const DAYS_PER_WRITE = 100;

const lineId = (entry: JournalEntry) => JSON.stringify(entry);
const byTime = (a: JournalEntry, b: JournalEntry) => Date.parse(a.at) - Date.parse(b.at);

/** The old lines of one day merged into what that day's key already holds; a line already there is not doubled. */
function mergeDay(stored: readonly JournalEntry[], old: JournalEntry[]): JournalEntry[] {
  if (stored.length === 0) return old.sort(byTime); // the usual first move: nothing to compare against
  const present = new Map<string, number>();
  for (const entry of stored) present.set(lineId(entry), (present.get(lineId(entry)) ?? 0) + 1);
  const merged = [...stored];
  for (const entry of old) {
    const left = present.get(lineId(entry)) ?? 0;
    if (left > 0) present.set(lineId(entry), left - 1);
    else merged.push(entry);
  }
  return merged.sort(byTime);
}

export async function migrateSingleList(old: unknown, now: Date = new Date()): Promise<JournalIndex> {
  if (isJournalIndex(old)) return toJournalIndex(old);
  const parsed = parseEntries(old);
  const byDay = new Map<string, JournalEntry[]>();
  for (const entry of parsed.entries) {
    const day = entryDay(entry);
    const lines = byDay.get(day);
    if (lines) lines.push(entry);
    else byDay.set(day, [entry]);
  }
  const stored = await readDayEntries([...byDay.keys()]);
  for (const [day, lines] of byDay) byDay.set(day, mergeDay(stored.get(day)?.entries ?? [], lines));
  const days = [...byDay];
  for (let i = 0; i < days.length; i += DAYS_PER_WRITE)
    await writeDays(new Map(days.slice(i, i + DAYS_PER_WRITE)));
  await journalMigrationItem.setValue({
    at: now.toISOString(),
    kept: parsed.entries.length,
    dropped: parsed.dropped,
    notList: parsed.notList,
  });
  return { days: [...byDay.keys()].sort() };
}
