import type { SiteKind } from '../settings/schema';

// Outcome codes are public contract: panel buttons carry data-outcome="<code>", the popup data-stat="<code>".
export const OUTCOMES = ['accepted', 'leaflet', 'refused', 'mais'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  accepted: 'Подключит Карту жителя',
  leaflet: 'Лифлет выдан',
  refused: 'Отказ — пластиковая карта',
  mais: 'Нужна запись в МАИС',
};

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

/** The social-service office that recorded an outcome (its public name and code; never a person). */
export interface Office {
  code: string;
  name: string;
}

/** One journal line. No personal data: time, outcome, steps shown, site kind and office. */
export interface JournalEntry {
  at: string; // ISO timestamp
  outcome: Outcome;
  steps: string[]; // StepId values shown during the visit
  /** Dropped when a stored line holds an unknown kind: the visit and its outcome still count. */
  siteKind?: SiteKind;
  /** Absent while no office is configured. */
  office?: Office;
}
