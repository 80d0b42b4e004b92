import type { ExtSession } from './harness';

// The day-keyed outcome journal as tests outside the extension see it: `journal:YYYY-MM-DD` → that day's lines,
// `journal` → { days } (the index, storage item version 2), `journalMigration` → what the move from the old list kept.

const DAY_KEY = /^journal:\d{4}-\d{2}-\d{2}$/;

/** Every stored journal line, oldest day first. */
export async function journalLines(session: ExtSession): Promise<Array<Record<string, unknown>>> {
  const all = await session.getStorage('local');
  return Object.keys(all)
    .filter((key) => DAY_KEY.test(key))
    .sort()
    .flatMap((key) => all[key] as Array<Record<string, unknown>>);
}

/** Removes the journal (its days, index and notes), leaving every other key as it is. */
export async function clearJournal(session: ExtSession): Promise<void> {
  const keys = Object.keys(await session.getStorage('local')).filter((key) => key.startsWith('journal'));
  if (keys.length) await session.callApi('storage.local.remove', keys);
}
