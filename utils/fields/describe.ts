import {
  createSectionFinder,
  type SectionFinder,
  type SectionHeading,
  TRUE_HEADING,
} from './section-heading';
import {
  CONTROL_SELECTOR,
  childElements,
  cleanText,
  FIELD_SELECTOR,
  hasControl,
  hasOtherControl,
  labelledByText,
  parentOf,
  scopeOf,
  textWithoutControls,
} from './text';

// DOM → the human hints around one form control: its label, the section it sits in, and its own attributes.
// Used by prefill's collect (and usable by capture) to describe a control as text; what the text means is decided
// elsewhere (utils/fields/meanings). Pure reads, no writes; `doc` is passed in so it works inside iframes and in
// happy-dom. Describing many controls shares one index (labels by `for`, headings seen), so each costs O(1).

export { cleanText, textWithoutControls } from './text';

export interface ControlHints {
  /** The best human label: aria-labelledby, label[for], wrapping label, aria-label, table cell or preceding text. */
  label: string;
  /** Text of the heading of the part of the form the control sits in (legend, heading, group label, caption). */
  section: string;
  name: string;
  id: string;
  placeholder: string;
  title: string;
}

const MAX_LABEL = 160;

/** Lookups built once per document (and per shadow root) and shared by every control described with them. */
export interface DescribeIndex {
  doc: Document;
  sections: SectionFinder;
  /** `label[for]` text by the id it points to, per scope. */
  labelFor(scope: Document | ShadowRoot, id: string): string;
  /** Indexes a scope's labels now, in steps (a page of thousands of labels gets its turn in between). */
  indexLabels(scope: Document | ShadowRoot): Generator<void, void>;
}

export function createDescribeIndex(doc: Document): DescribeIndex {
  const byScope = new Map<Document | ShadowRoot, Map<string, Element>>();
  function* indexLabels(scope: Document | ShadowRoot): Generator<void, void> {
    if (byScope.has(scope)) return;
    const labels = new Map<string, Element>();
    const all = scope.querySelectorAll('label[for]');
    for (let i = 0; i < all.length; i++) {
      const target = all[i].getAttribute('for') ?? '';
      if (!labels.has(target)) labels.set(target, all[i]);
      if (i % 512 === 511) yield;
    }
    byScope.set(scope, labels);
  }
  return {
    doc,
    sections: createSectionFinder(doc),
    indexLabels,
    labelFor(scope, id) {
      if (!byScope.has(scope)) for (const _ of indexLabels(scope));
      const label = byScope.get(scope)?.get(id);
      return label ? textWithoutControls(label) : '';
    },
  };
}

/** A small box holding a day/month/year trio still counts as one control's box. */
function isDateGroupBox(el: Element): boolean {
  if (el.childElementCount > 8) return false;
  const controls = el.querySelectorAll(CONTROL_SELECTOR);
  return controls.length === 3 && el.querySelectorAll('select').length >= 2;
}

/**
 * Text immediately before the control: previous siblings (climbing while the control is alone in its box, up to six
 * boxes: Naive UI keeps its form item's label beside the fifth box around the input, with no `for`). A heading
 * stops the search: it titles the part of the form below it (the control's section), and taken for the label of a
 * control that has none of its own (named by its placeholder only) it would give that control the section's meaning.
 */
export function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 6; depth++) {
    let sib: Node | null = node.previousSibling;
    let text = '';
    while (sib) {
      if (sib.nodeType === 1 && (hasControl(sib as Element) || (sib as Element).matches(TRUE_HEADING))) break;
      const t = sib.nodeType === 3 ? cleanText(sib.nodeValue) : textWithoutControls(sib);
      // Digits, pluses and stars («+7» before a phone's digits, a «*») name nothing: the label is further back.
      if (/[^\d\s+*]/.test(t)) {
        text = t;
        break;
      }
      sib = sib.previousSibling;
    }
    if (text) return text.length <= MAX_LABEL ? text : '';
    const parent: Element | null = parentOf(node);
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'FORM' || parent.tagName === 'FIELDSET')
      break;
    // Climb only while the parent holds this one control: a row box, not the whole form.
    if (hasOtherControl(parent, node) && !isDateGroupBox(parent)) break;
    node = parent;
  }
  return '';
}

