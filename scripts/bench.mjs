#!/usr/bin/env node
// `npm run bench`: builds the extension, then prints (and writes to bench-output/bench.md) the gzipped size of what
// a matched page loads against the 25 KB budget, the sizes of the popup, options and background, and the tables of
// the measures in scripts/bench/measures/ (hooks for prefill/capture figures). Reports only; never pass/fail.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createJiti } from 'jiti';
import {
  contentScriptFiles,
  htmlEntryFiles,
  kb,
  measureFiles,
  PAGE_BUDGET_BYTES,
  sum,
} from './bench/sizes.mjs';
import { markdownTable } from './bench/table.mjs';
import { buildExtension, outputDir } from './lib/build.mjs';
import { ROOT, stage } from './lib/run.mjs';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  stage('Сборка расширения');
  if (!(await buildExtension())) process.exit(1);
}

const sections = [];
const section = (title, body) => {
  sections.push(`## ${title}\n\n${body}\n`);
  console.log(`\n## ${title}\n\n${body}`);
};

for (const browser of ['chromium', 'firefox']) {
  const out = path.join(ROOT, outputDir(browser));
  // Each site kind has its own panel bundle (content-scripts/<kind>-panel.js): a page loads exactly one of them.
  const pageRows = measureFiles(out, contentScriptFiles(out));
  section(
    `${browser}: что загружает страница с панелью / what a matched page loads`,
    `${markdownTable(
      ['страница / page (файл / file)', 'байт / bytes', 'gzip', 'к бюджету / vs budget'],
      pageRows.map((r) => [
        r.file,
        r.raw,
        r.gzip,
        `**${(r.gzip / PAGE_BUDGET_BYTES).toFixed(2)}×** of ${kb(PAGE_BUDGET_BYTES)}`,
      ]),
    )}\n\nБюджет / budget: ${kb(PAGE_BUDGET_BYTES)} gzip (level 9) на страницу / per page; стили встроены в скрипт / styles are inlined. ${pageRows.length ? '' : 'Контент-скриптов в сборке нет / no content scripts built.'}`,
  );

  const entries = [
    ['popup', htmlEntryFiles(out, 'popup.html')],
    ['options', htmlEntryFiles(out, 'options.html')],
    ['background', ['background.js']],
    // Capture, prefill and the checklist rules: injected only when the clerk turns to the panel, not with the page.
    ['engine (on demand / по требованию)', ['engine.js']],
  ];
  section(
    `${browser}: страницы расширения и фон / extension pages and background`,
    markdownTable(
      ['часть / part', 'файлов / files', 'байт / bytes', 'gzip'],
      entries.map(([name, files]) => {
        const rows = measureFiles(out, files);
        return [name, rows.length, sum(rows, 'raw'), `${sum(rows, 'gzip')} (${kb(sum(rows, 'gzip'))})`];
      }),
    ),
  );
}

// ── Hooks: measures added by feature owners (scripts/bench/measures/*.ts|mjs, see its README) ──
const measuresDir = path.join(ROOT, 'scripts/bench/measures');
const measureFilesList = readdirSync(measuresDir)
  .filter((f) => /\.(ts|mjs)$/.test(f) && !f.startsWith('_'))
  .sort();
if (measureFilesList.length && !args.includes('--sizes-only')) {
  const jiti = createJiti(import.meta.url);
  const harness = await jiti.import(path.join(ROOT, 'tests/e2e/harness/index.ts'));
  for (const file of measureFilesList) {
    stage(`Измерение ${file}`);
    try {
      const measure = await jiti.import(path.join(measuresDir, file), { default: true });
      const result = await measure.run({ root: ROOT, harness });
      section(
        measure.title,
        `${markdownTable(result.columns, result.rows)}${result.note ? `\n\n${result.note}` : ''}`,
      );
    } catch (error) {
      section(
        file,
        `Не измерено / not measured: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      );
    }
  }
}

mkdirSync(path.join(ROOT, 'bench-output'), { recursive: true });
const report = `# npm run bench — ${new Date().toISOString()}\n\n${sections.join('\n')}`;
writeFileSync(path.join(ROOT, 'bench-output/bench.md'), report);
console.log('\nОтчёт / report: bench-output/bench.md');
