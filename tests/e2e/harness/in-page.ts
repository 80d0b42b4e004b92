// Functions serialised into the page or the extension page. Each must be self-contained: no imports, no closures.

export const PANEL_TAG = 'karta-nso-panel';

/** In the page or in the panel frame: is `selector` in the wanted state? No selector: the panel has rendered. */
export function elementState(selector: string | null, state: string): boolean {
  const el: Element | null = selector
    ? document.querySelector(selector)
    : (Array.from(document.getElementById('app')?.children ?? []).find(
        (c) => c.getClientRects().length > 0,
      ) ?? null);
  if (state === 'detached') return !el;
  if (!el) return false;
  if (state === 'attached') return true;
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
}

/** In the panel frame: rendered text of the panel, or of one element in it. */
export function panelInnerText(selector: string | null): string | null {
  const el = selector ? document.querySelector(selector) : document.getElementById('app');
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a clerk reads
  return el ? ((el as HTMLElement).innerText ?? el.textContent ?? '') : null;
}

/** In the panel frame: focus a control and select its contents so typing replaces them. */
export function focusPanelControl(selector: string): string {
  const el = document.querySelector(selector) as HTMLInputElement | null;
  if (!el) return 'missing';
  el.scrollIntoView({ block: 'center' });
  el.focus();
  if (typeof el.select === 'function') el.select();
  return el.tagName;
}

/**
 * In the page: the page's point for `at` in the panel frame's viewport of `size` — the frame fills its host, which
 * has no border or padding — or why not: the host is not that size yet or still moving (it is being collapsed or
 * expanded; the browser routes a click into the frame by where it last drew it), or something of the page lies over
 * that point. Without a host the panel page is its own top frame: `at` as it is.
 */
export async function panelPointOnPage(
  at: { x: number; y: number },
  size: { width: number; height: number },
): Promise<{ x: number; y: number } | { problem: string }> {
  const host = document.querySelector('karta-nso-panel');
  if (!host) return at;
  const box = host.getBoundingClientRect();
  if (Math.abs(box.width - size.width) > 1 || Math.abs(box.height - size.height) > 1)
    return {
      problem: `the panel's host is ${box.width}×${box.height}, its frame ${size.width}×${size.height}`,
    };
  // Two frames drawn (a hidden tab draws none: 100 ms at most), as playwright waits for a stable box.
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 100);
  });
  const now = host.getBoundingClientRect();
  if (now.left !== box.left || now.top !== box.top) return { problem: "the panel's host is moving" };
  const point = { x: box.left + at.x, y: box.top + at.y };
  const hit = document.elementFromPoint(point.x, point.y);
  return hit === host ? point : { problem: `the panel is covered by <${hit?.localName}>` };
}

/**
 * In a page or the panel frame: the viewport point at the centre of `selector` once it is enabled, holds still over
 * two frames and nothing else lies over it (the panel's sticky bar, a page's overlay) — scrolled into view, trying
 * the alignments playwright tries, when it is not hit where it is — else why not. The click itself is the driver's
 * mouse at that point: one round trip here instead of the drivers' own helpers, which they inject into every new
 * page and frame first.
 */
export async function clickPointOf(
  selector: string,
): Promise<{ x: number; y: number; viewport: { width: number; height: number } } | { problem: string }> {
  const el = document.querySelector(selector);
  if (!el) return { problem: 'not found' };
  // A disabled control is waited for, as playwright and puppeteer wait before clicking.
  if ((el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true')
    return { problem: 'disabled' };
  const centre = () => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const before = centre();
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 100);
  });
  const after = centre();
  if (Math.abs(after.x - before.x) > 0.5 || Math.abs(after.y - before.y) > 0.5) return { problem: 'moving' };
  const hitAt = (at: { x: number; y: number }) => document.elementFromPoint(at.x, at.y);
  const isHit = (hit: Element | null) => !!hit && (hit === el || el.contains(hit));
  const viewport = { width: innerWidth, height: innerHeight };
  for (const block of [null, 'center', 'start', 'end', 'nearest'] as const) {
    if (block) el.scrollIntoView({ block, inline: 'nearest' });
    const at = centre();
    if (isHit(hitAt(at))) return { ...at, viewport };
  }
  const hit = hitAt(centre());
  return {
    problem: hit ? `covered by <${hit.localName}${hit.id ? `#${hit.id}` : ''}>` : 'outside the viewport',
  };
}

/** In the panel frame: choose a `<select>` option by value or text, with the events a user's choice fires. */
export function selectPanelOption(selector: string, wanted: string): boolean {
  const el = document.querySelector(selector) as HTMLSelectElement | null;
  if (!el) return false;
  const option = Array.from(el.options).find((o) => o.value === wanted || o.text.trim() === wanted);
  if (!option) return false;
  el.focus();
  el.value = option.value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** In a frame: its address without query and hash (BiDi reports about:blank for extension frames in Firefox). */
export function frameAddress(): string {
  return `${location.protocol}//${location.host}${location.pathname}`;
}

/** In an extension page: the WebExtension API (`browser` in Firefox, `chrome` in Chromium; both promise-based). */
export async function storageOp(op: string, area: string, payload: unknown): Promise<unknown> {
  type Store = {
    set(items: unknown): Promise<void>;
    get(key: string | null): Promise<Record<string, unknown>>;
    clear(): Promise<void>;
  };
  type Api = {
    storage: Record<string, Store>;
    scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> };
  };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('not an extension page');
  const store = api.storage[area];
  if (op === 'set') return store.set(payload);
  if (op === 'clear') return store.clear();
  if (op === 'get') return store.get((payload as string | null) ?? null);
  if (op === 'matches') {
    const scripts = await api.scripting.getRegisteredContentScripts();
    return scripts.flatMap((s) => s.matches ?? []);
  }
  throw new Error(`unknown op ${op}`);
}

/** In an extension page: calls a WebExtension API method by its dotted path, e.g. `runtime.getManifest`. */
export async function callExtensionApi(method: string, args: unknown[]): Promise<unknown> {
  const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const parts = method.split('.');
  const name = parts.pop()!;
  let owner = (g.browser ?? g.chrome) as Record<string, unknown> | undefined;
  for (const part of parts) owner = owner?.[part] as Record<string, unknown> | undefined;
  const fn = owner?.[name];
  if (typeof fn !== 'function') throw new Error(`no extension API ${method}`);
  return fn.apply(owner, args);
}
