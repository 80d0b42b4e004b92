import type { Section } from '../checklist/keys';
import { childElements, childNodesOf } from '../fields/text';
import { controlValue, isControl, oneLine, visibleText } from './text';
import type { VisibleIndex } from './walk';

/** A label and the value shown beside it, before anyone decided what they mean. */
export interface RawPair {
  label: string;
  value: string;
  /** Where the value sits: decides document order and the section. */
  anchor: Element;
  /** A section known from the pair's own row (e.g. «Паспорт» in a documents table), stronger than headings. */
  section?: Section;
  /** Attributes of the control the value came from: more evidence for the field's meaning. */
  hints?: { name?: string; id?: string; placeholder?: string; title?: string };
}

/** Shared state of one extraction: elements already read are not read twice. */
export interface Extraction {
  index: VisibleIndex;
  pairs: RawPair[];
  consumed: Set<Element>;
}

const MAX_LABEL_CHARS = 70;

/** Short, starts with a letter, a few words: something a person wrote as a field name. */
export function looksLikeLabel(text: string): boolean {
  if (!text || text.length > MAX_LABEL_CHARS) return false;
  if (!/^[\p{L}№(«"]/u.test(text)) return false;
  return text.split(/\s+/).length <= 9;
}

/** Visible controls inside `el` (or `el` itself). */
export function controlsIn(el: Element, index: VisibleIndex): Element[] {
  if (isControl(el)) return index.position.has(el) ? [el] : [];
  return Array.from(el.querySelectorAll('input,select,textarea')).filter((c) => index.position.has(c));
}

/**
 * What a cell, dd or value block shows: its controls' values if it has any, else its text with one '\n' where the
 * page breaks lines (<br>, blocks) — «Кузьмина В. Е.<br>жен., 74 года» keeps its annotation on a line of its own.
 */
export function shownValue(el: Element, index: VisibleIndex): string {
  const controls = controlsIn(el, index);
  if (controls.length > 0) {
    return oneLine(
      controls
        .map(controlValue)
        .filter((v) => v)
        .join(' '),
    );
  }
  const items = listItems(el, index);
  return (items ?? [visibleText(el, index)])
    .join('\n')
    .split('\n')
    .map(oneLine)
    .filter((line) => line)
    .join('\n');
}

export function consume(ex: Extraction, ...elements: Element[]): void {
  for (const el of elements) {
    ex.consumed.add(el);
    for (const c of controlsIn(el, ex.index)) ex.consumed.add(c);
  }
}

/**
 * Chips, tags or badges side by side (`span.chip` + `span.chip`, nothing but spaces between): one item each, on lines
 * of their own, so «Инвалид III группы» and «Ветеран труда» are not read as one name.
 */
function listItems(el: Element, index: VisibleIndex): string[] | null {
  const children = childElements(el).filter((c) => index.position.has(c));
  if (children.length < 2) return null;
  const shape = (c: Element) => `${c.localName}.${c.getAttribute('class') ?? ''}`;
  if (!children[0].getAttribute('class') || children.some((c) => shape(c) !== shape(children[0])))
    return null;
  const looseText = childNodesOf(el).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
  return looseText ? null : children.map((c) => visibleText(c, index));
}
