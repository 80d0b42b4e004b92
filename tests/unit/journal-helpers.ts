import { fakeBrowser } from 'wxt/testing/fake-browser';
import { daysBetween } from '@/utils/journal/dates';
import { writeDays } from '@/utils/journal/day-store';
import type { JournalEntry, Outcome } from '@/utils/journal/outcomes';
import {
  type CountableEntry,
  type DayCounts,
  entryDay,
  MAX_REPORT_DAYS,
  officeCountsOf,
} from '@/utils/journal/stats';

// Journal lines and the day-keyed layout for tests: `journal:YYYY-MM-DD` → lines, `journal` → { days } at version 2.

export const line = (
  outcome: Outcome,
  at: Date | string,
  extra: Partial<JournalEntry> = {},
): JournalEntry => ({
  at: typeof at === 'string' ? at : at.toISOString(),
  outcome,
  steps: ['offer'],
  siteKind: 'issuance',
  ...extra,
});

/** Writes lines under their days' keys (lines and counts) plus the index, as the background leaves them. */
export async function seedDays(lines: readonly JournalEntry[]): Promise<void> {
  const days = new Map<string, JournalEntry[]>();
  for (const entry of lines) {
    const day = entryDay(entry);
    const list = days.get(day);
    if (list) list.push(entry);
    else days.set(day, [entry]);
  }
  await writeDays(days);
  await fakeBrowser.storage.local.set({ journal: { days: [...days.keys()].sort() }, journal$: { v: 2 } });
}

/** The raw value stored for one day. */
export async function storedDay(day: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(`journal:${day}`))[`journal:${day}`];
}

/** Every day key in storage (lines and counts), sorted. */
export async function storedDayKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null))
    .filter((k) => /^journal(Counts)?:/.test(k))
    .sort();
}

/** The days of a period with the counts each day's keys would hold (as the report reads them). */
export function daysOf(lines: readonly CountableEntry[], from: string, to: string): DayCounts[] {
  return daysBetween(from, to, MAX_REPORT_DAYS).map((day) => [
    day,
    officeCountsOf(lines.filter((l) => entryDay(l) === day)),
  ]);
}
