// happy-dom's selector engine matches `:defined` nowhere and counts text as nothing for `:empty`; the browsers match
// `:defined` on every element but a custom one not upgraded yet, and `:empty` only where no element and no text is.
// The agent tells components still waiting for their definition by those two (watched-controls.ts): taught here, so
// its tests run against what the browsers do.
import * as PropertySymbol from 'happy-dom/lib/PropertySymbol.js';
import SelectorItem from 'happy-dom/lib/query-selector/SelectorItem.js';

type Pseudo = { name: string };
type Match = { priorityWeight: number } | null;
const proto = SelectorItem.prototype as unknown as {
  matchPseudoItem(scope: unknown, el: Element, siblings: unknown, pseudo: Pseudo, ignore: unknown): Match;
};
const own = proto.matchPseudoItem;

function isDefined(el: Element): boolean {
  if (!el.localName.includes('-')) return true;
  const definition = el.ownerDocument.defaultView?.customElements.get(el.localName);
  return definition !== undefined && el instanceof definition;
}

proto.matchPseudoItem = function (scope, el, siblings, pseudo, ignore) {
  if (pseudo.name === 'defined') return isDefined(el) ? { priorityWeight: 10 } : null;
  if (pseudo.name === 'empty') {
    const empty = Array.from(el.childNodes).every((n) => n.nodeType !== 1 && n.nodeType !== 3);
    return empty ? { priorityWeight: 10 } : null;
  }
  return own.call(this, scope, el, siblings, pseudo, ignore);
};

// happy-dom keeps query results until a node changes; an upgrade changes none, while the browsers' `:defined` follows
// it at once.
// (A file that runs in Node, without a page, has no registry.)
if (typeof customElements !== 'undefined') {
  const registry = customElements.constructor.prototype as CustomElementRegistry;
  const define = registry.define;
  registry.define = function (...args: Parameters<CustomElementRegistry['define']>) {
    define.apply(this, args);
    (document as unknown as Record<symbol, () => void>)[PropertySymbol.clearCache]();
  };
}
