import { type Signal, signal } from '@preact/signals';
import { localIsoDate } from '@/utils/journal/dates';
import { type DayRead, readDayCounts, watchDayCounts } from '@/utils/journal/day-store';
import { dayRows, type OutcomeCounts } from '@/utils/journal/stats';

export type TodayCounts = OutcomeCounts;
export type TodayStatus = 'loading' | 'ready' | 'error';

export interface TodayModel {
  counts: Signal<TodayCounts | null>;
  status: Signal<TodayStatus>;
  refresh(): Promise<void>;
  dispose(): void;
}

/**
 * Today's outcome counts, read from today's keys only (whatever the journal's size) and updated whenever the
 * background writes them. Unreadable storage sets status «error»; it never throws.
 */
export function createTodayModel(deps: { now?: () => Date } = {}): TodayModel {
  const now = deps.now ?? (() => new Date());
  const day = localIsoDate(now());
  const counts = signal<TodayCounts | null>(null);
  const status = signal<TodayStatus>('loading');
  let latest = 0; // ignore answers that arrive after a newer request

  const show = (read: DayRead) => {
    counts.value = dayRows([[day, read.offices]])[0].counts;
    status.value = 'ready';
  };

  const refresh = async () => {
    const request = ++latest;
    try {
      const read = (await readDayCounts([day])).get(day) as DayRead;
      if (request === latest) show(read);
    } catch {
      if (request !== latest) return;
      counts.value = null;
      status.value = 'error';
    }
  };

  const unwatch = watchDayCounts(day, (read) => {
    latest++;
    show(read);
  });
  void refresh();

  return { counts, status, refresh, dispose: unwatch };
}
