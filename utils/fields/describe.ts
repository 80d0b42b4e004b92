// DOM → the human hints around one form control: its label, the section it sits in, and its own attributes.
// Used by prefill (and usable by capture) to ask utils/fields/meanings what a control means. Pure reads, no writes;
// `doc` is passed in so it works inside iframes and in happy-dom.

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

const CONTROL_SELECTOR = 'input, select, textarea, button';
const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption, summary, th[colspan], [class*="title" i], [class*="heading" i], [class*="header" i]';
const MAX_LABEL = 160;
const MAX_SECTION = 200;

/** Collapse whitespace and trim; keeps ё and case (meanings.ts normalises further). */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text of a node without the text of form controls inside it (a label wrapping a select must not read its options). */
export function textWithoutControls(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'select' || tag === 'textarea' || tag === 'script' || tag === 'style' || tag === 'template')
      return;
    if (tag === 'option' || tag === 'datalist') return;
    if (el.getAttribute('aria-hidden') === 'true') return;
    // A <slot> shows what the host's light DOM assigns to it (a label passed into a web component).
    const assigned = tag === 'slot' ? ((el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) : [];
    for (const child of assigned.length > 0 ? assigned : Array.from(el.childNodes)) walk(child);
    if (tag === 'br' || tag === 'div' || tag === 'p' || tag === 'td' || tag === 'th') out += ' ';
  };
  walk(node);
  return cleanText(out);
}

/** Where ids and label[for] resolve: the control's own shadow root when it lives in one, else the document. */
function scopeOf(el: Element, doc: Document): Document | ShadowRoot {
  const root = el.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot) : doc;
}

/** The parent in the rendered (flat) tree: the slot an element is shown in, the parent, or a shadow root's host. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}

function byIds(scope: Document | ShadowRoot, ids: string): string {
  return cleanText(
    ids
      .split(/\s+/)
      .map((id) => scope.getElementById(id))
      .filter((el): el is HTMLElement => el !== null)
      .map((el) => textWithoutControls(el))
      .join(' '),
  );
}

function labelForId(el: Element, doc: Document): string {
  const id = el.getAttribute('id');
  if (!id) return '';
  for (const label of Array.from(scopeOf(el, doc).querySelectorAll('label'))) {
    if (label.getAttribute('for') === id) return textWithoutControls(label);
  }
  return '';
}

function hasControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null;
}

/** Text immediately before the control: previous siblings (climbing while the control is alone in its box). */
export function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    let sib: Node | null = node.previousSibling;
    let text = '';
    while (sib) {
      if (sib.nodeType === 1 && hasControl(sib as Element)) break;
      const t = sib.nodeType === 3 ? cleanText(sib.nodeValue) : textWithoutControls(sib);
      if (t) {
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
    if (parent.querySelectorAll(CONTROL_SELECTOR).length > 1 && !isDateGroupBox(parent)) break;
    node = parent;
  }
  return '';
}

/** A box holding a day/month/year trio still counts as one control's box. */
function isDateGroupBox(el: Element): boolean {
  const controls = el.querySelectorAll(CONTROL_SELECTOR);
  return controls.length === 3 && el.querySelectorAll('select').length >= 2;
}

/**
 * The label cell before the control's table cell (`<td>Фамилия</td><td><input></td>`, or a `th`), or else the
 * cell of the same column in the row above when that row is a header row without controls.
 */
function tableCellText(el: Element): string {
  const cell = el.closest('td, th');
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
  const column = Array.from(row.children).indexOf(cell);
  const header = above.children.length === row.children.length ? above.children[column] : null;
  return header ? textWithoutControls(header) : '';
}

/** The label of a control, from the strongest source to the weakest. */
export function labelOf(el: Element, doc: Document): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  const candidates = [
    labelledBy ? byIds(scopeOf(el, doc), labelledBy) : '',
    labelForId(el, doc),
    el.closest('label') ? textWithoutControls(el.closest('label') as Element) : '',
    cleanText(el.getAttribute('aria-label')),
    tableCellText(el),
    precedingText(el),
  ];
  return (candidates.find((c) => c.length > 0) ?? '').slice(0, MAX_LABEL);
}

function groupLabel(el: Element, doc: Document): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return byIds(scopeOf(el, doc), labelledBy);
  return cleanText(el.getAttribute('aria-label'));
}

/**
 * The last heading-like element inside `el` (or `el` itself) that speaks for what follows `el`: a legend, caption or
 * heading closed inside a fieldset or table before the control belongs to that box only.
 */
function lastHeadingIn(el: Element): Element | null {
  const speaksForward = (h: Element) => {
    if (hasControl(h) || h.matches('legend, caption')) return false;
    const box = h.closest('fieldset, table');
    return box === null || box.contains(el);
  };
  if (el.matches(HEADING_SELECTOR)) return speaksForward(el) ? el : null;
  const all = Array.from(el.querySelectorAll(HEADING_SELECTOR)).filter(speaksForward);
  return all.length > 0 ? all[all.length - 1] : null;
}

/**
 * The section heading of a control: the nearest enclosing fieldset legend / group label / table caption,
 * or the nearest heading before it in document order (searched sibling by sibling while climbing).
 */
export function sectionOfControl(el: Element, doc: Document): string {
  let node: Element | null = el;
  while (node && node !== doc.body && node !== doc.documentElement) {
    const tag = node.tagName.toLowerCase();
    if (node !== el) {
      if (tag === 'fieldset') {
        const legend = node.querySelector(':scope > legend');
        const t = legend ? textWithoutControls(legend) : groupLabel(node, doc);
        if (t) return t.slice(0, MAX_SECTION);
      }
      const role = node.getAttribute('role');
      if (role === 'group' || role === 'region' || role === 'radiogroup' || tag === 'section') {
        const t = groupLabel(node, doc);
        if (t) return t.slice(0, MAX_SECTION);
      }
      if (tag === 'table') {
        const caption = node.querySelector(':scope > caption');
        if (caption) {
          const t = textWithoutControls(caption);
          if (t) return t.slice(0, MAX_SECTION);
        }
      }
    }
    let sib = node.previousElementSibling;
    while (sib) {
      const heading = lastHeadingIn(sib);
      if (heading) {
        const t = textWithoutControls(heading);
        if (t && t.length <= MAX_SECTION) return t;
      }
      sib = sib.previousElementSibling;
    }
    node = parentOf(node);
  }
  return '';
}

/**
 * The placeholder attribute, or for a select its prompt option: a first option with no value (often disabled) whose
 * text names the field («Категория получателя») is the select's placeholder.
 */
function placeholderOf(el: Element): string {
  const own = cleanText(el.getAttribute('placeholder'));
  if (own || el.tagName.toLowerCase() !== 'select') return own;
  const first = (el as HTMLSelectElement).options?.[0];
  return first && first.value === '' ? cleanText(first.textContent) : '';
}

/** All hints of one control. */
export function describeControl(el: Element, doc: Document): ControlHints {
  return {
    label: labelOf(el, doc),
    section: sectionOfControl(el, doc),
    name: el.getAttribute('name') ?? '',
    id: el.getAttribute('id') ?? '',
    placeholder: placeholderOf(el),
    title: cleanText(el.getAttribute('title')),
  };
}
