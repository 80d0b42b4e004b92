#!/usr/bin/env node
// `npm run test:e2e [-- <vitest filters>]`: builds both browsers' extensions, then runs the end-to-end tests
// (vitest.e2e.config.ts) in real Chromium and Firefox ESR, one vitest per browser side by side (`E2E_SERIAL=1`: one
// after the other in one vitest; `E2E_BROWSER=chromium|firefox`: that browser only). `--no-build` reuses .output/.
// The library fixture pages are bundled (esbuild) before every run; an up-to-date bundle is kept as it is.
import { pathToFileURL } from 'node:url';
import { buildFixtures } from '../tests/fixtures/libs/build.mjs';
import { buildExtension } from './lib/build.mjs';
import { stage } from './lib/run.mjs';
import { runVitest } from './lib/vitest-run.mjs';

export async function runE2e(filters = [], { build = true } = {}) {
  if (build) {
    stage('Сборка расширения (Chromium, Firefox)');
    if (!(await buildExtension())) return { code: 1, passed: 0, failed: 1, buildFailed: true };
  }
  stage('Тестовые страницы на библиотеках интерфейса (esbuild)');
  try {
    const { built, ms } = await buildFixtures();
    console.log(built ? `Собраны за ${(ms / 1000).toFixed(1)} с.` : 'Без изменений — сборка не нужна.');
  } catch (error) {
    console.error(`Тестовые страницы не собраны: ${error.message}`);
    return { code: 1, passed: 0, failed: 1, buildFailed: true };
  }
  const args = ['--config', 'vitest.e2e.config.ts', ...filters];
  if (process.env.E2E_BROWSER || process.env.E2E_SERIAL === '1') {
    stage(`Сквозные тесты (${process.env.E2E_BROWSER ?? 'Chromium + Firefox ESR'})`);
    return runVitest('e2e', args);
  }
  // One vitest per browser, side by side: the tests mostly wait on their browser, so two runs take little more than
  // the longer one. Each prints under its browser's name and writes its own report.
  stage('Сквозные тесты (Chromium и Firefox ESR одновременно)');
  const runs = await Promise.all(
    BROWSERS.map((browser) =>
      runVitest(`e2e-${browser}`, args, { env: { E2E_BROWSER: browser }, prefix: `[${browser}]` }),
    ),
  );
  return {
    code: runs.some((r) => r.code !== 0) ? 1 : 0,
    passed: runs.reduce((n, r) => n + r.passed, 0),
    failed: runs.reduce((n, r) => n + r.failed, 0),
    skipped: runs.reduce((n, r) => n + (r.skipped ?? 0), 0),
  };
}

const BROWSERS = ['chromium', 'firefox'];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const build = !args.includes('--no-build');
  const result = await runE2e(
    args.filter((a) => a !== '--no-build'),
    { build },
  );
  console.log(`\ne2e: ${result.passed} passed, ${result.failed} failed`);
  process.exit(result.code === 0 && result.failed === 0 ? 0 : 1);
}
