import { type AstEntity, createParser, type ParserError, traverse } from 'css-selector-parser';
import { looksGenerated } from './generated-id';

// CSS selectors an administrator gives for a site (issue control, field mappings). Checked by a parser rather than
// `querySelector`, so the background (a service worker without a DOM in Chrome) and the options page decide alike.

const parse = createParser({ syntax: 'latest', strict: true });

function parserReason(error: unknown): string {
  const { message = '', position } = (error ?? {}) as Partial<ParserError>;
  const pseudo = /Unknown pseudo-(class|element): "([^"]+)"/.exec(message);
  const where = typeof position === 'number' ? ` (позиция ${position + 1})` : '';
  if (pseudo)
    return `неизвестный псевдо${pseudo[1] === 'class' ? 'класс' : 'элемент'} «${pseudo[2]}»${where}`;
  return `ошибка в записи селектора${where}`;
}

function nodesOf(selector: string): AstEntity[] {
  const nodes: AstEntity[] = [];
  traverse(parse(selector), (node) => {
    nodes.push(node);
  });
  return nodes;
}

/** The Russian reason a selector cannot be used, or null when it can. */
export function selectorProblem(selector: string): string | null {
  if (!selector.trim()) return 'пустой CSS-селектор';
  let nodes: AstEntity[];
  try {
    nodes = nodesOf(selector);
  } catch (error) {
    return `CSS-селектор не распознан: ${parserReason(error)}`;
  }
  if (nodes.some((n) => n.type === 'PseudoElement'))
    return 'псевдоэлементы (::…) не выбирают поле на странице';
  return null;
}

const POSITIONAL = /^nth-|^(first|last|only)-(child|of-type)$/;

/**
 * Why a valid selector may stop working when the page changes (Russian, one line each). Empty for robust selectors:
 * an id, a name, a label or ARIA attribute.
 */
export function selectorWarnings(selector: string): string[] {
  let nodes: AstEntity[];
  try {
    nodes = nodesOf(selector);
  } catch {
    return [];
  }
  const warnings: string[] = [];
  if (nodes.some((n) => n.type === 'PseudoClass' && POSITIONAL.test(n.name)))
    warnings.push(
      'Селектор зависит от порядка элементов (:nth-child и т. п.) и сломается при изменении страницы.',
    );
  const combinators = nodes.filter((n) => n.type === 'Rule' && n.nestedRule).length;
  if (combinators >= 3)
    warnings.push('Длинная цепочка вложенности: лучше опереться на id, name или подпись поля.');
  const ids = nodes.flatMap((n) => (n.type === 'Id' ? [n.name] : []));
  if (ids.some(looksGenerated))
    warnings.push('Похоже на id, созданный программой автоматически: он может меняться при каждой загрузке.');
  const anchors = nodes.some((n) => n.type === 'Id' || n.type === 'Attribute' || n.type === 'ClassName');
  if (!anchors) warnings.push('Селектор слишком общий: он выберет первое подходящее поле на странице.');
  return warnings;
}
