import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, ROOT, setupExtension, setupFixtureServer, type TestPage } from './harness';
import { CASES, type FixtureCase } from './prefill-cases';
import { CITIZEN, readAll } from './prefill-citizen';

// The prefill engine in real Chromium and Firefox on every МАИС-like fixture: the engine is bundled (IIFE) and run
// in the page's own world — the hard case, where a plain `el.value = v` never reaches React — and each test asserts
// what the form's own state holds (React state, Vue's reactive object, imask's unmasked value, values after blur).

// biome-ignore lint/suspicious/noExplicitAny: globals of the fixture pages and of the injected engine bundle
type G = any;

let engineCode = '';
const server = setupFixtureServer();

async function buildEngine(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'prefill-e2e-'));
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import * as engine from ${JSON.stringify(path.join(ROOT, 'utils/prefill/index.ts'))};
     import { matchCategory } from ${JSON.stringify(path.join(ROOT, 'utils/catalogue/match.ts'))};
     (window as G).KartaPrefill = { ...engine, matchCategory };`,
  );
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: [{ find: /^@\//, replacement: `${ROOT}/` }] },
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'KartaPrefillBundle' } },
    });
    const result = Array.isArray(out) ? out[0] : out;
    return (result as { output: { code: string }[] }).output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in the page: collect, plan and fill with the bundled engine; returns the plan's summary and the report. */
async function fillInPage(checklist: unknown) {
  const engine = (window as G).KartaPrefill;
  const t0 = performance.now();
  const { plan, report, undo } = await engine.prefillPage(document, checklist);
  const ms = { total: Math.round(performance.now() - t0) };
  const w = window as G;
  w.__undos = [...(w.__undos ?? []), undo];
  return {
    fieldCount: plan.fieldCount,
    missing: plan.missing,
    sandboxedFrames: plan.sandboxedFrames,
    report,
    ms,
  };
}

beforeAll(async () => {
  engineCode = await buildEngine();
});

describe.each(BROWSERS)('%s: prefill engine on МАИС-like fixtures', (browser) => {
  const session = setupExtension(browser);
  const shares: string[] = [];
  afterAll(() => {
    console.log(`[${browser}] share of fields filled correctly:\n${shares.join('\n')}`);
  });

  async function open(c: FixtureCase): Promise<TestPage> {
    const page = await session.openPage(server.url(`/fixtures/mais/${c.page}`));
    await page.waitFor(c.ready, { state: 'attached' });
    if (c.frame)
      await page.waitForFunction(
        () =>
          (document.querySelector('iframe#work') as HTMLIFrameElement | null)?.contentDocument?.readyState ===
          'complete',
      );
    await c.prepare?.(page);
    await page.evaluate(`(() => { ${engineCode}; return true; })()`);
    return page;
  }

  /** The citizen's checklist with the catalogue's code of «Ветеран труда». */
  async function checklistFor(page: TestPage) {
    const category = await page.evaluate<string>(
      () => (window as G).KartaPrefill.matchCategory('Ветеран труда')?.code ?? '',
    );
    expect(category).not.toBe('');
    return {
      eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
      fields: { ...CITIZEN, category },
    };
  }

  test.each(Object.entries(CASES))('%s', async (name, c) => {
    const page = await open(c);
    const checklist = await checklistFor(page);
    const result = await page.evaluate(fillInPage, checklist);
    const wanted = Object.entries(c.want);
    const got = await readAll(
      page,
      wanted.map(([e]) => e),
      c.frame,
    );
    const wrong = wanted
      .map(([expr, want], i) => ({ expr, want, got: got[i] }))
      .filter((r) => r.got !== r.want);
    shares.push(
      `  ${name}: ${wanted.length - wrong.length}/${wanted.length} (collect, plan and fill ${result.ms.total} ms)`,
    );
    expect(wrong, JSON.stringify(result.report, null, 1)).toEqual([]);
    const untouched = Object.entries(c.untouched);
    const still = await readAll(
      page,
      untouched.map(([e]) => e),
      c.frame,
    );
    expect(Object.fromEntries(untouched.map(([e], i) => [e, still[i]]))).toEqual(c.untouched);
    expect(result.report.benefitEnd.status).toBe('skipped');
    expect(result.sandboxedFrames).toBe(c.sandboxed ?? 0);
    // The fixture server has no favicon; anything else the page logs as an error is a failure.
    expect(page.consoleErrors().filter((m) => !m.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  test('undo puts the React state back; a second fill reports «unchanged»', async () => {
    const page = await open(CASES['React 18 controlled inputs with masks in state']);
    const checklist = await checklistFor(page);
    await page.evaluate(fillInPage, checklist);
    const again = await page.evaluate(fillInPage, checklist);
    expect(again.report.snils.status).toBe('unchanged');
    expect(again.report.lastName.status).toBe('unchanged');
    const restored = await page.evaluate(() =>
      (window as G).KartaPrefill.undoApplied((window as G).__undos[0]),
    );
    expect(restored).toBeGreaterThanOrEqual(16);
    const after = await page.evaluate(() => ({ ...(window as G).__state }));
    expect(after).toMatchObject({ surname: '', snils: '', category: '', birth: '', basisIssuer: '' });
    await page.close();
  });
});
