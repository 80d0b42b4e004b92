import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import {
  type CountableEntry,
  type DayRow,
  dailyCounts,
  sanitizeJournal,
  type Totals,
  totals,
} from '@/utils/journal/stats';
import { type Period, type Preset, periodProblem, presetPeriod } from './period';

/** The part of `browser.storage` the report reads (injected: the page passes browser.storage, tests fakeBrowser). */
export interface JournalSource {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface ReportModel {
  period: Signal<Period>;
  status: Signal<LoadStatus>;
  entries: Signal<CountableEntry[]>;
  /** Russian note about skipped or unreadable journal lines, or null. */
  journalProblem: Signal<string | null>;
  periodProblem: ReadonlySignal<string | null>;
  rows: ReadonlySignal<DayRow[]>;
  sum: ReadonlySignal<Totals>;
  applyPreset(preset: Preset): void;
  load(): Promise<void>;
  dispose(): void;
}

function describeProblem(skipped: number, notArray: boolean): string | null {
  if (notArray)
    return 'Журнал итогов повреждён (в хранилище не список записей), показать нечего. Журнал не изменён.';
  if (skipped > 0) return `Пропущено повреждённых записей журнала: ${skipped}. Остальные записи учтены.`;
  return null;
}

/** Report state: the journal (read only; the background writes it), the chosen period and the derived rows. */
export function createReportModel(deps: { storage: JournalSource; now: () => Date }): ReportModel {
  const period = signal<Period>(presetPeriod('week', deps.now()));
  const status = signal<LoadStatus>('loading');
  const entries = signal<CountableEntry[]>([]);
  const journalProblem = signal<string | null>(null);

  const accept = (raw: unknown) => {
    const clean = sanitizeJournal(raw);
    entries.value = clean.entries;
    journalProblem.value = describeProblem(clean.skipped, clean.notArray);
    status.value = 'ready';
  };

  const load = async () => {
    try {
      const stored = await deps.storage.local.get('journal');
      accept(stored.journal);
    } catch {
      status.value = 'error';
    }
  };

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('journal' in changes)) return;
    accept((changes.journal as { newValue?: unknown } | undefined)?.newValue);
  };
  deps.storage.onChanged.addListener(onChanged);

  const rows = computed(() => dailyCounts(entries.value, period.value.from, period.value.to));
  return {
    period,
    status,
    entries,
    journalProblem,
    periodProblem: computed(() => periodProblem(period.value)),
    rows,
    sum: computed(() => totals(rows.value)),
    applyPreset: (preset) => {
      period.value = presetPeriod(preset, deps.now());
    },
    load,
    dispose: () => deps.storage.onChanged.removeListener(onChanged),
  };
}
