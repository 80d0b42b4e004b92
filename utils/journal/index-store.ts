import { storage } from 'wxt/utils/storage';
import { addDays, localIsoDate } from './dates';
import { removeDays } from './day-store';
import { indexWithDay, type JournalIndex, toJournalIndex } from './journal-index';
import { migrateSingleList } from './migrate-single-list';

// The `journal` key, declared once: version 2 holds the index of day keys; version 1 held every line in one list and
// is migrated by the background. Used by the background only: WXT runs an item's migrations in every context that
// defines it, and the move must have a single runner (the popup and the report read day keys only).
// The item is defined on first use, not when this module loads: defining it starts the move, and a big old journal's
// move keeps the browser's storage busy for seconds, during which nothing else the background reads or writes gets
// through — the panel's registration included. The background starts it once the panel is registered.

function defineIndexItem() {
  return storage.defineItem<JournalIndex>('local:journal', {
    fallback: { days: [] },
    version: 2,
    migrations: { 2: (old: unknown) => migrateSingleList(old) },
  });
}
let item: ReturnType<typeof defineIndexItem> | undefined;

/** The `journal` item; the first call starts the move from version 1 if one is due. */
export function journalIndexItem(): ReturnType<typeof defineIndexItem> {
  item ??= defineIndexItem();
  return item;
}

/** Resolves once the move to day keys has run (or failed and was logged) in this context; starts it if need be. */
export async function journalMigrated(): Promise<void> {
  await journalIndexItem().getMeta();
}

/**
 * Notes that `day` has lines and removes whole days older than the retention. A version 1 list still stored (a move
 * that failed, or a list written by hand) is moved first, so it is never overwritten.
 */
export async function indexDay(day: string, today: Date, retentionDays: number): Promise<void> {
  const stored: unknown = await journalIndexItem().getValue();
  const index = Array.isArray(stored) ? await migrateSingleList(stored) : toJournalIndex(stored);
  const oldestKept = localIsoDate(addDays(today, -retentionDays));
  const next = indexWithDay(index, day, oldestKept);
  await removeDays(next.removed);
  await journalIndexItem().setValue(next.index);
}
