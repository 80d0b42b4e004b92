import type { Section } from '../checklist/keys';
import type { Party } from '../fields/party';
import { childElements } from '../fields/text';
import { flowHeadingLevel, type Heading, makeHeading, scopedHeadingText } from './headings';

// One pass over the visible DOM in document order: gives every visible element its position and the section
// context (nearest headings) it sits in. Hidden subtrees are skipped whole, so extractors only see what the clerk sees.

export interface Context {
  section: Section;
  /** Text of the heading that decided `section` ('' when none did). */
  heading: string;
  party: Party;
}

export interface VisibleIndex {
  doc: Document;
  /** Visible elements in document order. */
  elements: Element[];
  position: Map<Element, number>;
  context: Map<Element, Context>;
  /** Visible frames whose content may be read (same-origin check happens later). */
  frames: HTMLIFrameElement[];
}

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'head',
  'karta-nso-panel',
  'button',
]);

/**
 * An inactive tab of the same card: a tab panel (role=tabpanel, the target of a role=tab, a `.tab-pane`) is hidden
 * only until the clerk clicks its tab, and the record it completes is the one on screen («Документы», «Льгота»).
 */
function isTabPanel(el: Element, tabTargets: Set<string>): boolean {
  if (el.getAttribute('role') === 'tabpanel') return true;
  if (/(^|[\s_-])tab-?pane(?![a-z])/i.test(el.getAttribute('class') ?? '')) return true;
  const id = el.getAttribute('id');
  return !!id && tabTargets.has(id);
}

/** Ids of the panels that the page's tabs (role=tab with aria-controls) show. */
function tabTargetsOf(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const tab of Array.from(doc.querySelectorAll('[role="tab"][aria-controls]'))) {
    for (const id of (tab.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  return ids;
}

export function isHidden(el: Element, win: Window | null, tabTargets: Set<string> = new Set()): boolean {
  if (isTabPanel(el, tabTargets)) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) {
    return true;
  }
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden') return true;
  const style = win?.getComputedStyle(el);
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

export function indexVisible(
  doc: Document,
  initial: Context = { section: 'unknown', heading: '', party: null },
): VisibleIndex {
  const win = doc.defaultView;
  const tabTargets = tabTargetsOf(doc);
  const index: VisibleIndex = { doc, elements: [], position: new Map(), context: new Map(), frames: [] };
  // The stack of open headings; `base` marks where the innermost scoped container (fieldset, table…) begins.
  const stack: Heading[] = [];
  let base = 0;
  let current = initial;

  const recompute = () => {
    current = contextOf(stack, initial);
  };

  const visit = (el: Element) => {
    if (SKIP_TAGS.has(el.localName) || isHidden(el, win, tabTargets)) return;
    const level = flowHeadingLevel(el);
    if (level !== null) {
      const heading = makeHeading(el.textContent ?? '', level);
      if (heading) pushFlow(heading);
    }
    index.position.set(el, index.elements.length);
    index.elements.push(el);
    index.context.set(el, current);
    if (el.localName === 'iframe' || el.localName === 'frame') index.frames.push(el as HTMLIFrameElement);

    const scoped = scopedHeadingText(el, doc);
    const scopedHeading = scoped ? makeHeading(scoped, 0) : null;
    const savedBase = base;
    const savedLength = stack.length;
    if (scopedHeading) {
      stack.push(scopedHeading);
      base = stack.length;
      recompute();
    }
    for (const child of childElements(el)) visit(child);
    // Open shadow roots of the page's own web components hold what the clerk sees too.
    if (el.shadowRoot) for (const child of childElements(el.shadowRoot)) visit(child);
    if (scopedHeading) {
      stack.length = savedLength;
      base = savedBase;
      recompute();
    } else if (el.localName === 'table' && stack.length > savedLength) {
      // Heading rows name parts of their table only; real headings inside a layout table still flow on.
      const kept = stack.splice(savedLength).filter((h) => h.level < 7);
      stack.push(...kept);
      recompute();
    }
  };

  const pushFlow = (heading: Heading) => {
    let inherited: Party = null;
    while (stack.length > base && stack[stack.length - 1].level >= heading.level) {
      inherited = stack.pop()?.party ?? inherited;
    }
    // Flat headings: «Сведения о представителе» then «Документ, удостоверяющий личность» is still the
    // representative's document; a benefit and its basis document are always the citizen's own.
    if (!heading.party && heading.section === 'identity') heading.party = inherited;
    if (!heading.party && (heading.section === 'benefit' || heading.section === 'basis'))
      heading.party = 'applicant';
    stack.push(heading);
    recompute();
  };

  if (doc.body) visit(doc.body);
  return index;
}

/** The most specific heading that names a section decides the section; likewise for the party. */
function contextOf(stack: Heading[], initial: Context): Context {
  let { section, heading, party } = initial;
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].section !== 'unknown') {
      section = stack[i].section;
      heading = stack[i].text;
      break;
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].party) {
      party = stack[i].party;
      break;
    }
  }
  return { section, heading, party };
}
