import { afterAll, beforeAll } from 'vitest';
import { launchExtension } from './launch';
import { type FixtureServer, startFixtureServer } from './server';
import type { BrowserName, ExtSession, LaunchOptions } from './types';

// The set-up every e2e file needs, as vitest hooks: `const server = setupFixtureServer()` at the top of a file and
// `const session = setupExtension(browser, { settings })` inside `describe.each(BROWSERS)`. Each returns at once an
// object that stands for what its beforeAll creates, so tests use it directly; its afterAll closes it.

/** Forwards every property to `current()`, which exists once the hook that creates it has run. */
function lateBound<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = current();
      if (!target)
        throw new Error(`${what} is used before its beforeAll has run (use it inside a test or hook)`);
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

interface PlannedSession {
  browser: BrowserName;
  opts: LaunchOptions;
  launching?: Promise<ExtSession>;
}

/** This file's sessions, in the order their describes run (describe.each(BROWSERS): Chromium, then Firefox). */
const planned: PlannedSession[] = [];

/**
 * One extension session for the enclosing `describe`, launched as `launchExtension(browser, opts)` launches it.
 * When it launches, the next describe's session starts launching too if it is the other browser: most of a Chromium
 * launch is spent waiting for its policy service to answer `storage.managed`, time the Firefox launch uses instead
 * of its own turn later. (Two launches of one browser never overlap: a Chromium policy file is read by every
 * Chromium that starts while it is there.)
 */
export function setupExtension(browser: BrowserName, opts: LaunchOptions = {}): ExtSession {
  const plan: PlannedSession = { browser, opts };
  planned.push(plan);
  let session: ExtSession | undefined;
  beforeAll(async () => {
    plan.launching ??= launchExtension(browser, opts);
    const next = planned[planned.indexOf(plan) + 1];
    if (next && next.browser !== browser && !next.launching) {
      next.launching = launchExtension(next.browser, next.opts);
      next.launching.catch(() => {}); // its own beforeAll reports the failure
    }
    session = await plan.launching;
  });
  afterAll(async () => {
    await session?.close();
    session = undefined;
  });
  return lateBound(`the ${browser} session`, () => session);
}

/** The fixture server (demo pages, fixtures, real framework builds) for the enclosing file or `describe`. */
export function setupFixtureServer(): FixtureServer {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
    server = undefined;
  });
  return lateBound('the fixture server', () => server);
}
