import { childElements, cleanText, hasControl, labelledByText, parentOf, textWithoutControls } from './text';

// The heading a control sits under: the nearest enclosing fieldset legend / group label / table caption, or the
// nearest heading before it (searched sibling by sibling while climbing). Every step is remembered per element, so a
// whole form is described in time proportional to its size (a table of 2,000 rows does not rescan earlier rows).
// The heading's element also names the control's block: controls under one heading describe one thing.

export interface SectionHeading {
  text: string;
  /** The heading, legend's fieldset, group or table: the same node for every control of the block. */
  node: Element;
}

/** A heading by its element or role: what it titles is a part of the form, never one field. */
export const TRUE_HEADING = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
// A separator with text is a divider titling what follows (antd, Element Plus, MUI, Naive UI); an empty one is a line.
// A group's caption titles it (DevExtreme's `dx-form-group-caption`); a bare «caption» class is often a field's hint.
const HEADING_SELECTOR = `${TRUE_HEADING},legend,caption,summary,th[colspan],[class*="title" i],[class*="heading" i],[class*="header" i],[class*="group-caption" i],[role="separator"]:not(:empty)`;
const MAX_SECTION = 200;

/** A group's own name: the elements its aria-labelledby names, or its aria-label. */
function groupLabel(el: Element, doc: Document): string {
  return labelledByText(el, doc) || cleanText(el.getAttribute('aria-label'));
}

/**
 * A table row that titles the rows after it: one cell with text, spanning the row (`<tr><td colspan="2">Документ,
 * подтверждающий льготу</td></tr>`) or alone in a table whose other rows have more cells, and no control in it.
 */
export function isTitleRow(row: Element): boolean {
  if (row.tagName !== 'TR' || hasControl(row)) return false;
  const cells = childElements(row).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  const filled = cells.filter((c) => textWithoutControls(c) !== '');
  if (filled.length !== 1) return false;
  if ((filled[0] as HTMLTableCellElement).colSpan > 1) return true;
  if (cells.length !== 1) return false;
  const neighbour = row.nextElementSibling ?? row.previousElementSibling;
  return neighbour !== null && neighbour.childElementCount > 1;
}

/** Finds headings for many controls of one document, remembering what it has seen. */
export function createSectionFinder(doc: Document) {
  const headingInMemo = new Map<Element, SectionHeading | null>();
  const beforeMemo = new Map<Element, SectionHeading | null>();
  const upMemo = new Map<Element, SectionHeading | null>();

  const valid = (node: Element, text: string): SectionHeading | null =>
    text && text.length <= MAX_SECTION ? { text, node } : null;

  /** The last heading inside `sib` (or `sib` itself) that speaks for what follows `sib`. */
  function headingIn(sib: Element): SectionHeading | null {
    const known = headingInMemo.get(sib);
    if (known !== undefined) return known;
    let found: SectionHeading | null = null;
    if (isTitleRow(sib)) found = valid(sib, textWithoutControls(sib));
    else if (sib.tagName === 'TR' && hasControl(sib)) {
      // A row of fields titles nothing: its label cell («field-title») is its own field's label.
    } else {
      // A legend, caption or heading closed inside a fieldset or table before the control belongs to that box only.
      const speaksForward = (h: Element) => {
        if (hasControl(h) || h.matches('legend,caption')) return false;
        const box = h.closest('fieldset,table');
        return box === null || !sib.contains(box);
      };
      let heading: Element | null = null;
      if (sib.matches(HEADING_SELECTOR)) heading = speaksForward(sib) ? sib : null;
      else if (sib.firstElementChild) {
        const all = Array.from(sib.querySelectorAll(HEADING_SELECTOR)).filter(speaksForward);
        heading = all.length > 0 ? all[all.length - 1] : null;
      }
      if (heading) found = valid(heading, textWithoutControls(heading));
    }
    headingInMemo.set(sib, found);
    return found;
  }

  /** The nearest heading among the previous siblings of `node`. */
  function before(node: Element): SectionHeading | null {
    const chain: Element[] = [];
    let cur = node;
    let result: SectionHeading | null = null;
    for (;;) {
      const known = beforeMemo.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(cur);
      const prev = cur.previousElementSibling;
      if (!prev) break;
      result = headingIn(prev);
      if (result) break;
      cur = prev;
    }
    for (const c of chain) beforeMemo.set(c, result);
    return result;
  }

  /** What a box itself says it is: a fieldset's legend, a group's or tab panel's label, a table's caption. */
  function enclosing(node: Element): SectionHeading | null {
    const tag = node.localName;
    if (tag === 'fieldset') {
      const legend = node.querySelector(':scope>legend');
      const t = legend ? textWithoutControls(legend) : groupLabel(node, doc);
      if (t) return { text: t.slice(0, MAX_SECTION), node };
    }
    const role = node.getAttribute('role');
    // A card's tabs are its sections: a tab panel is named by its tab (aria-labelledby).
    if (
      role === 'group' ||
      role === 'region' ||
      role === 'radiogroup' ||
      role === 'tabpanel' ||
      tag === 'section'
    ) {
      // Bootstrap 3 marks up the tab alone: the tab that controls the panel names it (a panel with no id has none).
      const tab =
        role === 'tabpanel' && node.id && doc.querySelector(`[aria-controls="${CSS.escape(node.id)}"]`);
      const t = groupLabel(node, doc) || (tab ? textWithoutControls(tab) : '');
      if (t) return { text: t.slice(0, MAX_SECTION), node };
    }
    if (tag === 'table') {
      const caption = node.querySelector(':scope>caption');
      const t = caption ? textWithoutControls(caption) : '';
      if (t) return { text: t.slice(0, MAX_SECTION), node };
    }
    return null;
  }

  /** The heading of the part of the page from `node` upwards (node's own box first). */
  function up(start: Element | null): SectionHeading | null {
    const chain: Element[] = [];
    let node = start;
    let result: SectionHeading | null = null;
    while (node && node !== doc.body && node !== doc.documentElement) {
      const known = upMemo.get(node);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(node);
      result = enclosing(node) ?? before(node);
      if (result) break;
      node = parentOf(node);
    }
    for (const c of chain) upMemo.set(c, result);
    return result;
  }

  return {
    /** The section heading of a control (or of any element: a group's root, a date trio's box). */
    headingOf(el: Element): SectionHeading | null {
      return before(el) ?? up(parentOf(el));
    },
  };
}

export type SectionFinder = ReturnType<typeof createSectionFinder>;
