import { storage } from 'wxt/utils/storage';
import { addDays, localIsoDate } from './dates';
import { removeDays } from './day-store';
import { indexWithDay, type JournalIndex, toJournalIndex } from './journal-index';
import { migrateSingleList } from './migrate-single-list';

// The `journal` key, declared once: version 2 holds the index of day keys; version 1 held every line in one list and
// is migrated on the background's start. Imported by the background only: WXT runs an item's migrations in every
// context that defines it, and the move must have a single runner (the popup and the report read day keys only).

export const journalIndexItem = storage.defineItem<JournalIndex>('local:journal', {
  fallback: { days: [] },
  version: 2,
  migrations: { 2: (old: unknown) => migrateSingleList(old) },
});

/** Resolves once the move to day keys has run (or failed and was logged) in this context. */
export async function journalMigrated(): Promise<void> {
  await journalIndexItem.getMeta();
}

/**
 * Notes that `day` has lines and removes whole days older than the retention. A version 1 list still stored (a move
 * that failed, or a list written by hand) is moved first, so it is never overwritten.
 */
export async function indexDay(day: string, today: Date, retentionDays: number): Promise<void> {
  const stored: unknown = await journalIndexItem.getValue();
  const index = Array.isArray(stored) ? await migrateSingleList(stored) : toJournalIndex(stored);
  const oldestKept = localIsoDate(addDays(today, -retentionDays));
  const next = indexWithDay(index, day, oldestKept);
  await removeDays(next.removed);
  await journalIndexItem.setValue(next.index);
}
