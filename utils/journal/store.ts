import { storage } from 'wxt/utils/storage';
import { SITE_KINDS, type SiteKind } from '../settings/schema';
import { type JournalEntry, OUTCOMES, type Outcome } from './outcomes';
import { emptyCounts, localIsoDate, type OutcomeCounts } from './stats';

// The outcome journal in storage.local. Pure helpers here; the background is its only writer
// (utils/background/journal-writer.ts). No personal data: time, outcome, steps shown, site kind.

/** Raw stored value: read through parseJournal, because anything may have been written there. */
export const journalItem = storage.defineItem<unknown>('local:journal', { fallback: [] });

const DAY_MS = 24 * 60 * 60 * 1000;

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

export function isSiteKind(value: unknown): value is SiteKind {
  return typeof value === 'string' && (SITE_KINDS as readonly string[]).includes(value);
}

/** A clean entry, or null when the value is not a journal line. */
export function toJournalEntry(value: unknown): JournalEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, outcome, steps, siteKind } = value as Record<string, unknown>;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (!isOutcome(outcome) || !isSiteKind(siteKind)) return null;
  const cleanSteps = Array.isArray(steps) ? steps.filter((s): s is string => typeof s === 'string') : [];
  return { at, outcome, steps: cleanSteps, siteKind };
}

/** Keeps the valid entries of a stored value and counts what was dropped; a non-array gives none. */
export function parseJournal(raw: unknown): { entries: JournalEntry[]; dropped: number } {
  if (!Array.isArray(raw)) return { entries: [], dropped: raw == null ? 0 : 1 };
  const entries: JournalEntry[] = [];
  for (const item of raw) {
    const entry = toJournalEntry(item);
    if (entry) entries.push(entry);
  }
  return { entries, dropped: raw.length - entries.length };
}

/** Drops entries older than the retention period. */
export function pruneJournal(
  entries: readonly JournalEntry[],
  now: Date,
  retentionDays: number,
): JournalEntry[] {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  return entries.filter((entry) => Date.parse(entry.at) >= cutoff);
}

/** Counts per outcome on the local calendar day of `now`. */
export function countsForDay(entries: readonly JournalEntry[], now: Date): OutcomeCounts {
  const day = localIsoDate(now);
  const counts = emptyCounts();
  for (const entry of entries) {
    if (localIsoDate(new Date(entry.at)) === day) counts[entry.outcome] += 1;
  }
  return counts;
}

/** Appends one entry and prunes: the whole new journal to store. */
export function appendEntry(
  raw: unknown,
  entry: JournalEntry,
  now: Date,
  retentionDays: number,
): JournalEntry[] {
  const { entries } = parseJournal(raw);
  entries.push(entry);
  return pruneJournal(entries, now, retentionDays);
}
