import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { vi } from 'vitest';
import { matchCategory } from '../../utils/catalogue/match';
import { type Checklist, emptyChecklist, type FieldKey } from '../../utils/checklist/keys';
import {
  applyPlan,
  buildPlan,
  collectFieldsNow,
  type PlanOptions,
  type SiteFields,
  selectorsForAmbiguities,
} from '../../utils/prefill';
import { CITIZEN } from '../fixtures/citizen';

// Shared by the prefill unit tests: fixture pages in a fresh happy-dom window, and one citizen's checklist.

export const FIXTURES = path.resolve(__dirname, '../fixtures/mais');

/**
 * A fixture page in its own happy-dom window (inline scripts run; vendor scripts are not loaded). Iframes load
 * only `srcdoc`/about:blank, so `frames` maps an iframe's src to the fixture written into it instead of fetching.
 * `folder`: another folder of tests/fixtures than `mais`.
 */
export function loadFixture(
  name: string,
  frames: Record<string, string> = {},
  folder = 'mais',
): { win: Window; doc: Document } {
  const win = new Window({
    url: `http://127.0.0.1/fixtures/${folder}/${name}`,
    width: 1280,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: true,
      // The fixtures are this repository's own pages: their inline scripts are trusted.
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: Object.keys(frames).length === 0,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  let html = readFileSync(path.join(FIXTURES, '..', folder, name), 'utf8');
  for (const [src, fixture] of Object.entries(frames)) {
    const inner = readFileSync(path.join(FIXTURES, fixture), 'utf8')
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;');
    html = html.replace(`src="${src}"`, `srcdoc="${inner}"`);
  }
  win.document.write(html);
  return { win, doc: win.document as unknown as Document };
}

/** The catalogue's code of «Ветеран труда» (the federal/common one, not the НСО one). */
export const LABOUR_VETERAN = matchCategory('Ветеран труда')?.code ?? '';

export function citizen(category = LABOUR_VETERAN): Checklist {
  const c = emptyChecklist();
  c.eligibility = { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true };
  Object.assign(c.fields, { ...CITIZEN, category });
  return c;
}

type PageWindow = Parameters<typeof collectFieldsNow>[1];

/** Collect and plan on a fixture page, keeping the page-side element map (what the panel's preview does). */
export function planOn(doc: Document, checklist: Checklist, siteFields?: SiteFields, options?: PlanOptions) {
  const { description, elements } = collectFieldsNow(
    doc,
    doc.defaultView as unknown as PageWindow,
    siteFields,
  );
  const plan = selectorsForAmbiguities(buildPlan(description, checklist, options), elements);
  /** The element a key's target writes to (the widget's trigger for a custom dropdown). */
  const elementOf = (key: FieldKey) => {
    const target = plan.targets.find((t) => t.covers.includes(key));
    return target ? (elements.get(target.ref)?.element ?? null) : null;
  };
  return { description, plan, elements, elementOf };
}

/** Collect, plan and apply, as the click does. */
export async function fillOn(
  doc: Document,
  checklist: Checklist,
  siteFields?: SiteFields,
  options?: PlanOptions,
) {
  const { plan, elements } = planOn(doc, checklist, siteFields, options);
  return { plan, elements, ...(await applyPlan(plan, elements, doc)) };
}

/** The plan with each target's page element beside it (tests read `t.element`). */
export function planWithElements(doc: Document, checklist: Checklist, siteFields?: SiteFields) {
  const { plan, elements } = planOn(doc, checklist, siteFields);
  const targets = plan.targets.map((t) => ({ ...t, element: elements.get(t.ref)?.element as HTMLElement }));
  return { ...plan, targets };
}

/**
 * A laid-out page, as a browser lays one out (happy-dom draws nothing): the viewport 1280 px wide and every element a
 * box at (10, 10) of `sizeOf(el)` (160 × 22 by default). Undone by `vi.restoreAllMocks()`.
 */
export function layOutPage(
  sizeOf: (el: Element) => { width: number; height: number } = () => FIELD_BOX,
): void {
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1280);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const { width, height } = sizeOf(this);
    return {
      x: 10,
      y: 10,
      left: 10,
      top: 10,
      width,
      height,
      right: 10 + width,
      bottom: 10 + height,
    } as DOMRect;
  });
}
const FIELD_BOX = { width: 160, height: 22 };

/** The test's page: `html` as the document's body. */
export function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** A row of a plain form: a `<label for>` and its input, id and name alike. */
export const labelledInput = (label: string, name: string) =>
  `<div><label for="${name}">${label}</label><input id="${name}" name="${name}"></div>`;

/** What the input of that id holds. */
export const inputValue = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
