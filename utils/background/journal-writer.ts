import { localIsoDate } from '../journal/dates';
import { readDay, writeDays } from '../journal/day-store';
import { isSiteKind, toOffice } from '../journal/entry';
import { indexDay, journalMigrated } from '../journal/index-store';
import { isOutcome, type JournalEntry, type Office, type Outcome } from '../journal/outcomes';
import { countOutcomes, type OutcomeCounts } from '../journal/stats';
import type { SiteKind } from '../settings/schema';
import { createSerialQueue } from './serial-queue';

// The journal's single writer. Recording reads and rewrites one day's key (tens of lines, whatever the journal's
// age) and answers only once that write is stored; the index and retention are touched once a day. Every write goes
// through one queue, so two tabs recording at the same moment never overwrite each other's line.

export interface RecordRequest {
  outcome: Outcome;
  steps: string[];
  siteKind: SiteKind;
}

export interface JournalWriterDeps {
  retentionDays: () => Promise<number>;
  /** The office written into every new line (its code and name only); undefined while none is configured. */
  office?: () => Promise<Office | undefined>;
  now?: () => Date;
}

export interface JournalWriter {
  record(request: unknown): Promise<OutcomeCounts>;
  todayCounts(): Promise<OutcomeCounts>;
}

/** Checks a request that came over a message; throws a Russian message when it is not one. */
export function toRecordRequest(value: unknown): RecordRequest {
  const { outcome, steps, siteKind } = (value ?? {}) as Record<string, unknown>;
  if (!isOutcome(outcome)) throw new Error(`Неизвестный итог обращения: ${JSON.stringify(outcome)}`);
  if (!isSiteKind(siteKind)) throw new Error(`Неизвестный тип сайта: ${JSON.stringify(siteKind)}`);
  const cleanSteps = Array.isArray(steps) ? steps.filter((s): s is string => typeof s === 'string') : [];
  return { outcome, steps: cleanSteps, siteKind };
}

export function createJournalWriter({
  retentionDays,
  office = async () => undefined,
  now = () => new Date(),
}: JournalWriterDeps): JournalWriter {
  const enqueue = createSerialQueue();
  // An unreadable office setting must not cost the outcome: the line is written without it.
  const currentOffice = () => office().then(toOffice, () => undefined);

  const record = async (request: RecordRequest) => {
    await journalMigrated();
    const at = now();
    const day = localIsoDate(at);
    const entry: JournalEntry = { at: at.toISOString(), ...request };
    const entryOffice = await currentOffice();
    if (entryOffice) entry.office = entryOffice;
    const { entries } = await readDay(day);
    entries.push(entry);
    await writeDays(new Map([[day, entries]]));
    if (entries.length === 1) {
      // The line is stored; a failure here only delays retention until the next day's first line.
      await indexDay(day, at, await retentionDays()).catch((error) =>
        console.error('[karta] journal index not updated', error),
      );
    }
    return countOutcomes(entries);
  };

  return {
    record(value) {
      const request = toRecordRequest(value);
      return enqueue(() => record(request));
    },
    todayCounts() {
      // Queued too, so a count asked right after a record sees it.
      return enqueue(async () => {
        await journalMigrated();
        return countOutcomes((await readDay(localIsoDate(now()))).entries);
      });
    },
  };
}
