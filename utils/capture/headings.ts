import type { Section } from '../checklist/keys';
import { classifyField, sectionOf } from '../fields/meanings';
import { type Party, partyOf } from '../fields/party';
import { childElements } from '../fields/text';

// Which heading-like elements start a section, and whose data (the citizen's or someone else's) a heading announces.
// What a heading *means* (identity document, basis document, …) is decided by utils/fields (`sectionOf`) alone.

export interface Heading {
  text: string;
  /** 1–6 for real headings; 7 for bold blocks and heading rows that any real heading closes. */
  level: number;
  section: Section;
  party: Party;
}

const TITLE_CLASS =
  /(^|[-_\s])(section|block|group|panel|card|form|fieldset|box|widget)[-_]{0,2}(title|header|heading|caption|name)([-_\s]|$)|(^|\s)(title|header|heading|caption|subtitle|section-head)(\s|$)/i;
/**
 * Component libraries name titles by their block: `ant-descriptions-title`, `MuiCardHeader-title`, `x-panel__header`
 * (not `…-caption`: `MuiTypography-caption` is a field's small label).
 */
const TITLE_TOKEN = /^[a-z][\w-]*?(?:-|__)(?:title|heading|header)$/i;
/** …but a field's own title (`field-title`, `item__title`) is a label. */
const LABEL_TOKEN = /(?:field|item|row|info|prop|property|label|term|cell|col)(?:-|__)?(?:title|head)/i;
const MAX_HEADING_CHARS = 120;

function hasTitleClass(cls: string): boolean {
  return TITLE_CLASS.test(cls) || cls.split(/\s+/).some((t) => TITLE_TOKEN.test(t) && !LABEL_TOKEN.test(t));
}

export function makeHeading(text: string, level: number): Heading | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > MAX_HEADING_CHARS) return null;
  return { text: clean, level, section: sectionOf(clean), party: partyOf(clean) };
}

/** A heading that applies in document order until a heading of the same or a higher level. */
export function flowHeadingLevel(el: Element): number | null {
  const tag = el.localName;
  if (/^h[1-6]$/.test(tag)) return Number(tag[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  if (tag === 'tr' && isHeadingRow(el)) return 7;
  if ((tag === 'div' || tag === 'p' || tag === 'span' || tag === 'header') && isTitleBlock(el)) {
    return isFieldLabel(el.textContent ?? '') ? null : 7;
  }
  if ((tag === 'li' || tag === 'div') && isLoneRowHeading(el)) return 7;
  return null;
}

/**
 * A list of «label | value» rows interrupted by a row of plain text that names a section or a person
 * (`li.list-group-item.active` «Паспорт гражданина РФ»): like a table's heading row, it heads the rows after it.
 */
function isLoneRowHeading(el: Element): boolean {
  if (el.childElementCount > 0) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_HEADING_CHARS || hasValueAfterColon(text)) return false;
  if (sectionOf(text) === 'unknown' && partyOf(text) === null) return false;
  const rows = (el.parentElement ? childElements(el.parentElement) : []).filter(
    (s) => s !== el && s.childElementCount === 2,
  );
  return rows.length >= 2;
}

/** A bold «Фамилия» or a div.title «Дата рождения» in a card is a field's label, not a section heading. */
function isFieldLabel(text: string): boolean {
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/[:*\s]+$/, '')
    .trim();
  return sectionOf(clean) === 'unknown' && classifyField({ label: clean }) !== null;
}

/** A table row with a single cell (usually colspan) and no control: a section caption inside the table. */
function isHeadingRow(tr: Element): boolean {
  const cells = childElements(tr).filter((c) => c.localName === 'td' || c.localName === 'th');
  if (cells.length !== 1) return false;
  const cell = cells[0];
  const text = cell.textContent?.trim() ?? '';
  const spans =
    Number(cell.getAttribute('colspan')) > 1 || cell.localName === 'th' || !!cell.querySelector('b,strong');
  return (
    spans && text.length > 0 && !hasValueAfterColon(text) && !cell.querySelector('input,select,textarea')
  );
}

/** `.section-title`-like block, or a block whose whole text is bold, with no «Метка: значение» inside. */
function isTitleBlock(el: Element): boolean {
  const text = el.textContent?.trim() ?? '';
  if (!text || text.length > MAX_HEADING_CHARS || hasValueAfterColon(text)) return false;
  if (el.querySelector('input,select,textarea,table,dl,ul,ol,p,div')) return false;
  const cls = el.getAttribute('class') ?? '';
  if (hasTitleClass(cls)) return true;
  if (el.localName === 'span') return false;
  const bold = Array.from(el.querySelectorAll('b,strong'))
    .map((b) => b.textContent ?? '')
    .join('')
    .trim();
  return bold.length > 0 && bold.replace(/\s+/g, '') === text.replace(/\s+/g, '');
}

function hasValueAfterColon(text: string): boolean {
  return /:\s*\S/.test(text);
}

/** Headings that apply only inside their container: legend, caption, a labelled region. */
export function scopedHeadingText(el: Element, doc: Document): string | null {
  const tag = el.localName;
  if (tag === 'fieldset') return childText(el, 'legend');
  if (tag === 'table') return childText(el, 'caption');
  const role = el.getAttribute('role');
  const regionLike =
    tag === 'section' || tag === 'form' || role === 'region' || role === 'group' || role === 'tabpanel';
  if (!regionLike) return null;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  return el.getAttribute('aria-label');
}

function childText(el: Element, tag: string): string | null {
  const child = childElements(el).find((c) => c.localName === tag);
  return child?.textContent?.trim() || null;
}
