import { classifyField } from '../fields/meanings';
import { childElements } from '../fields/text';
import { flowHeadingLevel } from './headings';
import { consume, type Extraction, looksLikeLabel, shownValue } from './raw-pair';
import { cleanLabel, isBlock, isControl, visibleText } from './text';

// Grid/flex «cards»: a label element followed by its value element (div.label + div.value, span.key + span.val),
// or a two-child row whose first child is a known field name.

const LABEL_CLASS =
  /(^|[-_\s])(label|lbl|name|title|key|caption|term|field-?name|prop(erty)?-?name|item-?label|info-?label|(field|item|row|info)-?(title|head))([-_\s]|$)/i;
const VALUE_CLASS = /(^|[-_\s])(value|val|data|content|text|field-?value|info-?value)([-_\s]|$)/i;
const MAX_VALUE_CHARS = 300;

export function extractCards(ex: Extraction): void {
  for (const el of ex.index.elements) {
    if (ex.consumed.has(el) || isControl(el) || hasBlockChild(el) || flowHeadingLevel(el) !== null) continue;
    const valueEl = nextVisibleSibling(el, ex);
    if (!valueEl || ex.consumed.has(valueEl) || (hasBlockChild(valueEl) && !VALUE_CLASS.test(cls(valueEl)))) {
      continue;
    }
    if (LABEL_CLASS.test(cls(valueEl)) && !VALUE_CLASS.test(cls(valueEl))) continue;
    const raw = visibleText(el, ex.index);
    if (/:\s*\S/.test(raw)) continue; // «Метка: значение» in one element is text, read by pairs-text
    const label = cleanLabel(raw);
    if (!looksLikeLabel(label) || !isLabelElement(el, label, ex)) continue;
    const value = shownValue(valueEl, ex.index);
    if (!value || value.length > MAX_VALUE_CHARS) continue;
    // An unknown label must not swallow a value that holds «Метка: значение» text of its own (pairs-text reads it).
    if (/:\s*\S/.test(value) && !classifyField({ label, section: ex.index.context.get(el)?.section }))
      continue;
    ex.pairs.push({ label, value, anchor: valueEl });
    consume(ex, el, valueEl);
  }
}

function isLabelElement(el: Element, label: string, ex: Extraction): boolean {
  if (LABEL_CLASS.test(cls(el)) && !VALUE_CLASS.test(cls(el))) return true;
  // <label> with no control of its own, before a static value (`p.form-control-static`, a span).
  if (el.localName === 'label' || el.localName === 'th' || el.getAttribute('role') === 'term') return true;
  // A classless row of exactly two parts: when the first part is a field name we know (in its section), or when
  // the row is one of a list of such rows (`.row > .col-4 + .col-8`) of which some name fields we know.
  const parent = el.parentElement;
  if (!parent || visibleChildren(parent, ex)[0] !== el || visibleChildren(parent, ex).length !== 2)
    return false;
  const section = ex.index.context.get(el)?.section;
  return classifyField({ label, section }) !== null || isRowOfFieldList(parent, ex);
}

function visibleChildren(el: Element, ex: Extraction): Element[] {
  return childElements(el).filter((c) => ex.index.position.has(c));
}

/** ≥ 3 sibling rows of one shape (tag and class), each of two parts, at least one of them a known field. */
function isRowOfFieldList(row: Element, ex: Extraction): boolean {
  const parent = row.parentElement;
  if (!parent) return false;
  const shape = (r: Element) => `${r.localName}.${cls(r)}`;
  const rows = visibleChildren(parent, ex).filter(
    (r) => shape(r) === shape(row) && visibleChildren(r, ex).length === 2,
  );
  if (rows.length < 3) return false;
  return rows.some((r) => {
    const first = visibleChildren(r, ex)[0];
    const text = cleanLabel(visibleText(first, ex.index));
    return (
      looksLikeLabel(text) && classifyField({ label: text, section: ex.index.context.get(first)?.section })
    );
  });
}

function nextVisibleSibling(el: Element, ex: Extraction): Element | null {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (ex.index.position.has(next)) return next;
  }
  return null;
}

function hasBlockChild(el: Element): boolean {
  return childElements(el).some((c) => isBlock(c) && c.localName !== 'dd');
}

function cls(el: Element): string {
  return el.getAttribute('class') ?? '';
}
