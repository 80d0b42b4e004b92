import type { Checklist, ChecklistFields } from '../checklist/keys';
import type { Ambiguity, DocKind, FillReport } from '../prefill/types';
import type { SiteSettings } from '../settings/schema';

// The engine's side of the protocol: what the panel asks of capture and prefill running in the page. The background
// injects the engine into the tab's top frame on first use and calls it there (utils/engine/load.ts).

export interface PrefillRequest {
  checklist: Checklist;
  siteFields?: SiteSettings['fields'];
  /** The clerk's one-click answers for unclear document blocks of this page: ambiguity id → its document. */
  documentChoices?: Record<string, DocKind>;
}

export interface PrefillResult {
  report: FillReport;
  /** Whether undo can put the previous values back. */
  undoable: boolean;
  /**
   * Document blocks the engine could not tell apart (their fields are reported `skipped` with the ambiguity's id),
   * with each field's selector and its key under either reading, for the clerk's one-click choice.
   */
  ambiguities: Ambiguity[];
}

/**
 * `ready`: the key of the engine's own line to the panel (utils/engine/panel-link.ts), which the panel sends, and the
 * site's field mappings in force, which the background adds — a prefill on that line uses them.
 */
export interface ReadyRequest {
  line?: string;
  siteFields?: SiteSettings['fields'];
}

/** The field picker (options page → background → engine): which checklist field the administrator is choosing. */
export interface PickCommand {
  /** The field's Russian name, shown on the page while picking. */
  title: string;
}

export type PickAnswer = { status: 'picked'; selector: string; matchCount: number } | { status: 'cancelled' };

export interface TestSelectorCommand {
  selector: string;
}

export interface TestSelectorAnswer {
  matchCount: number;
}

export interface EngineCommands {
  /** Reads the citizen's data shown on the page (and its same-origin frames). */
  capture(): { fields: Partial<ChecklistFields> };
  /** Fills the page's form from the checklist; every write verified. */
  prefill(data: PrefillRequest): PrefillResult;
  /** Puts back what the last prefill replaced; the number of fields restored. */
  undo(): { restored: number };
  /** Marks on the page, beside each field, the value a prefill would write (nothing is written). */
  preview(data: PrefillRequest): { hinted: number };
  /** Removes those marks. */
  clearPreview(): { hinted: number };
  /**
   * The background loads the engine into the page ahead of a prefill in reach; the engine reads the form then and
   * keeps the reading while the page stays as it was, so the click plans and writes at once.
   */
  ready(data?: ReadyRequest): { ready: true };
  /** Lets the administrator click a field; answers its robust selector (utils/engine/pick.ts). */
  pick(data: PickCommand): PickAnswer;
  /** Marks what a selector matches for a few seconds; answers the count. */
  testSelector(data: TestSelectorCommand): TestSelectorAnswer;
}

export const ENGINE_COMMANDS = [
  'capture',
  'prefill',
  'undo',
  'preview',
  'clearPreview',
  'ready',
  'pick',
  'testSelector',
] as const;
