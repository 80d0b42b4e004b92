#!/usr/bin/env node
// `npm test`: typecheck → lint → unit → build (Chromium + Firefox) → web-ext lint (Firefox build) → sizes → e2e, then
// one closing line `total: N passed, M failed[, K skipped]` (unit + e2e tests; a failed typecheck, lint, build, web-ext
// lint or size check counts as one failure each). The label is one word on purpose: CI reads «one word with a colon,
// then N passed, M failed» as the count.
// Every stage runs even after a failure, so one run shows everything that is wrong; the exit code is non-zero if
// anything failed or no test ran.
import { checkSizes } from './check-sizes.mjs';
import { runE2e } from './e2e.mjs';
import { buildExtension } from './lib/build.mjs';
import { bin, run, stage } from './lib/run.mjs';
import { runVitest } from './lib/vitest-run.mjs';
import { lintFirefoxBuild } from './lib/web-ext-lint.mjs';

const stages = [];
// Each stage's own time, printed in the summary: where a slow run spent its minutes (CI has a 15-minute aim).
let stageStart = Date.now();
const note = (name, ok, detail = '') => {
  stages.push({ name, ok, detail, seconds: Math.round((Date.now() - stageStart) / 1000) });
  stageStart = Date.now();
};
const started = Date.now();

stage('Проверка типов (tsc)');
note('typecheck', (await run(bin('tsc'), ['--noEmit'])) === 0);

stage('Линтер и формат (biome)');
note('lint', (await run(bin('biome'), ['check', '.'])) === 0);

stage('Модульные тесты (vitest + happy-dom)');
const unit = await runVitest('unit');
note('unit', unit.code === 0 && unit.failed === 0, `${unit.passed} passed, ${unit.failed} failed`);

stage('Сборка расширения (Chromium, Firefox)');
const built = await buildExtension();
note('build', built);

stage('Проверка сборки Firefox (web-ext lint)');
const addonLint = built ? await lintFirefoxBuild() : { ok: false, detail: 'сборки нет' };
note('web-ext lint', addonLint.ok, addonLint.detail);

stage('Размеры: скрипты страницы до действий специалиста ≤ 10 КБ gzip');
note('sizes', built && (await checkSizes()).length === 0);

let e2e = { code: 1, passed: 0, failed: 1 };
if (built) e2e = await runE2e([], { build: false });
else console.error('Сквозные тесты не запущены: сборка не удалась.');
note('e2e', e2e.code === 0 && e2e.failed === 0, `${e2e.passed} passed, ${e2e.failed} failed`);

const stageFailures = stages.filter((s) => !s.ok && !['unit', 'e2e'].includes(s.name)).length;
const passed = unit.passed + e2e.passed;
const skipped = (unit.skipped ?? 0) + (e2e.skipped ?? 0);
const failed = unit.failed + e2e.failed + stageFailures;

console.log('\nИтоги этапов:');
for (const s of stages)
  console.log(
    `  ${s.ok ? 'ok    ' : 'FAILED'} ${s.name}${s.detail ? ` (${s.detail})` : ''} — ${s.seconds} с`,
  );
console.log(`  всего ${Math.round((Date.now() - started) / 1000)} с`);
if (passed + failed === 0) console.error('Ни один тест не выполнен — это ошибка.');
console.log(`\ntotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 && stages.every((s) => s.ok) ? 0 : 1);
