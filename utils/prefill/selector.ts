// A CSS selector that finds one control again on a later visit of the same page: for a per-site field mapping
// (`settings.sites[].fields`) chosen by the clerk in one click or by an administrator pointing at a field. Human and
// stable attributes first — id, name, the label's ARIA relation, aria-label, placeholder, a framework's field name —
// and never a chain of positions, which breaks with the next build of the page. '' when nothing is unique.

/** Ids and names libraries generate per render («:r3:», «mui-12», «el-id-1024-5», «react-select-2-input»). */
const GENERATED =
  /:|^(?:mui|rc[_-]|el-id|react-select|select2|mat-|cdk-|ember|ext-gen|ext-comp|headlessui|radix|downshift|choices-|tippy|v-|input-\d|field-\d|id\d)|\d{4,}|[0-9a-f]{8}-[0-9a-f]{4}/i;

/** Attributes of frameworks and test hooks that name a field. */
const NAMING_ATTRIBUTES = [
  'data-field',
  'data-name',
  'data-testid',
  'data-test',
  'data-qa',
  'formcontrolname',
  'ng-model',
  'data-bind',
];

export interface SelectorContext {
  /** How many elements of the document carry each id. */
  ids: Map<string, number>;
  /** How many controls of the document carry each name. */
  names: Map<string, number>;
}

/** CSS-escapes a string for use inside `[attr="…"]` or `#…`. */
function escapeCss(win: Window | null, value: string): string {
  const css = (win as unknown as { CSS?: { escape(s: string): string } } | null)?.CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/["\\]/g, '\\$&').replace(/\s/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

function attr(name: string, value: string): string {
  return `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

function uniqueIn(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/**
 * The selector for `el` (a field, a dropdown's box or trigger). Checks that need a document query are limited per
 * collect by `budget` (each call spends one), so describing thousands of controls stays linear.
 */
export function selectorFor(el: Element, ctx: SelectorContext, budget: { left: number }): string {
  if (el.getRootNode().nodeType !== 9) return ''; // inside a shadow root: a document selector cannot reach it
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id && !GENERATED.test(id) && ctx.ids.get(id) === 1) return `#${escapeCss(win, id)}`;
  const name = el.getAttribute('name');
  if (name && !GENERATED.test(name) && ctx.names.get(name) === 1) return `${tag}${attr('name', name)}`;
  const candidates: string[] = [];
  const labelledBy = el.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  if (labelledBy && !GENERATED.test(labelledBy))
    candidates.push(`${tag}${attr('aria-labelledby', labelledBy)}`);
  for (const a of ['aria-label', 'placeholder', ...NAMING_ATTRIBUTES]) {
    const v = el.getAttribute(a);
    if (v && !GENERATED.test(v)) candidates.push(`${tag}${attr(a, v)}`);
  }
  for (const selector of candidates) {
    if (budget.left <= 0) return '';
    budget.left--;
    if (uniqueIn(doc, selector, el)) return selector;
  }
  return '';
}
