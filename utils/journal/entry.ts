import type { SiteKind } from '../settings/schema';
import { isOutcome, type JournalEntry, type Office } from './outcomes';

// The one reader of stored journal lines. The popup, the report, the writer and the migration all go through it,
// so they never disagree on what counts: a line counts when it has a real time and a known outcome.

// Exhaustive by type: a new site kind fails to compile here until it is added (and zod stays out of the popup).
const SITE_KINDS: Record<SiteKind, true> = { issuance: true, mais: true };

export function isSiteKind(value: unknown): value is SiteKind {
  return typeof value === 'string' && Object.hasOwn(SITE_KINDS, value);
}

const OFFICE_CODE_MAX = 32;
const OFFICE_NAME_MAX = 200;
// Zero-width and bidi characters vanish; control characters (line breaks, tabs) become spaces.
const INVISIBLE = /\p{Cf}/gu;
const CONTROL = /\p{Cc}/gu;
// One test first: stored values are almost always clean already, and a report may read 100,000 of them.
const UNCLEAN = /[\p{Cf}\p{Cc}]|[^\S ]| {2}|^ | $/u;

function clean(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const text = UNCLEAN.test(value)
    ? value.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
    : value;
  return text.length > max ? text.slice(0, max) : text;
}

/** An office as the journal stores it, or undefined when there is no usable code. */
export function toOffice(value: unknown): Office | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, name } = value as Record<string, unknown>;
  const cleanCode = clean(code, OFFICE_CODE_MAX);
  return cleanCode ? { code: cleanCode, name: clean(name, OFFICE_NAME_MAX) } : undefined;
}

/** A clean entry with only the known fields (no room for anything else), or null when it cannot be counted. */
export function toJournalEntry(value: unknown): JournalEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, outcome, steps, siteKind, office } = value as Record<string, unknown>;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !isOutcome(outcome)) return null;
  const entry: JournalEntry = {
    at,
    outcome,
    steps: Array.isArray(steps) ? steps.filter((s): s is string => typeof s === 'string') : [],
  };
  if (isSiteKind(siteKind)) entry.siteKind = siteKind;
  const cleanOffice = toOffice(office);
  if (cleanOffice) entry.office = cleanOffice;
  return entry;
}

export interface ParsedEntries {
  entries: JournalEntry[];
  /** Lines that could not be counted (a stored value that is not a list counts as one). */
  dropped: number;
  /** The stored value was there but was not a list of lines. */
  notList: boolean;
}

/** Keeps the countable lines of a stored value; nothing stored is an empty journal, not a loss. */
export function parseEntries(raw: unknown): ParsedEntries {
  if (raw === undefined || raw === null) return { entries: [], dropped: 0, notList: false };
  if (!Array.isArray(raw)) return { entries: [], dropped: 1, notList: true };
  const entries: JournalEntry[] = [];
  for (const item of raw) {
    const entry = toJournalEntry(item);
    if (entry) entries.push(entry);
  }
  return { entries, dropped: raw.length - entries.length, notList: false };
}
