import { childNodesOf, chosenOptionIn } from '../fields/text';
import type { VisibleIndex } from './walk';

// Reading what the clerk sees: visible text with line breaks where the page breaks lines, and the shown value of
// a form control.

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export function isControl(el: Element): boolean {
  return el.localName === 'input' || el.localName === 'select' || el.localName === 'textarea';
}

/**
 * Visible text of `el`, with '\n' at <br> and block boundaries; `skip` elements (already read) contribute nothing.
 * Controls contribute their shown value, so «Дата рождения: [01.01.1950]» reads as one line.
 */
export function visibleText(el: Element, index: VisibleIndex, skip?: Set<Element>): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of childNodesOf(node)) {
      if (child.nodeType === 3) {
        out += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (!index.position.has(element) || skip?.has(element) || isAction(element)) continue;
      if (element.localName === 'br') {
        out += '\n';
        continue;
      }
      if (isControl(element)) {
        out += ` ${controlValue(element)} `;
        continue;
      }
      const block = isBlock(element);
      if (block) out += '\n';
      else if (element.localName === 'td' || element.localName === 'th') out += ' ';
      walk(element);
      if (block) out += '\n';
    }
  };
  walk(el);
  return out;
}

const ACTION_TEXT =
  /^(?:изменить|редактировать|ред\.|показать|скрыть|скопировать|копировать|подробнее|проверить|очистить|удалить|добавить|✎|…)$/i;

/** «изменить» links and role=button beside a value are controls, not part of the value. */
function isAction(el: Element): boolean {
  if (el.getAttribute('role') === 'button') return true;
  return el.localName === 'a' && ACTION_TEXT.test((el.textContent ?? '').trim());
}

/** One line: whitespace collapsed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A label as written, minus the colon and required-field stars around it. */
export function cleanLabel(text: string): string {
  return oneLine(text)
    .replace(/^[*\s]+/, '')
    .replace(/[\s:*]+$/, '')
    .trim();
}

/** The value a control shows; '' for choices nobody made and for controls that hold no data. */
export function controlValue(el: Element): string {
  if (el.localName === 'select') {
    const option = chosenOptionIn(el);
    if (!option || option.value === '' || option.disabled) return '';
    return oneLine(option.textContent ?? '');
  }
  if (el.localName === 'textarea') return (el as HTMLTextAreaElement).value.trim();
  const input = el as HTMLInputElement;
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (/^(checkbox|radio|button|submit|reset|image|file|hidden|password|search|range|color)$/.test(type))
    return '';
  return input.value.trim();
}

const EMPTY_VALUES =
  /^(?:[-–—_.\s]*|не\s+указан[оаы]?|нет|нет\s+данных|отсутству[ею]т|н\/д|—\s*не\s+выбрано\s*—|не\s+выбран[оа]?|выберите.*)$/i;

/** «—», «не указано», «нет» and the like mean «no value». */
export function isEmptyValue(value: string): boolean {
  return EMPTY_VALUES.test(value.trim());
}