/**
 * The label cell before the control's table cell (`<td>Фамилия</td><td><input></td>`, or a `th`), or else the
 * cell of the same column in the row above when that row is a header row without controls.
 */
function tableCellText(el: Element): string {
  const cell = el.closest('td,th');
  if (!cell) return '';
  let prev = cell.previousElementSibling;
  while (prev) {
    if (hasControl(prev)) break;
    const t = textWithoutControls(prev);
    if (t) return t.length <= MAX_LABEL ? t : '';
    prev = prev.previousElementSibling;
  }
  const row = cell.parentElement;
  const above = row?.previousElementSibling;
  if (!row || !above || above.tagName !== 'TR' || hasControl(above)) return '';
  const cells = childElements(row);
  const column = cells.indexOf(cell);
  const header = above.childElementCount === cells.length ? childElements(above)[column] : null;
  return header ? textWithoutControls(header) : '';
}

/**
 * A `<label>` naming nothing by `for` in the control's own box, the box's one field, after the input as well as before
 * it (Taiga UI's textfield projects its label after the input and leaves `for` unset).
 */
function boxLabelOf(el: Element): string {
  const box = el.parentElement;
  const label = box?.querySelector(':scope>label:not([for])');
  return label && box?.querySelectorAll(FIELD_SELECTOR).length === 1 ? textWithoutControls(label) : '';
}

/**
 * A label from the page's layout around a box: the table cell before it, the text right before it, or a label beside
 * it in its own box.
 */
export function contextLabelOf(el: Element): string {
  return (tableCellText(el) || precedingText(el) || boxLabelOf(el)).slice(0, MAX_LABEL);
}

/** The text of the elements `aria-labelledby` names (see text.ts), as a label. */
export function labelledByLabel(el: Element, doc: Document, within?: Element): string {
  return labelledByText(el, doc, within).slice(0, MAX_LABEL);
}

/** The label of a control, from the strongest source to the weakest. */
export function labelOf(el: Element, doc: Document, index: DescribeIndex = createDescribeIndex(doc)): string {
  const id = el.getAttribute('id');
  const wrapping = () => {
    const label = el.closest('label');
    return label ? textWithoutControls(label) : '';
  };
  // Each source is read only when the stronger ones gave nothing.
  return (
    labelledByLabel(el, doc) ||
    (id && index.labelFor(scopeOf(el, doc), id)) ||
    wrapping() ||
    cleanText(el.getAttribute('aria-label')) ||
    contextLabelOf(el)
  ).slice(0, MAX_LABEL);
}

/** The section heading of a control, with the element that heads its block (null when nothing heads it). */
export function sectionHeadingOf(
  el: Element,
  doc: Document,
  index: DescribeIndex = createDescribeIndex(doc),
): SectionHeading | null {
  return index.sections.headingOf(el);
}

/** The section heading's text of a control ('' when none). */
export function sectionOfControl(
  el: Element,
  doc: Document,
  index: DescribeIndex = createDescribeIndex(doc),
): string {
  return index.sections.headingOf(el)?.text ?? '';
}

/**
 * The placeholder attribute, or for a select its prompt option: a first option with no value (often disabled) whose
 * text names the field («Категория получателя») is the select's placeholder.
 */
function placeholderOf(el: Element): string {
  const own = cleanText(el.getAttribute('placeholder'));
  if (own || el.tagName !== 'SELECT') return own;
  const first = el.querySelector('option');
  return first && first.value === '' ? cleanText(first.textContent) : '';
}

/**
 * All hints of one control but its section, which the caller reads from the heading of the box the control stands in
 * (a date's, a group's: utils/prefill/collect-describe.ts).
 */
export function describeControl(
  el: Element,
  doc: Document,
  index: DescribeIndex = createDescribeIndex(doc),
): ControlHints {
  return {
    label: labelOf(el, doc, index),
    section: '',
    name: el.getAttribute('name') ?? '',
    id: el.getAttribute('id') ?? '',
    placeholder: placeholderOf(el),
    title: cleanText(el.getAttribute('title')),
  };
}
