#!/usr/bin/env node
// `npm run test:e2e [-- <vitest filters>]`: builds both browsers' extensions, then runs the end-to-end tests
// (vitest.e2e.config.ts) in real Chromium and Firefox ESR (`E2E_BROWSER=chromium|firefox`: that browser only).
// `--no-build` reuses .output/ (npm test builds first).
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
  // Both browsers in one vitest, one file at a time: two runs side by side measured no faster on two cores (each
  // browser's tests took twice as long) and gave each other's timings more to stumble over.
  const only = process.env.E2E_BROWSER;
  stage(`Сквозные тесты (${only ?? 'Chromium + Firefox ESR'})`);
  return runVitest('e2e', ['--config', 'vitest.e2e.config.ts', ...filters]);
}

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
