import type { FieldKey } from '../checklist/keys';
import type { ControlHints } from '../fields/describe';

// Collect → plan → apply. The description and the plan are plain JSON (they cross from the page to the panel's
// extension page and back); the elements they speak of stay in the page, in an ElementMap keyed by `ref`.

// ── collect (page) → description (JSON) ───────────────────────────────────────────────────────────────────────

export type ControlKind =
  | 'text'
  | 'date'
  | 'number'
  | 'textarea'
  | 'select'
  | 'radio-group'
  | 'split-date'
  /** A date drawn as day/month/year segments (spans with role=spinbutton) that take typing. */
  | 'segmented-date'
  /** A custom dropdown or combobox (ARIA combobox, a button with a listbox popup): operated as a person would. */
  | 'combobox';

export interface ControlOption {
  value: string;
  text: string;
}

export interface ControlDescription {
  /** Stable within one collect, in document order: `f<index>`. */
  ref: string;
  kind: ControlKind;
  hints: ControlHints;
  inputType: string;
  maxLength: number | null;
  pattern: string;
  /** `data-mask` / `data-inputmask` / `data-mask-pattern` text, if any. */
  mask: string;
  /**
   * Options of a select, radio labels of a group, the datalist's options, or a combobox's options when they are
   * known before it opens (the native select it stands for); [] when they appear only once it is opened.
   */
  options: ControlOption[];
  /** Options of the month part of a split date. */
  monthOptions?: ControlOption[];
  /** Text of the option a select or combobox shows now (a «Вид документа» choice is evidence for its block). */
  selectedText?: string;
  /** A combobox the clerk can type into (free text is possible, e.g. an issuer with suggestions). */
  editable?: boolean;
  /** Which form it belongs to: the forms of the page numbered in document order. */
  group: number;
  /** Which block of the form (index into PageDescription.blocks): controls under one heading. */
  block: number;
  /** Checklist key the site's settings bind to this control (`site.fields`), if any. */
  siteKey?: FieldKey;
  /** A search box by its type or its place (a search landmark); the plan also reads its words. Never planned. */
  searchLike: boolean;
}

export interface BlockDescription {
  /** Its heading's text ('' for controls under no heading). */
  title: string;
  group: number;
}

export interface PageDescription {
  url: string;
  controls: ControlDescription[];
  blocks: BlockDescription[];
  /** Cross-origin iframes that could not be read. */
  sandboxedFrames: number;
}

// ── page-side only ────────────────────────────────────────────────────────────────────────────────────────────

/** Day, month and year: selects or inputs of a split date, spans of a segmented one. */
export interface SplitDateParts {
  day: HTMLElement;
  month: HTMLElement;
  year: HTMLElement;
}

export interface WidgetParts {
  /** The box the clerk sees and clicks (the combobox, the select2/choices container). */
  root: HTMLElement;
  /** Where it opens: the element with role=combobox / aria-haspopup, or root. */
  trigger: HTMLElement;
  /** The input inside it the clerk types into (search or free text), if any. */
  input: HTMLInputElement | null;
  /** The hidden native select it stands for (select2, choices.js), if any: what the form submits. */
  native: HTMLSelectElement | null;
}

export interface ControlElements {
  /** The element written to (the first radio of a group, the day part of a split date, a combobox's box). */
  element: HTMLElement;
  /** Radios of a group, or day/month/year of a split date; otherwise [element]. */
  elements: HTMLElement[];
  split?: SplitDateParts;
  /** The input a segmented date keeps its value in for the form (hidden from the clerk), if any. */
  holder?: HTMLInputElement;
  widget?: WidgetParts;
}

export type ElementMap = Map<string, ControlElements>;

export interface Collected {
  description: PageDescription;
  elements: ElementMap;
}

// ── plan (pure) ───────────────────────────────────────────────────────────────────────────────────────────────

export type DocKind = 'identity' | 'basis';

export interface PrefillTarget {
  key: FieldKey;
  /** Checklist keys this target carries (a single ФИО field carries three). */
  covers: FieldKey[];
  ref: string;
  control: ControlDescription;
  /** The value formatted for this control (split dates: ISO; selects: the option's value; comboboxes: its text). */
  value: string;
  /** What the clerk must see in the control afterwards, in the control's own format. */
  expected: string;
  /** Other spellings of the same value to try when the control refuses `value` (a mask that wants digits only). */
  alternatives?: string[];
  /** For dates: the intended date (ISO), to tell a box that read it month-first. */
  date?: string;
  /** A category to choose through the catalogue (its code), for a combobox whose options appear when opened. */
  categoryCode?: string;
  label: string;
  /** Set when the value cannot be put into this control (no such option …), in Russian. */
  problem?: string;
}

/** Document fields of a block whose document (passport or basis document) the page does not make clear. */
export interface Ambiguity {
  /** Stable within one plan: `a<block index>`. */
  id: string;
  blockTitle: string;
  /** The two readings; the clerk picks one. */
  candidates: DocKind[];
  fields: AmbiguousField[];
  reason: string;
}

export interface AmbiguousField {
  ref: string;
  label: string;
  /**
   * Where to remember the clerk's choice (`settings.sites[].fields[key] = selector`): a robust CSS selector of the
   * field, filled in the page (prefillPage / selectorsForAmbiguities); '' when none finds it alone.
   */
  selector: string;
  /** The checklist key the field takes under each reading. */
  keys: Partial<Record<DocKind, FieldKey>>;
}

export interface PlanOptions {
  /** The clerk's one-click answers for this page: ambiguity id → the document its block describes. */
  documentChoices?: Record<string, DocKind>;
}

export interface PrefillPlan {
  targets: PrefillTarget[];
  /** Keys that have a value but found no field. */
  missing: FieldKey[];
  /** Keys whose field stands beside a twin of the same meaning (another person's?): not written (twins.ts). */
  unclearOwner: FieldKey[];
  /** Fields of the chosen form that mean a checklist key. */
  fieldCount: number;
  /** Validation messages for values that will not be written. */
  invalid: Partial<Record<FieldKey, string>>;
  /** Blocks whose document is not clear: their fields are not written (report: skipped). */
  ambiguities: Ambiguity[];
  sandboxedFrames: number;
  /** The page address at collect time; apply stops if it changes. */
  url: string;
}

// ── apply (page) → report ─────────────────────────────────────────────────────────────────────────────────────

export type FillStatus = 'filled' | 'unchanged' | 'not-found' | 'invalid' | 'skipped';

export interface FillEntry {
  status: FillStatus;
  reason: string;
  label?: string;
  /** For `skipped` fields of an unclear block: the ambiguity the panel offers to resolve with one click. */
  ambiguity?: string;
}

export type FillReport = Record<FieldKey, FillEntry>;

export interface UndoEntry {
  element: HTMLElement;
  kind: 'value' | 'checked' | 'select' | 'choice' | 'segments';
  /** The previous value; for segments «day.month.year» digits ('' parts showed their placeholder). */
  previous: string | boolean;
  /** For a custom dropdown: its parts, to choose the previous option again (or clear it). */
  widget?: WidgetParts;
  /** For a segmented date: its segments. */
  split?: SplitDateParts;
}

export interface UndoSnapshot {
  entries: UndoEntry[];
}
