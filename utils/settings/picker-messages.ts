import type { FieldKey } from '../checklist/keys';

// Messages the options page sends to start the field picker on a live page of a site, and to test a selector
// there. The background answers them (utils/background/field-picker.ts): it finds or opens a tab of the site and
// runs the engine's `pick` or `testSelector` there (utils/engine/pick.ts).

export interface PickFieldRequest {
  /** The site's match pattern (sites are identified by their pattern). */
  match: string;
  /** Which checklist field the administrator is about to click. */
  key: FieldKey;
}

export type PickFieldResult =
  /** The administrator clicked a field; the background stored `selector` with `saveFieldMapping` before answering. */
  | { status: 'picked'; selector: string; matchCount: number }
  /** Esc, or the page was closed or navigated away. */
  | { status: 'cancelled' }
  /** No tab of the site is open and none could be opened (the pattern names no concrete address). */
  | { status: 'no-page' }
  /** Nothing was stored: the site is not configured, a policy sets this mapping, or the page refused (Russian). */
  | { status: 'refused'; reason: string };

export interface TestSelectorRequest {
  match: string;
  selector: string;
}

export type TestSelectorResult =
  /** Elements matched on the first open tab of the site (all same-origin frames); they are outlined for a moment. */
  { status: 'tested'; matchCount: number; pageUrl: string } | { status: 'no-page' };

/** Options page → background. Part of utils/messaging.ts's ProtocolMap. */
export interface FieldPickerProtocol {
  pickFieldOnPage(request: PickFieldRequest): PickFieldResult;
  testSelectorOnPage(request: TestSelectorRequest): TestSelectorResult;
}
