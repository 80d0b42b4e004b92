// Seeing into the page's shadow roots. An event from inside a CLOSED root reaches `window` retargeted to the root's
// host; the extension may still open such roots, and finds the element the event went to by the pointer's position
// or, for keys, by the root's focused element.

export type ShadowRootOf = (el: Element) => ShadowRoot | null;

interface DomApi {
  openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null;
}

/**
 * The content script's way to open any of the page's shadow roots: `chrome.dom.openOrClosedShadowRoot(el)` in
 * Chromium, the `el.openOrClosedShadowRoot` property in Firefox (a method in some builds); elsewhere (tests) open
 * roots only.
 */
export function openOrClosedShadowRoot(el: Element): ShadowRoot | null {
  const dom = (globalThis as { chrome?: { dom?: DomApi } }).chrome?.dom;
  try {
    if (dom?.openOrClosedShadowRoot) return dom.openOrClosedShadowRoot(el) ?? null;
    const firefox = (
      el as Element & { openOrClosedShadowRoot?: ShadowRoot | null | (() => ShadowRoot | null) }
    ).openOrClosedShadowRoot;
    const root = typeof firefox === 'function' ? firefox.call(el) : firefox;
    return root === undefined ? el.shadowRoot : root;
  } catch {
    // Not an element the API accepts (SVG in Chromium): it has no root we could use.
    return null;
  }
}

const isShadowRoot = (node: unknown): node is ShadowRoot =>
  (node as Node | null)?.nodeType === 11 && 'host' in (node as ShadowRoot);

/** The viewport point of a mouse, pointer or touch event; null for a scripted event that has none. */
function pointOf(event: Event): [number, number] | null {
  const e = event as MouseEvent & Partial<TouchEvent>;
  const at = e.changedTouches?.[0] ?? e;
  return at.clientX || at.clientY ? [at.clientX, at.clientY] : null;
}

/**
 * The event's composed path with what a closed root hid put back in front: from the retargeted host down to the
 * element under the pointer (or the focused one for keys), through nested closed roots. Every shadow root met is
 * given to `onRoot`, so events that never leave a root (submit, scripted non-composed ones) can be watched there.
 */
export function deepPath(
  event: Event,
  shadowRootOf: ShadowRootOf | undefined,
  onRoot: (root: ShadowRoot) => void,
): EventTarget[] {
  const path = event.composedPath();
  for (const node of path) if (isShadowRoot(node)) onRoot(node);
  if (!shadowRootOf) return path;
  const point = pointOf(event);
  const isKey = event.type.startsWith('key');
  for (let host = path[0] as Element, first = true; host?.nodeType === 1; first = false) {
    const root = shadowRootOf(host);
    // The target's own open root is already in the path: the event really went to the host itself.
    if (!root || (first && root === host.shadowRoot)) break;
    onRoot(root);
    const inner = isKey ? root.activeElement : point && root.elementFromPoint(point[0], point[1]);
    if (!inner || inner === host) break;
    const inside: EventTarget[] = [];
    for (let node: Node | null = inner; node && node !== root; node = node.parentNode) inside.push(node);
    path.unshift(...inside, root);
    host = inner;
  }
  return path;
}
