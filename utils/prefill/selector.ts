// A CSS selector that finds one control again on a later visit of the same page: for a per-site field mapping
// (`settings.sites[].fields`) chosen by the clerk in one click or by an administrator pointing at a field. Human and
// stable attributes first — id, name, the label's ARIA relation, aria-label, placeholder, a framework's field name —
// then the same inside the nearest ancestor with a stable id; never a chain of positions, which breaks with the
// next build of the page. '' when nothing finds the element alone.

/** Ids and names libraries generate per render («:r3:», «mui-12», «el-id-1024-5», «react-select-2-input»). */
const GENERATED =
  /:|^(?:mui|rc[_-]|el-id|react-select|select2|mat-|cdk-|ember|ext-gen|ext-comp|headlessui|radix|downshift|choices-|tippy|v-|input-\d|field-\d|id\d)|\d{4,}|[0-9a-f]{8}-[0-9a-f]{4}/i;

/** Attributes that name a field: its own, its label's relation, frameworks' and test hooks'. */
const NAMING_ATTRIBUTES = [
  'name',
  'aria-labelledby',
  'aria-label',
  'placeholder',
  'data-field',
  'data-name',
  'data-testid',
  'data-test',
  'data-qa',
  'formcontrolname',
  'ng-model',
];

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function idSelector(id: string): string {
  return /^[A-Za-z][\w-]*$/.test(id) ? `#${id}` : `[id=${quote(id)}]`;
}

function finds(scope: Document | Element, selector: string, el: Element): boolean {
  try {
    const found = scope.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** The element's own stable attributes, as selectors from the strongest to the weakest. */
function ownSelectors(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && !GENERATED.test(id)) out.push(idSelector(id));
  for (const name of NAMING_ATTRIBUTES) {
    // aria-labelledby may list several ids: its first (the label's) is matched as a word of the list.
    const list = name === 'aria-labelledby';
    const value = list ? el.getAttribute(name)?.split(/\s+/)[0] : el.getAttribute(name);
    if (value && !GENERATED.test(value)) out.push(`${tag}[${name}${list ? '~' : ''}=${quote(value)}]`);
  }
  return out;
}

/** The selector for `el` (a field, a dropdown's trigger or its native select), or ''. */
export function selectorFor(el: Element): string {
  if (el.getRootNode().nodeType !== 9) return ''; // inside a shadow root: a document selector cannot reach it
  const doc = el.ownerDocument;
  const own = ownSelectors(el);
  const alone = own.find((s) => finds(doc, s, el));
  if (alone) return alone;
  // The same attributes inside the nearest ancestor with a stable id of its own (a block repeating «Номер»).
  for (let box = el.parentElement; box && box !== doc.body; box = box.parentElement) {
    const id = box.getAttribute('id');
    if (!id || GENERATED.test(id) || !finds(doc, idSelector(id), box)) continue;
    const scoped = own.find((s) => finds(box, s, el));
    return scoped ? `${idSelector(id)} ${scoped}` : '';
  }
  return '';
}
