import { fakeBrowser } from 'wxt/testing/fake-browser';
import { daysBetween } from '@/utils/journal/dates';
import type { JournalEntry, Outcome } from '@/utils/journal/outcomes';
import { type CountableEntry, type DayLines, entryDay, MAX_REPORT_DAYS } from '@/utils/journal/stats';

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

/** Writes lines under their days' keys plus the index, as the background would have left them. */
export async function seedDays(lines: readonly JournalEntry[]): Promise<void> {
  const days: Record<string, JournalEntry[]> = {};
  for (const entry of lines) {
    const key = `journal:${entryDay(entry)}`;
    days[key] = [...(days[key] ?? []), entry];
  }
  await fakeBrowser.storage.local.set({
    ...days,
    journal: {
      days: Object.keys(days)
        .map((k) => k.slice('journal:'.length))
        .sort(),
    },
    journal$: { v: 2 },
  });
}

/** The raw value stored for one day. */
export async function storedDay(day: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(`journal:${day}`))[`journal:${day}`];
}

/** Every day key in storage, sorted. */
export async function storedDayKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null))
    .filter((k) => k.startsWith('journal:'))
    .sort();
}

/** The days of a period with the lines each day's key would hold (as the report reads them). */
export function daysOf(lines: readonly CountableEntry[], from: string, to: string): DayLines[] {
  return daysBetween(from, to, MAX_REPORT_DAYS).map((day) => [day, lines.filter((l) => entryDay(l) === day)]);
}
