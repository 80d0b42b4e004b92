import type {
  Checklist,
  ChecklistFields,
  Eligibility,
  EligibilityKey,
  FieldKey,
} from '@/utils/checklist/keys';
import type { ProtocolMap } from '@/utils/messaging';
import type { SiteSettings } from '@/utils/settings/schema';

// What the checklist model needs from the outside world, as plain interfaces: the background (messages), capture,
// prefill and the checklist rules. index.ts wires the real modules; tests pass fakes.

export type ChecklistMessage = 'getChecklist' | 'saveChecklist' | 'clearChecklist';

/** A typed subset of `sendMessage` (utils/messaging.ts). */
export type ChecklistSend = <K extends ChecklistMessage>(
  type: K,
  ...data: Parameters<ProtocolMap[K]>
) => Promise<ReturnType<ProtocolMap[K]>>;

export interface CaptureEngine {
  /** May load the on-demand engine first (utils/engine), hence the promise. */
  capturePage(
    doc: Document,
  ): { fields: Partial<ChecklistFields> } | Promise<{ fields: Partial<ChecklistFields> }>;
  mergeCaptured(
    current: Checklist,
    fields: Partial<ChecklistFields>,
  ): { checklist: Checklist; replaced: boolean; filledKeys: FieldKey[] };
}

export type FillStatus = 'filled' | 'unchanged' | 'not-found' | 'invalid' | 'skipped';

export interface FillReportEntry {
  status: FillStatus;
  reason: string;
  label?: string;
}

export type FillReport = Partial<Record<FieldKey, FillReportEntry>>;

export interface PrefillTarget {
  key: FieldKey;
  value: string;
  label: string;
  /** Why the value cannot go into this control (no such option …), in Russian. */
  problem?: string;
  /** Options of a select or radio group: the plan shows the option's text, not its value. */
  control?: { options?: readonly { value: string; text: string }[] };
}

export interface PrefillPlan {
  targets: PrefillTarget[];
  missing: FieldKey[];
  fieldCount: number;
  formLabel?: string;
}

/** The site's own field bindings (`settings.sites[].fields`), which win over the heuristics. */
export type SiteFields = Pick<SiteSettings, 'fields'>;

export interface PrefillEngine<P extends PrefillPlan = PrefillPlan, U = unknown> {
  /** Resolves once planning can run (the on-demand engine is loaded); absent for an engine that is always ready. */
  ready?(): Promise<void>;
  planPrefill(doc: Document, checklist: Checklist, site?: SiteFields | null): P;
  applyPrefill(
    plan: P,
    doc: Document,
  ): { report: FillReport; undo: U } | Promise<{ report: FillReport; undo: U }>;
  undoPrefill(undo: U): unknown;
  observeFieldCount(
    doc: Document,
    cb: (count: number) => void,
    opts?: { siteFields?: SiteFields['fields'] },
  ): () => void;
  /** Marks the fields a fill wrote on the page for a while; returns the function that removes the marks. */
  highlight?(plan: P, report: FillReport, doc: Document): () => void;
}

export interface EligibilityAdvice {
  key: EligibilityKey;
  advice: string;
}

/** The checklist rules (utils/checklist), reduced to what the panel shows. */
export interface ChecklistRules {
  /** Russian message for a value, or null when it is fine. Empty required fields get a message too. */
  validate(key: FieldKey, value: string, fields: ChecklistFields): string | null;
  /** The stored form of what the clerk typed; returns the input unchanged when it cannot be read. */
  normalize(key: FieldKey, raw: string): string;
  /** What the control shows for a stored value (ISO dates as ДД.ММ.ГГГГ). */
  display(key: FieldKey, value: string): string;
  missingEligibility(e: Eligibility): EligibilityAdvice[];
}

export interface Category {
  code: string;
  name: string;
}

export interface CatalogueRules {
  categories: readonly Category[];
  /** Code of the catalogue entry a free text names, or null. */
  match(text: string): string | null;
}

/** The parts of the model that come from the engine (real, on-demand, or fakes in tests). */
export interface ChecklistModelEngines {
  capture: CaptureEngine;
  // biome-ignore lint/suspicious/noExplicitAny: the engine's plan and undo token stay opaque here
  prefill: PrefillEngine<any, any>;
  rules: ChecklistRules;
  catalogue: CatalogueRules;
}
