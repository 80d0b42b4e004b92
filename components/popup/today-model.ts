import { type Signal, signal } from '@preact/signals';
import { OUTCOMES, type Outcome } from '@/utils/journal/outcomes';

export type TodayCounts = Record<Outcome, number>;
export type TodayStatus = 'loading' | 'ready' | 'error';

/** The part of `browser.storage` the model listens to (injected so tests and pages pass their own). */
export interface StorageChangeSource {
  onChanged: {
    addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

export interface TodayModel {
  counts: Signal<TodayCounts | null>;
  status: Signal<TodayStatus>;
  refresh(): Promise<void>;
  dispose(): void;
}

function isCounts(value: unknown): value is TodayCounts {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return OUTCOMES.every((o) => Number.isInteger(record[o]) && (record[o] as number) >= 0);
}

/**
 * Today's outcome counts: asked from the background (the journal's only writer) on start and again whenever the
 * `journal` key changes in local storage. A failed or malformed answer sets status «error»; it never throws.
 */
export function createTodayModel(deps: {
  fetchCounts: () => Promise<unknown>;
  storage: StorageChangeSource;
}): TodayModel {
  const counts = signal<TodayCounts | null>(null);
  const status = signal<TodayStatus>('loading');
  let latest = 0; // ignore answers that arrive after a newer request

  const refresh = async () => {
    const request = ++latest;
    let result: unknown;
    try {
      result = await deps.fetchCounts();
    } catch {
      result = undefined;
    }
    if (request !== latest) return;
    if (isCounts(result)) {
      counts.value = { ...result };
      status.value = 'ready';
    } else {
      counts.value = null;
      status.value = 'error';
    }
  };

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'journal' in changes) void refresh();
  };
  deps.storage.onChanged.addListener(onChanged);
  void refresh();

  return {
    counts,
    status,
    refresh,
    dispose: () => deps.storage.onChanged.removeListener(onChanged),
  };
}
