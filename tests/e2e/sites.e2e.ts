import { describe, expect, test } from 'vitest';
import { BROWSERS, PANEL_TAG, poll, setupExtension, setupFixtureServer } from './harness';

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

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: configured sites', (browser) => {
  const session = setupExtension(browser);

  async function ours(): Promise<Registered[]> {
    const all = await session.callApi<Registered[]>('scripting.getRegisteredContentScripts');
    return all.filter((s) => s.id.startsWith('karta-panel-'));
  }

  /** Opens a page and waits until the panel renders there. */
  async function expectPanel(path: string): Promise<void> {
    const page = await session.openPage(server.url(path));
    try {
      await page.waitForPanel(10_000);
    } finally {
      await page.close();
    }
  }

  /**
   * The panel renders on `shown` and not on `notShown`. The page without it is opened first: by the time the
   * other one shows its whole panel, the extension has long had its chance to put one on the first.
   */
  async function expectPanelOnlyOn(shown: string, notShown: string): Promise<void> {
    const other = await session.openPage(server.url(notShown));
    try {
      await other.waitForFunction(() => document.readyState === 'complete');
      await expectPanel(shown);
      expect(await other.evaluate((tag: string) => document.querySelector(tag) !== null, PANEL_TAG)).toBe(
        false,
      );
    } finally {
      await other.close();
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
    expect(await session.applySettings(settingsFor({ kind: 'issuance', match: patternFor(A_PATH) }))).toBe(
      true,
    );
    await expectPanelOnlyOn(A_PATH, B_PATH);
  });

  test('after a settings change, newly opened pages follow it without a restart', async () => {
    expect(await session.applySettings(settingsFor({ kind: 'issuance', match: patternFor(A_PATH) }))).toBe(
      true,
    );
    expect(await session.applySettings(settingsFor({ kind: 'mais', match: patternFor(B_PATH) }))).toBe(true);
    await poll(
      async () => {
        const now = await ours();
        return now.length === 1 && now[0].matches?.[0] === patternFor(B_PATH);
      },
      5_000,
      're-registration',
    );
    await expectPanelOnlyOn(B_PATH, A_PATH);
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
    await expectPanel(A_PATH);
  });

  test('no sites: nothing is registered', async () => {
    await session.setStorage('local', { settings: settingsFor() });
    await poll(async () => (await ours()).length === 0, 5_000, 'unregistration');
    expect(await session.registeredMatches()).toEqual([]);
  });
});
