import { parseIsoDate } from './dates';

// The index of the day-keyed journal: which days have a key, so retention can remove whole old days without
// scanning storage. Stored as version 2 of the `journal` key (version 1 was the whole journal as one list).

export interface JournalIndex {
  /** Local days (YYYY-MM-DD) that have a `journal:<day>` key, ascending, no repeats. */
  days: string[];
}

/** Whether a stored `journal` value is already an index (rather than the version 1 list). */
export function isJournalIndex(value: unknown): value is JournalIndex {
  return typeof value === 'object' && value !== null && Array.isArray((value as JournalIndex).days);
}

/** A clean index from whatever is stored: real days only, sorted, unique. */
export function toJournalIndex(value: unknown): JournalIndex {
  const days = isJournalIndex(value) ? value.days : [];
  const clean = days.filter((d): d is string => typeof d === 'string' && parseIsoDate(d) !== null);
  return { days: [...new Set(clean)].sort() };
}

/** The index after `day` gained its first line, and the days older than the retention to remove. */
export function indexWithDay(
  index: JournalIndex,
  day: string,
  oldestKept: string,
): { index: JournalIndex; removed: string[] } {
  const days = new Set(index.days);
  days.add(day);
  const sorted = [...days].sort();
  return {
    index: { days: sorted.filter((d) => d >= oldestKept) },
    removed: sorted.filter((d) => d < oldestKept),
  };
}
