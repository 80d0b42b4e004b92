import { looksGenerated } from '../settings/generated-id';

// A CSS selector for a field, meant to survive the page's next release: for a per-site field mapping
// (`settings.sites[].fields`) that an administrator points at with the field picker or the clerk chooses in one
// click. The field's own id, name, test or framework attributes and ARIA label relations come first, then the same
// inside a stable ancestor (an id, a data attribute, a named form). Never positions (:nth-child) and never styling
// classes.

/** Every element a selector matches where a mapping is looked up (all same-origin frames), in that order. */
export type MatchAll = (selector: string) => Element[];

/** Own attributes that name a field, best first. `aria-labelledby` points at the label's id. */
const OWN_ATTRIBUTES = [
  'name',
  'data-field',
  'data-name',
  'data-testid',
  'data-test',
  'data-qa',
  'formcontrolname',
  'ng-model',
  'aria-labelledby',
  'aria-label',
  'placeholder',
  'title',
];
/** Attributes that make an ancestor a stable place to look in. */
const ANCHOR_ATTRIBUTES = ['data-section', 'data-testid', 'data-test', 'data-qa', 'name', 'aria-label'];
const MAX_VALUE = 80;
const MAX_SELECTOR = 200;
const MAX_ANCESTORS = 12;
const PLAIN_ID = /^[A-Za-z_][\w-]*$/;

/** A CSS string literal that needs no escapes (readable, and parsed alike everywhere), or null. */
export function cssString(value: string): string | null {
  if (/[\\\n\r]/.test(value)) return null;
  if (!value.includes('"')) return `"${value}"`;
  return value.includes("'") ? null : `'${value}'`;
}

function stable(value: string | null): value is string {
  if (!value?.trim() || value.length > MAX_VALUE) return false;
  return !value.split(/\s+/).some(looksGenerated);
}

function idSelector(el: Element): string | null {
  const { id } = el;
  if (!stable(id)) return null;
  if (PLAIN_ID.test(id)) return `#${id}`;
  const quoted = cssString(id);
  return quoted && `[id=${quoted}]`;
}

function attributeSelectors(el: Element, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const value = el.getAttribute(name);
    const quoted = stable(value) && cssString(value);
    if (quoted) out.push(`[${name}=${quoted}]`);
  }
  return out;
}

/** Selectors naming the element by itself, best first. */
function ownSelectors(el: Element): string[] {
  const tag = el.localName;
  const attrs = attributeSelectors(el, OWN_ATTRIBUTES);
  const pairs = attrs.flatMap((a, i) => attrs.slice(i + 1).map((b) => `${tag}${a}${b}`));
  const id = idSelector(el);
  return [...(id ? [id] : []), ...attrs.map((a) => `${tag}${a}`), ...pairs];
}

/** The element described by its kind only, for use inside an anchor. */
function kindSelectors(el: Element): string[] {
  const type = el.getAttribute('type');
  const role = el.getAttribute('role');
  return [
    ...(type && /^[\w-]+$/.test(type) ? [`${el.localName}[type="${type}"]`] : []),
    ...(role && /^[\w-]+$/.test(role) ? [`${el.localName}[role="${role}"]`] : []),
    el.localName,
  ];
}

function anchorSelector(el: Element): string | null {
  const id = idSelector(el);
  if (id) return id;
  const [attr] = attributeSelectors(el, ANCHOR_ATTRIBUTES);
  return attr ? `${el.localName}${attr}` : null;
}

function* anchored(target: Element): Generator<string> {
  const inner = [...ownSelectors(target).filter((s) => !s.startsWith('#')), ...kindSelectors(target)];
  let ancestor = target.parentElement;
  for (let depth = 0; ancestor && depth < MAX_ANCESTORS; depth++, ancestor = ancestor.parentElement) {
    const anchor = anchorSelector(ancestor);
    if (anchor) for (const s of inner) yield `${anchor} ${s}`;
  }
}

/** Every target's own names first, then every target inside its anchors. */
function* candidates(targets: readonly Element[]): Generator<string> {
  for (const target of targets) yield* ownSelectors(target);
  for (const target of targets) yield* anchored(target);
}

/**
 * The most robust selector that finds `targets[0]` — or an equivalent element from `targets` (a widget and the one
 * native control inside it) — and nothing else where `matchAll` looks. With no unique one: the selector with the
 * fewest matches among those whose first match is a target, so a prefill still reaches the clicked field.
 */
export function buildRobustSelector(targets: readonly Element[], matchAll: MatchAll): string {
  let best: { selector: string; count: number } | null = null;
  for (const selector of candidates(targets)) {
    if (selector.length > MAX_SELECTOR) continue;
    const found = matchAll(selector);
    if (!targets.includes(found[0])) continue;
    if (found.length === 1) return selector;
    if (!best || found.length < best.count) best = { selector, count: found.length };
  }
  return best?.selector ?? targets[0].localName;
}

/**
 * The selector that finds `el` alone in its document (a field, a dropdown's trigger or its native select), or ''
 * when none does: a clerk's remembered choice must never write into another field.
 */
export function selectorFor(el: Element): string {
  if (el.getRootNode().nodeType !== 9) return ''; // inside a shadow root: a document selector cannot reach it
  const doc = el.ownerDocument;
  const matchAll = (selector: string) => {
    try {
      return Array.from(doc.querySelectorAll(selector));
    } catch {
      return [];
    }
  };
  const selector = buildRobustSelector([el], matchAll);
  const found = matchAll(selector);
  return found.length === 1 && found[0] === el ? selector : '';
}
