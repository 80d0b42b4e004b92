// The browser-neutral API every e2e test uses; chromium.ts and firefox.ts implement it.

const ALL_BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof ALL_BROWSERS)[number];

/** The browsers this run drives: both, or the one `E2E_BROWSER` names. */
export const BROWSERS: readonly BrowserName[] = ALL_BROWSERS.filter(
  (b) => !process.env.E2E_BROWSER || process.env.E2E_BROWSER === b,
);

/** Whether this run also takes the tests that drive no browser (once per `npm test`, not once per browser). */
export const RUNS_BROWSERLESS_TESTS = BROWSERS[0] === ALL_BROWSERS[0];
export type StorageArea = 'local' | 'session';
export type ExtensionPagePath = 'popup.html' | 'options.html' | (string & {});

/** A function run in the page, or an expression string. Arguments must be JSON-serialisable. */
// biome-ignore lint/suspicious/noExplicitAny: page functions take arbitrary serialisable arguments
export type PageFunction<T> = string | ((...args: any[]) => T | Promise<T>);

export interface LaunchOptions {
  /**
   * Written to `storage.local.settings` right after launch; launchExtension then waits (≤ 5 s) until the background
   * has registered the panel for these sites (without it: for the default demo sites).
   */
  settings?: unknown;
  /** Other `storage.local` items to write before the first page opens. */
  local?: Record<string, unknown>;
  /**
   * A browser policy for this extension (`storage.managed`), in place for the session only: Chromium's managed
   * policy directory (a file naming this build's extension id), Firefox's policies.json (harness/policy.ts).
   */
  policy?: Record<string, unknown>;
  /** Other unpacked extensions loaded beside this build (the bench's reference extension with an empty script). */
  alsoLoad?: string[];
  /** Chromium: this profile directory instead of a fresh one, so a later launch is a browser restart (the bench). */
  profileDir?: string;
  /**
   * `false`: return as soon as the browser runs, without waiting for the panel's registration (or touching the
   * extension at all) — a browser restarting with its tabs, on a profile the extension already set up.
   */
  waitForRegistration?: false;
}

export interface WaitOptions {
  /** Look inside the panel page's frame (the extension iframe in `<karta-nso-panel>`) instead of the page. */
  inPanel?: boolean;
  /** `visible` (default): present and rendered with a non-empty box; `attached`: just present; `detached`: absent. */
  state?: 'visible' | 'attached' | 'detached';
  timeout?: number;
}

export interface TestPage {
  readonly browser: BrowserName;
  evaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T>;
  /** Runs `fn` in the first child frame whose URL contains `urlPart`. */
  frameEvaluate<T>(urlPart: string, fn: PageFunction<T>, ...args: unknown[]): Promise<T>;
  /** Waits until the panel page's frame (inside `<karta-nso-panel>`) has rendered a visible element. */
  waitForPanel(timeout?: number): Promise<void>;
  /** Runs `fn` inside the panel page's frame. */
  panelEvaluate<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T>;
  /** Clicks an element inside the panel frame with real mouse events. */
  panelClick(selector: string): Promise<void>;
  /** Visible text of the whole panel or of one element inside it. */
  panelText(selector?: string): Promise<string>;
  /** Replaces the value of a panel text control by typing (real key events in Firefox, `fill` in Chromium). */
  panelFill(selector: string, value: string): Promise<void>;
  /** Chooses an option of a panel `<select>` by value or visible text. */
  panelSelect(selector: string, valueOrLabel: string): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  waitFor(selector: string, opts?: WaitOptions): Promise<void>;
  /** Polls `fn` in the page until it returns a truthy value; returns it. */
  waitForFunction<T>(fn: PageFunction<T>, opts?: { timeout?: number; args?: unknown[] }): Promise<T>;
  /** Polls `fn` in the panel frame until it returns a truthy value; returns it. */
  waitForPanelFunction<T>(fn: PageFunction<T>, opts?: { timeout?: number; args?: unknown[] }): Promise<T>;
  /** A key or a combination such as `Enter`, `Tab`, `Alt+Shift+K`. */
  press(key: string): Promise<void>;
  screenshot(path: string, opts?: { fullPage?: boolean }): Promise<void>;
  /** Resizes the tab's viewport, e.g. to the popup's 400 px width. */
  setViewport(width: number, height: number): Promise<void>;
  url(): string;
  /** Messages of `alert`/`confirm`/`prompt` dialogs the page opened (they are dismissed). The product opens none. */
  dialogs(): string[];
  /** `console.error` messages and uncaught page errors seen so far. */
  consoleErrors(): string[];
  close(): Promise<void>;
  /** playwright `Page` (chromium) or puppeteer `Page` (firefox), for special cases. */
  raw: unknown;
}

export interface ExtSession {
  readonly browser: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  readonly extensionOrigin: string;
  setStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  getStorage(area: StorageArea, key?: string): Promise<Record<string, unknown>>;
  clearStorage(area: StorageArea): Promise<void>;
  /**
   * Writes `settings` and waits (up to `timeout`, default 5 s) until the background has registered content scripts
   * for every site; returns false instead of throwing when it did not, so a test can assert what it needs.
   */
  applySettings(settings: unknown, timeout?: number): Promise<boolean>;
  /** Calls a WebExtension API from an extension page: `callApi('permissions.contains', { origins: [...] })`. */
  callApi<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  /**
   * Waits (default 5 s) until registered content scripts cover every pattern in `matches` (or any pattern at all when
   * it is omitted, e.g. the default demo sites right after launch); false instead of throwing.
   */
  waitForRegistration(matches?: string[], timeout?: number): Promise<boolean>;
  /** Reloads the extension (as an update does) and waits until its background has registered the agents again. */
  reloadExtension(timeout?: number): Promise<void>;
  /** Match patterns of the content scripts the extension has registered at runtime. */
  registeredMatches(): Promise<string[]>;
  openPage(url: string): Promise<TestPage>;
  openExtensionPage(path: ExtensionPagePath): Promise<TestPage>;
  close(): Promise<void>;
  /** playwright `BrowserContext` (chromium) or puppeteer `Browser` (firefox). */
  raw: unknown;
}
