// Outcome codes are public contract: panel buttons carry data-outcome="<code>", the popup data-stat="<code>".
export const OUTCOMES = ['accepted', 'leaflet', 'refused', 'mais'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  accepted: 'Подключит Карту жителя',
  leaflet: 'Лифлет выдан',
  refused: 'Отказ — пластиковая карта',
  mais: 'Нужна запись в МАИС',
};

/** One journal line. No personal data: only time, outcome, steps shown and site kind. */
export interface JournalEntry {
  at: string; // ISO timestamp
  outcome: Outcome;
  steps: string[]; // StepId values shown during the visit
  siteKind: 'issuance' | 'mais';
}
