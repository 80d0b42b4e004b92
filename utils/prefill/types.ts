import type { FieldKey, Section } from '../checklist/keys';
import type { ControlHints } from '../fields/describe';

// Plain data passed between collect → plan → apply. Controls keep their element references so apply can write,
// but plan reads only the described properties.

export type ControlKind = 'text' | 'date' | 'number' | 'textarea' | 'select' | 'radio-group' | 'split-date';

export interface ControlOption {
  value: string;
  text: string;
}

export interface SplitDateParts {
  day: HTMLInputElement | HTMLSelectElement;
  month: HTMLInputElement | HTMLSelectElement;
  year: HTMLInputElement | HTMLSelectElement;
}

export interface FieldControl {
  /** Stable within one collect: `f<index>`. */
  ref: string;
  kind: ControlKind;
  /** The element written to (the first radio of a group, the day part of a split date). */
  element: HTMLElement;
  /** Radios of a group, or day/month/year of a split date; otherwise [element]. */
  elements: HTMLElement[];
  split?: SplitDateParts;
  hints: ControlHints;
  section: Section;
  inputType: string;
  maxLength: number | null;
  pattern: string;
  /** `data-mask` / `data-inputmask` / `data-mask-pattern` text, if any. */
  mask: string;
  /** Options of a select, radio labels of a group, or the datalist's options. */
  options: ControlOption[];
  /** Options of the month part of a split date. */
  monthOptions?: ControlOption[];
  /** Which form/section group it belongs to (index into CollectResult.groups). */
  group: number;
  /** Checklist key the site's settings bind to this control (`site.fields`), if any. */
  siteKey?: FieldKey;
  /** Looks like a search box: never planned. */
  searchLike: boolean;
}

export interface FormGroup {
  /** Human label of the form: its heading or aria-label, for the panel. */
  label: string;
  root: Element;
}

export interface CollectResult {
  controls: FieldControl[];
  groups: FormGroup[];
  /** Cross-origin iframes that could not be read. */
  sandboxedFrames: number;
}

export interface PrefillTarget {
  key: FieldKey;
  /** Checklist keys this target carries (a single ФИО field carries three). */
  covers: FieldKey[];
  control: FieldControl;
  /** The value formatted for this control (for split dates: ISO; apply splits it). */
  value: string;
  label: string;
  /** Set when the value cannot be put into this control (no such option …), in Russian. */
  problem?: string;
}

export interface PrefillPlan {
  targets: PrefillTarget[];
  /** Keys that have a value but found no field. */
  missing: FieldKey[];
  /** Fields of the chosen form that mean a checklist key. */
  fieldCount: number;
  formLabel: string;
  /** Validation messages for values that will not be written. */
  invalid: Partial<Record<FieldKey, string>>;
  sandboxedFrames: number;
  /** The page address at planning time; apply stops if it changes. */
  url: string;
}

export type FillStatus = 'filled' | 'unchanged' | 'not-found' | 'invalid' | 'skipped';

export interface FillEntry {
  status: FillStatus;
  reason: string;
  label?: string;
}

export type FillReport = Record<FieldKey, FillEntry>;

export interface UndoEntry {
  element: HTMLElement;
  kind: 'value' | 'checked' | 'select';
  previous: string | boolean;
}

export interface UndoSnapshot {
  entries: UndoEntry[];
}
