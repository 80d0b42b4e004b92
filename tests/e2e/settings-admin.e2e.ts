import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  poll,
  ROOT,
  startFixtureServer,
  type TestPage,
} from './harness';

// An administrator's path with no developer tools: sites and field mappings through the options page, settings
// files, and settings pushed by browser policy (read-only in options, in force in the background).

const MAIS_PATTERN = 'http://127.0.0.1/fixtures/mais/*';
const MAIS_PAGE = '/fixtures/mais/label-for.html';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

async function openSettings(session: ExtSession): Promise<TestPage> {
  const options = await session.openExtensionPage('options.html#settings');
  await options.waitFor('[data-settings-section="sites"]');
  return options;
}

/** WCAG 2.1 A/AA violations inside `[data-settings]`, as «rule: target» lines (axe-core run in the page). */
async function settingsAxeViolations(page: TestPage): Promise<string[]> {
  await page.evaluate(`${readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')};true`);
  return page.evaluate(async () => {
    type Result = {
      violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
      passes: Array<{ id: string }>;
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    const result = await axe.run(
      { include: [['[data-settings]']] },
      { runOnly: { type: 'tag', values: tags } },
    );
    if (!result.passes.some((p) => p.id === 'label')) return ['axe checked no labelled control'];
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** Puts a file into an `<input type=file>` and fires `change`, as choosing it in the file dialog does. */
function chooseFile(page: TestPage, selector: string, name: string, text: string) {
  return page.evaluate(
    (sel: string, fileName: string, content: string) => {
      const input = document.querySelector(sel) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    name,
    text,
  );
}

describe.each(BROWSERS)('%s: settings through the options page', (browser) => {
  let session: ExtSession;
  beforeAll(async () => {
    session = await launchExtension(browser);
  });
  afterAll(() => session?.close());

  test('a МАИС site and a field mapping added in options: the panel appears on a page opened afterwards', async () => {
    const options = await openSettings(session);
    expect(await options.evaluate(() => document.querySelector('[data-first-run]') !== null)).toBe(true);
    await options.fill('#new-site-label', 'МАИС (тест)');
    await options.fill('#new-site-match', MAIS_PATTERN);
    await options.click('[data-action="add-site"]');
    await options.waitFor(`[data-site="${MAIS_PATTERN}"]`);
    await options.waitFor('[data-first-run]', { state: 'detached' });

    const card = `[data-site="${MAIS_PATTERN}"]`;
    await options.evaluate((sel: string) => {
      const select = document.querySelector(`${sel} select[name="mapping-key"]`) as HTMLSelectElement;
      select.value = 'snils';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, card);
    await options.fill(`${card} input[name="mapping-selector"]`, '#snils');
    await options.click(`${card} [data-action="add-mapping"]`);
    await options.waitFor(`${card} [data-mapping="snils"]`);

    const { settings } = (await session.getStorage('local', 'settings')) as {
      settings: {
        sites: Array<{ match: string; label?: string; kind: string; fields?: Record<string, string> }>;
      };
    };
    expect(settings.sites.find((s) => s.match === MAIS_PATTERN)).toEqual({
      kind: 'mais',
      match: MAIS_PATTERN,
      label: 'МАИС (тест)',
      fields: { snils: '#snils' },
    });
    expect(await session.waitForRegistration([MAIS_PATTERN])).toBe(true);

    const page = await session.openPage(server.url(MAIS_PAGE));
    await page.waitForPanel();
    await page.close();
    await options.close();
  });

  test('an invalid edit is refused beside its field and stores nothing; axe finds no WCAG 2.1 A/AA violation', async () => {
    const options = await openSettings(session);
    expect(await settingsAxeViolations(options)).toEqual([]);
    const before = await session.getStorage('local', 'settings');
    await options.fill('#piiTtlMinutes', '0');
    await options.press('Tab');
    await options.waitFor('#piiTtlMinutes[aria-invalid="true"]');
    expect(
      await options.evaluate(() => document.querySelector('#piiTtlMinutes-error')?.textContent ?? ''),
    ).toMatch(/[а-яё]/i);
    expect(await session.getStorage('local', 'settings')).toEqual(before);
    expect(await settingsAxeViolations(options)).toEqual([]);
    await options.close();
  });

  test('export gives a versioned file; importing a broken file lists every problem and changes nothing', async () => {
    await session.applySettings({
      sites: [{ kind: 'mais', match: MAIS_PATTERN, label: 'МАИС' }],
      piiTtlMinutes: 20,
    });
    const options = await openSettings(session);
    await options.evaluate(() => {
      const w = window as unknown as { exported?: Promise<string> };
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        w.exported = blob.text();
        return create(blob);
      };
    });
    await options.click('[data-action="export-settings"]');
    const exportedText = await options.waitForFunction(
      () => (window as unknown as { exported?: Promise<string> }).exported ?? null,
    );
    const exported = JSON.parse(exportedText as string);
    expect(exported).toMatchObject({
      format: 'karta-nso-settings',
      version: 2,
      settings: { piiTtlMinutes: 20 },
    });

    const before = await session.getStorage('local');
    const broken = {
      ...exported,
      settings: { sites: [{ kind: 'mais', match: 'mais.nso.ru', fields: { snils: 'a[' } }] },
    };
    await chooseFile(options, '#import-settings', 'broken.json', JSON.stringify(broken));
    await options.waitFor('[data-import-result="rejected"]');
    const problems = await options.evaluate(() =>
      [...document.querySelectorAll('[data-import="import-settings"] [data-import-problems] li')].map(
        (li) => li.textContent,
      ),
    );
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/шаблон адреса/);
    expect(problems.join('\n')).toMatch(/CSS-селектор не распознан/);

    await chooseFile(options, '#import-settings', 'not-json.json', '{"format":');
    await poll(
      () =>
        options.evaluate(
          () => document.querySelector('[data-import-problems]')?.textContent?.includes('JSON') ?? false,
        ),
      5_000,
      'the JSON problem',
    );
    expect(await session.getStorage('local')).toEqual(before);

    // Positive control: the exported file itself loads.
    await chooseFile(
      options,
      '#import-settings',
      'exported.json',
      JSON.stringify({ ...exported, settings: { ...exported.settings, piiTtlMinutes: 25 } }),
    );
    await options.waitFor('[data-import-result="ok"]');
    expect(
      ((await session.getStorage('local', 'settings')).settings as { piiTtlMinutes: number }).piiTtlMinutes,
    ).toBe(25);
    await options.close();
  });
});

const POLICY_PATTERN = 'http://127.0.0.1/fixtures/mais/*';
const POLICY = {
  gateEnabled: false,
  office: { name: 'ОСОН по политике', code: 'POL-1' },
  sites: [{ kind: 'mais', match: POLICY_PATTERN, label: 'МАИС по политике', fields: { snils: '#snils' } }],
};

describe.each(BROWSERS)('%s: settings by browser policy', (browser) => {
  let session: ExtSession;
  beforeAll(async () => {
    session = await launchExtension(browser, { policy: POLICY });
  });
  afterAll(() => session?.close());

  test('policy values are in force in the background and read-only in options', async () => {
    // No local settings name the policy's site: the registration comes from the policy alone.
    expect(await session.waitForRegistration([POLICY_PATTERN], 10_000)).toBe(true);
    const page = await session.openPage(server.url(MAIS_PAGE));
    await page.waitForPanel();
    await page.close();

    const options = await openSettings(session);
    await options.waitFor('[data-policy="applied"]');
    const state = await options.evaluate(() => {
      const input = (sel: string) => document.querySelector(sel) as HTMLInputElement;
      return {
        gateDisabled: input('#gateEnabled').disabled,
        gateLocked: document.querySelector('[data-setting="gateEnabled"] [data-locked]')?.textContent,
        officeName: input('#office-name').value,
        officeReadOnly: input('#office-name').readOnly,
        mappingReadOnly: (document.querySelector('[data-mapping="snils"] input') as HTMLInputElement)
          .readOnly,
        addSite: document.querySelector('[data-add-site]') !== null,
        ttlReadOnly: input('#piiTtlMinutes').readOnly,
      };
    });
    expect(state).toEqual({
      gateDisabled: true,
      gateLocked: 'задано администратором',
      officeName: 'ОСОН по политике',
      officeReadOnly: true,
      mappingReadOnly: true,
      addSite: false,
      ttlReadOnly: false, // not in the policy: still the local setting
    });
    await options.close();
  });
});
