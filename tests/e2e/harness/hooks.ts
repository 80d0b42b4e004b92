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

/** One extension session for the enclosing `describe`, launched as `launchExtension(browser, opts)` launches it. */
export function setupExtension(browser: BrowserName, opts: LaunchOptions = {}): ExtSession {
  let session: ExtSession | undefined;
  beforeAll(async () => {
    session = await launchExtension(browser, opts);
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
