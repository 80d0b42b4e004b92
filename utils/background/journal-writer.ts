import type { JournalEntry, Outcome } from '../journal/outcomes';
import type { OutcomeCounts } from '../journal/stats';
import {
  appendEntry,
  countsForDay,
  isOutcome,
  isSiteKind,
  journalItem,
  parseJournal,
} from '../journal/store';
import type { SiteKind } from '../settings/schema';
import { createSerialQueue } from './serial-queue';

// The journal's single writer. Every read-modify-write goes through one queue, so two tabs recording
// at the same moment never overwrite each other's entry.

export interface RecordRequest {
  outcome: Outcome;
  steps: string[];
  siteKind: SiteKind;
}

export interface JournalWriterDeps {
  retentionDays: () => Promise<number>;
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
  now = () => new Date(),
}: JournalWriterDeps): JournalWriter {
  const enqueue = createSerialQueue();
  return {
    record(value) {
      const request = toRecordRequest(value);
      return enqueue(async () => {
        const at = now();
        const entry: JournalEntry = { at: at.toISOString(), ...request };
        const journal = appendEntry(await journalItem.getValue(), entry, at, await retentionDays());
        await journalItem.setValue(journal);
        return countsForDay(journal, at);
      });
    },
    todayCounts() {
      // Queued too, so a count asked right after a record sees it.
      return enqueue(async () => countsForDay(parseJournal(await journalItem.getValue()).entries, now()));
    },
  };
}
