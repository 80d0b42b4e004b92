import { storage } from 'wxt/utils/storage';
import { formatRuDate, localIsoDate } from './dates';

// What the move from the single-list journal to day keys kept and dropped, for the report page to tell.

export interface MigrationNotice {
  /** ISO time of the move. */
  at: string;
  kept: number;
  dropped: number;
  /** The old journal was not a list of lines at all. */
  notList: boolean;
}

export const journalMigrationItem = storage.defineItem<MigrationNotice | null>('local:journalMigration', {
  fallback: null,
});

/** A Russian note when the move dropped anything, else null. */
export function describeMigration(notice: MigrationNotice | null): string | null {
  if (!notice || notice.dropped === 0) return null;
  const date = formatRuDate(localIsoDate(new Date(notice.at)));
  if (notice.notList)
    return `При переходе на новый формат журнала (${date}) старый журнал оказался повреждён: в нём не было списка записей, перенести было нечего.`;
  return (
    `При переходе на новый формат журнала (${date}) перенесено записей: ${notice.kept}; ` +
    `пропущено повреждённых: ${notice.dropped} (без времени или с неизвестным итогом).`
  );
}
