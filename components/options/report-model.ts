import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { daysBetween, formatRuDate, localIsoDate } from '@/utils/journal/dates';
import { type DayRead, readDayCounts, watchDayCounts } from '@/utils/journal/day-store';
import { describeMigration, journalMigrationItem } from '@/utils/journal/migration-notice';
import {
  type DayCounts,
  type DayRow,
  dayRows,
  MAX_REPORT_DAYS,
  type OfficeDayRow,
  officeDayRows,
  type Totals,
  totals,
} from '@/utils/journal/stats';
import { type Period, type Preset, periodProblem, presetPeriod } from './period';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface ReportModel {
  period: Signal<Period>;
  /** «loading» while days of the period are still being read; «error» when storage could not be read. */
  status: ReadonlySignal<LoadStatus>;
  /** Russian note about skipped or unreadable journal lines, or null. */
  journalProblem: ReadonlySignal<string | null>;
  periodProblem: ReadonlySignal<string | null>;
  rows: ReadonlySignal<DayRow[]>;
  /** The same period per office and day: what the CSV export holds. */
  officeRows: ReadonlySignal<OfficeDayRow[]>;
  sum: ReadonlySignal<Totals>;
  applyPreset(preset: Preset): void;
  /** Reads the days of the period not read yet (done by itself on creation and on every period change). */
  load(): Promise<void>;
  dispose(): void;
}

function describeDamage(days: [string, DayRead][]): string | null {
  const broken = days.filter(([, parsed]) => parsed.notList).map(([day]) => formatRuDate(day));
  const skipped = days.reduce((n, [, parsed]) => n + (parsed.notList ? 0 : parsed.dropped), 0);
  const notes: string[] = [];
  if (broken.length)
    notes.push(`Записи за ${broken.join(', ')} повреждены (в хранилище не список записей) и не учтены.`);
  if (skipped > 0) notes.push(`Пропущено повреждённых записей журнала: ${skipped}. Остальные записи учтены.`);
  return notes.length ? `${notes.join(' ')} Журнал не изменён.` : null;
}

/**
 * Report state: reads only the counts of the chosen period's days (the background writes them), keeps what it read,
 * and follows today's counts while the page is open.
 */
export function createReportModel(deps: { now: () => Date }): ReportModel {
  const period = signal<Period>(presetPeriod('week', deps.now()));
  const loaded = signal<ReadonlyMap<string, DayRead>>(new Map());
  const failed = signal(false);
  const migrationNote = signal<string | null>(null);
  let noticeRead = false;

  const periodDays = computed(() => daysBetween(period.value.from, period.value.to, MAX_REPORT_DAYS));
  const inPeriod = computed(() =>
    periodDays.value.flatMap((day) => {
      const read = loaded.value.get(day);
      return read ? [[day, read] as [string, DayRead]] : [];
    }),
  );
  const status = computed<LoadStatus>(() => {
    if (failed.value) return 'error';
    return inPeriod.value.length < periodDays.value.length ? 'loading' : 'ready';
  });

  const keep = (additions: Iterable<[string, DayRead]>) => {
    const next = new Map(loaded.value);
    for (const [day, parsed] of additions) next.set(day, parsed);
    loaded.value = next;
  };

  const readMissing = async () => {
    const missing = periodDays.value.filter((day) => !loaded.value.has(day));
    try {
      if (!noticeRead) {
        migrationNote.value = describeMigration(await journalMigrationItem.getValue());
        noticeRead = true;
      }
      if (missing.length) keep(await readDayCounts(missing));
      failed.value = false;
    } catch {
      failed.value = true;
    }
  };

  // Reads run one after another, so a read started by a period change is never repeated by the next one.
  let reading = Promise.resolve();
  const load = () => {
    reading = reading.then(readMissing);
    return reading;
  };

  // Only today's key changes while the extension runs: the background records into the current day.
  const today = localIsoDate(deps.now());
  const unwatchToday = watchDayCounts(today, (read) => keep([[today, read]]));
  const unsubscribe = period.subscribe(() => void load());

  // Every day of the period with its counts (none until read).
  const periodLines = computed(() =>
    periodDays.value.map((day): DayCounts => [day, loaded.value.get(day)?.offices ?? []]),
  );
  const rows = computed(() => dayRows(periodLines.value));
  return {
    period,
    status,
    journalProblem: computed(() => {
      const notes = [migrationNote.value, describeDamage(inPeriod.value)].filter(Boolean);
      return notes.length ? notes.join(' ') : null;
    }),
    periodProblem: computed(() => periodProblem(period.value)),
    rows,
    officeRows: computed(() => officeDayRows(periodLines.value)),
    sum: computed(() => totals(rows.value)),
    applyPreset: (preset) => {
      period.value = presetPeriod(preset, deps.now());
    },
    load,
    dispose: () => {
      unwatchToday();
      unsubscribe();
    },
  };
}
