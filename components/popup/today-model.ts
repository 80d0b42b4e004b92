import { type Signal, signal } from '@preact/signals';
import { localIsoDate } from '@/utils/journal/dates';
import { readDay, watchDay } from '@/utils/journal/day-store';
import type { ParsedEntries } from '@/utils/journal/entry';
import { countOutcomes, type OutcomeCounts } from '@/utils/journal/stats';

export type TodayCounts = OutcomeCounts;
export type TodayStatus = 'loading' | 'ready' | 'error';

export interface TodayModel {
  counts: Signal<TodayCounts | null>;
  status: Signal<TodayStatus>;
  refresh(): Promise<void>;
  dispose(): void;
}

/**
 * Today's outcome counts, read from today's journal key only (whatever the journal's size) and updated whenever the
 * background writes that key. An unreadable key sets status «error»; it never throws.
 */
export function createTodayModel(deps: { now?: () => Date } = {}): TodayModel {
  const now = deps.now ?? (() => new Date());
  const day = localIsoDate(now());
  const counts = signal<TodayCounts | null>(null);
  const status = signal<TodayStatus>('loading');
  let latest = 0; // ignore answers that arrive after a newer request

  const show = (parsed: ParsedEntries) => {
    counts.value = countOutcomes(parsed.entries);
    status.value = 'ready';
  };

  const refresh = async () => {
    const request = ++latest;
    try {
      const parsed = await readDay(day);
      if (request === latest) show(parsed);
    } catch {
      if (request !== latest) return;
      counts.value = null;
      status.value = 'error';
    }
  };

  const unwatch = watchDay(day, (parsed) => {
    latest++;
    show(parsed);
  });
  void refresh();

  return { counts, status, refresh, dispose: unwatch };
}
