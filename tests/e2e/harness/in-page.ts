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
