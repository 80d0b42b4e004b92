import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  PANEL_TAG,
  poll,
  startFixtureServer,
} from './harness';

// Sites: the panel is injected on the configured sites only, re-registered when `settings` changes
// (no restart), and one bad pattern costs only its own site. Settings are written to storage.local as an outside
// test or a policy would.

const A_PATH = '/fixtures/server-check.html';
const B_PATH = '/fixtures/capture/dl-card.html';
const patternFor = (path: string) => `http://127.0.0.1${path}*`;
const settingsFor = (...sites: Array<{ kind: 'issuance' | 'mais'; match: string }>) => ({
  version: 1,
  sites,
});

interface Registered {
  id: string;
  persistAcrossSessions?: boolean;
  matches?: string[];
  js?: string[];
  runAt?: string;
  allFrames?: boolean;
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s: configured sites', (browser) => {
  let session: ExtSession;
  beforeAll(async () => {
    session = await launchExtension(browser);
  });
  afterAll(() => session?.close());

  async function ours(): Promise<Registered[]> {
    const all = await session.callApi<Registered[]>('scripting.getRegisteredContentScripts');
    return all.filter((s) => s.id.startsWith('karta-panel-'));
  }

  /** Opens a page; true when the panel renders there. A negative is decided 3 s after the page loaded. */
  async function panelAppears(path: string, expected: boolean): Promise<boolean> {
    const page = await session.openPage(server.url(path));
    try {
      if (expected) {
        await page.waitForPanel(10_000);
        return true;
      }
      await page.waitForFunction(() => document.readyState === 'complete');
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return page.evaluate((tag: string) => document.querySelector(tag) !== null, PANEL_TAG);
    } finally {
      await page.close();
    }
  }

  test('registers exactly the configured pattern, top frame only, at document_start', async () => {
    expect(await session.applySettings(settingsFor({ kind: 'issuance', match: patternFor(A_PATH) }))).toBe(
      true,
    );
    await poll(async () => (await ours()).length === 1, 5_000, 'one registration');
    const [script] = await ours();
    expect(script).toMatchObject({
      id: 'karta-panel-0',
      matches: [patternFor(A_PATH)],
      js: ['issuance-agent.js'],
      runAt: 'document_start',
      persistAcrossSessions: true, // Chrome and Firefox 153 ESR both keep it across browser restarts
    });
    expect(script.allFrames ?? false).toBe(false);
  });

  test('the panel appears on the matching page and not on another page', async () => {
    expect(await panelAppears(A_PATH, true)).toBe(true);
    expect(await panelAppears(B_PATH, false)).toBe(false);
  });

  test('after a settings change, newly opened pages follow it without a restart', async () => {
    expect(await session.applySettings(settingsFor({ kind: 'mais', match: patternFor(B_PATH) }))).toBe(true);
    await poll(
      async () => {
        const now = await ours();
        return now.length === 1 && now[0].matches?.[0] === patternFor(B_PATH);
      },
      5_000,
      're-registration',
    );
    expect(await panelAppears(B_PATH, true)).toBe(true);
    expect(await panelAppears(A_PATH, false)).toBe(false);
  });

  test('a bad pattern is reported in Russian and does not cost the good site', async () => {
    await session.setStorage('local', {
      settings: settingsFor(
        { kind: 'issuance', match: 'это не шаблон' },
        { kind: 'issuance', match: patternFor(A_PATH) },
      ),
    });
    await poll(
      async () => {
        const now = await ours();
        return now.length === 1 && now[0].matches?.[0] === patternFor(A_PATH);
      },
      5_000,
      'good site registered',
    );
    const errors = await poll(
      async () => {
        const { settingsErrors } = await session.getStorage('local', 'settingsErrors');
        return Array.isArray(settingsErrors) && settingsErrors.length ? (settingsErrors as string[]) : null;
      },
      5_000,
      'settings errors',
    );
    expect(errors).toEqual([
      expect.stringMatching(/^Сайт №1 \(«это не шаблон»\): поле match: шаблон адреса/),
    ]);
    expect(await panelAppears(A_PATH, true)).toBe(true);
  });

  test('no sites: nothing is registered', async () => {
    await session.setStorage('local', { settings: settingsFor() });
    await poll(async () => (await ours()).length === 0, 5_000, 'unregistration');
    expect(await session.registeredMatches()).toEqual([]);
  });
});
