import {
  callExtensionApi,
  clickPointOf,
  elementState,
  PANEL_TAG,
  panelInnerText,
  panelPointOnPage,
  selectPanelOption,
  storageOp,
} from './in-page';
import type {
  BrowserName,
  ExtensionPagePath,
  ExtSession,
  PageFunction,
  StorageArea,
  TestPage,
  WaitOptions,
} from './types';

// The browser-neutral half of the harness: everything that can be built on evaluate() lives here once;
// chromium.ts and firefox.ts supply only what needs the driver (real clicks, typing, navigation).

export const DEFAULT_TIMEOUT = 10_000;

/** What a browser driver must provide for one page. */
export interface PageDriver {
  browser: BrowserName;
  evaluate<T>(fn: PageFunction<T>, args: unknown[]): Promise<T>;
  frameEvaluate<T>(urlPart: string, fn: PageFunction<T>, args: unknown[]): Promise<T>;
  /** Runs `fn` in the panel page's frame (the extension iframe inside <karta-nso-panel>); rejects without one. */
  panelEvaluate<T>(fn: PageFunction<T>, args: unknown[]): Promise<T>;
  /** Real typing into a panel control that is already visible. */
  panelFill(selector: string, value: string): Promise<void>;
  /** A real mouse click at a point of the page's viewport. */
  mouseClick(x: number, y: number): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  url(): string;
  close(): Promise<void>;
  dialogs: string[];
  consoleErrors: string[];
  raw: unknown;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; transient errors (a page still navigating) are retried. */
export async function poll<T>(probe: () => Promise<T>, timeout: number, what: string): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  let pause = 10;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${reason}`);
    }
    // Pacing between probes, not a wait for anything: each probe crosses into the browser, so the pause grows from
    // 10 ms (most conditions hold within a frame or two) to 100 ms for what takes longer.
    await sleep(pause);
    pause = Math.min(100, pause * 2);
  }
}

type Evaluate = <T>(fn: PageFunction<T>, args: unknown[]) => Promise<T>;
type Point = { x: number; y: number };

/**
 * Waits until `selector` can be clicked where it is (see clickPointOf) and returns that point in the page's viewport.
 * In the panel frame (`onPage` given) the point is carried to the page and checked there too (panelPointOnPage).
 */
async function clickPoint(selector: string, inFrame: Evaluate, onPage?: Evaluate): Promise<Point> {
  let problem = '';
  const at = await poll(
    async () => {
      const point = await inFrame(clickPointOf, [selector]);
      const page = 'x' in point && onPage ? await onPage(panelPointOnPage, [point, point.viewport]) : point;
      if ('problem' in page) problem = page.problem;
      return 'x' in page ? page : undefined;
    },
    DEFAULT_TIMEOUT,
    `"${selector}" to be clickable in the ${onPage ? 'panel frame' : 'page'}`,
  ).catch((error: Error) => {
    throw new Error(`${error.message}: ${problem}`);
  });
  return at as Point; // poll returns only a truthy point
}

export function createTestPage(d: PageDriver): TestPage {
  const waitFor = async (selector: string, opts: WaitOptions = {}) => {
    const state = opts.state ?? 'visible';
    const where = opts.inPanel ? 'panel frame' : 'page';
    const inWhere = opts.inPanel ? d.panelEvaluate.bind(d) : d.evaluate.bind(d);
    await poll(
      () =>
        inWhere(elementState, [selector, state]).catch((error) => {
          // No panel frame at all is «detached» for everything in it.
          if (opts.inPanel && state === 'detached' && /no panel frame/.test(String(error))) return true;
          throw error;
        }),
      opts.timeout ?? DEFAULT_TIMEOUT,
      `"${selector}" to be ${state} in the ${where} (${d.url()})`,
    );
  };
  return {
    browser: d.browser,
    evaluate: (fn, ...args) => d.evaluate(fn, args),
    frameEvaluate: (urlPart, fn, ...args) => d.frameEvaluate(urlPart, fn, args),
    waitFor,
    waitForPanel: async (timeout = DEFAULT_TIMEOUT) => {
      await poll(
        () => d.panelEvaluate(elementState, [null, 'visible']),
        timeout,
        `<${PANEL_TAG}> with its panel frame rendered on ${d.url()}`,
      );
    },
    panelEvaluate: (fn, ...args) => d.panelEvaluate(fn, args),
    panelClick: async (selector) => {
      await waitFor(selector, { inPanel: true });
      const { x, y } = await clickPoint(selector, d.panelEvaluate.bind(d), d.evaluate.bind(d));
      await d.mouseClick(x, y);
    },
    panelText: async (selector) => {
      const text = await d.panelEvaluate(panelInnerText, [selector ?? null]);
      if (text === null) throw new Error(`panelText: "${selector}" not found in the panel frame`);
      return text as string;
    },
    panelFill: async (selector, value) => {
      await waitFor(selector, { inPanel: true });
      await d.panelFill(selector, value);
    },
    panelSelect: async (selector, valueOrLabel) => {
      await waitFor(selector, { inPanel: true });
      const ok = await d.panelEvaluate(selectPanelOption, [selector, valueOrLabel]);
      if (!ok) throw new Error(`panelSelect: no option "${valueOrLabel}" in "${selector}"`);
    },
    click: async (selector) => {
      await waitFor(selector);
      const { x, y } = await clickPoint(selector, d.evaluate.bind(d));
      await d.mouseClick(x, y);
    },
    fill: async (selector, value) => {
      await waitFor(selector);
      await d.fill(selector, value);
    },
    waitForFunction: (fn, opts = {}) =>
      poll(
        () => d.evaluate(fn, opts.args ?? []),
        opts.timeout ?? DEFAULT_TIMEOUT,
        `a function to be truthy on ${d.url()}`,
      ),
    waitForPanelFunction: (fn, opts = {}) =>
      poll(
        () => d.panelEvaluate(fn, opts.args ?? []),
        opts.timeout ?? DEFAULT_TIMEOUT,
        `a function to be truthy in the panel frame on ${d.url()}`,
      ),
    press: (key) => d.press(key),
    screenshot: (path, opts = {}) => d.screenshot(path, opts.fullPage ?? false),
    setViewport: (width, height) => d.setViewport(width, height),
    url: () => d.url(),
    dialogs: () => [...d.dialogs],
    consoleErrors: () => [...d.consoleErrors],
    close: () => d.close(),
    raw: d.raw,
  };
}

/** What a browser driver must provide for a session. */
export interface SessionDriver {
  browser: BrowserName;
  extensionOrigin: string;
  openPage(url: string): Promise<TestPage>;
  openExtensionPage(path: ExtensionPagePath): Promise<TestPage>;
  /** What the browser needs before the extension may reload itself (Chromium: developer mode). */
  prepareReload?(): Promise<void>;
  close(): Promise<void>;
  raw: unknown;
}

/** The match patterns of the settings' sites. */
export function sitesMatches(settings: unknown): string[] {
  const sites = (settings as { sites?: Array<{ match?: unknown }> } | null)?.sites;
  return Array.isArray(sites)
    ? sites.map((s) => s?.match).filter((m): m is string => typeof m === 'string')
    : [];
}

export function createSession(d: SessionDriver): ExtSession {
  // Storage is read and written from one extension tab, opened on first use and kept for the session.
  let control: Promise<TestPage> | null = null;
  const controlPage = () => {
    control ??= d.openExtensionPage('popup.html');
    return control;
  };
  const ext = <T>(op: string, area: string, payload: unknown = null): Promise<T> =>
    controlPage().then((page) => page.evaluate(storageOp, op, area, payload) as Promise<T>);
  const registeredMatches = () => ext<string[]>('matches', '');
  const waitForRegistration = async (matches?: string[], timeout = 5_000) => {
    try {
      await poll(
        async () => {
          const have = new Set(await registeredMatches());
          return matches ? matches.every((m) => have.has(m)) : have.size > 0;
        },
        timeout,
        'content scripts to be registered',
      );
      return true;
    } catch {
      return false;
    }
  };
  return {
    browser: d.browser,
    extensionOrigin: d.extensionOrigin,
    setStorage: (area: StorageArea, items) => ext('set', area, items),
    getStorage: (area: StorageArea, key) => ext('get', area, key ?? null),
    clearStorage: (area: StorageArea) => ext('clear', area),
    registeredMatches,
    callApi: <T>(method: string, ...args: unknown[]) =>
      controlPage().then((page) => page.evaluate(callExtensionApi, method, args) as Promise<T>),
    waitForRegistration,
    applySettings: async (settings, timeout = 5_000) => {
      await ext('set', 'local', { settings });
      return waitForRegistration(sitesMatches(settings), timeout);
    },
    reloadExtension: async (timeout = 15_000) => {
      await d.prepareReload?.();
      const page = await controlPage();
      await page.evaluate('(globalThis.browser ?? globalThis.chrome).runtime.reload()').catch(() => {});
      control = null; // extension pages close with the old version
      await poll(
        async () => {
          const fresh = await d.openExtensionPage('popup.html');
          const matches = (await fresh.evaluate(storageOp, 'matches', '', null).catch(() => [])) as string[];
          if (matches.length > 0) {
            control = Promise.resolve(fresh);
            return true;
          }
          await fresh.close().catch(() => {});
          return false;
        },
        timeout,
        'the extension to come back after its reload',
      );
    },
    openPage: (url) => d.openPage(url),
    openExtensionPage: (path) => d.openExtensionPage(path),
    close: async () => {
      control = null;
      await d.close();
    },
    raw: d.raw,
  };
}

/** Turns a page function and its arguments into one expression (for drivers that take a single argument). */
export function toExpression(fn: PageFunction<unknown>, args: unknown[]): string {
  if (typeof fn === 'string') {
    if (args.length)
      throw new Error('evaluate: arguments are only passed to functions, not to expression strings');
    return fn;
  }
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}
