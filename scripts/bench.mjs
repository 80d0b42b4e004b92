#!/usr/bin/env node
// `npm run bench [-- --no-build] [--quick] [--only=<measure>,…] [--no-firefox]`: builds the extension, then runs the
// measures of scripts/bench/measures/ in one go on this machine — sizes, host-page overhead, idle cost, the fill
// engine (generated forms and the library forms), field-count latency, memory — and prints a summary against the
// goals, then each measure's table.
// Writes bench-output/bench.md and bench-output/bench.json. Reports only: it never fails on a figure.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createJiti } from 'jiti';
import { buildFixtures } from '../tests/fixtures/libs/build.mjs';
import { buildExtension } from './lib/build.mjs';
import { ROOT, stage } from './lib/run.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');

if (!flag('no-build')) {
  stage('Сборка расширения');
  if (!(await buildExtension())) process.exit(1);
}

const jiti = createJiti(import.meta.url);
const load = (file) => jiti.import(path.join(ROOT, file), { default: true });
const harness = await jiti.import(path.join(ROOT, 'tests/e2e/harness/index.ts'));
const { startBenchServer } = await jiti.import(path.join(ROOT, 'scripts/bench/server.ts'));
const { launchBenchBrowser } = await jiti.import(path.join(ROOT, 'scripts/bench/browser.ts'));
const { summaryTable, machineLine, markdownTable } = await jiti.import(
  path.join(ROOT, 'scripts/bench/report.ts'),
);

const measuresDir = path.join(ROOT, 'scripts/bench/measures');
const files = readdirSync(measuresDir).filter((f) => /\.ts$/.test(f) && !f.startsWith('_'));
const measures = [];
for (const file of files) {
  const id = file.replace(/\.ts$/, '');
  if (only && !only.includes(id)) continue;
  if (flag('no-firefox') && id.startsWith('firefox')) continue;
  measures.push({ id, ...(await load(`scripts/bench/measures/${file}`)) });
}
measures.sort((a, b) => a.order - b.order);
if (measures.some((m) => m.id === 'fill-libs')) {
  stage('Тестовые страницы на библиотеках интерфейса (esbuild)');
  await buildFixtures();
}

const started = { at: new Date().toISOString(), loadavg: os.loadavg() };
const server = await startBenchServer();
let shared = null;
const ctx = {
  root: ROOT,
  harness,
  server,
  quick: flag('quick'),
  chromium: () => {
    shared ??= launchBenchBrowser(harness);
    return shared;
  },
  freshChromium: (alsoLoad) => launchBenchBrowser(harness, alsoLoad),
};

const results = {};
for (const m of measures) {
  stage(`Измерение: ${m.id}`);
  const t0 = Date.now();
  try {
    results[m.id] = { title: m.title, ...(await m.run(ctx)), seconds: (Date.now() - t0) / 1000 };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`  не измерено: ${message}`);
    results[m.id] = {
      title: m.title,
      error: message,
      columns: [],
      rows: [],
      seconds: (Date.now() - t0) / 1000,
    };
  }
  console.log(`  ${results[m.id].seconds.toFixed(0)} с`);
}
if (shared) await (await shared).close().catch(() => {});
await server.close();

const finished = { at: new Date().toISOString(), loadavg: os.loadavg() };
const machine = machineLine(started, finished, ctx.quick);
const figures = Object.values(results).flatMap((r) => r.figures ?? []);
const sections = Object.values(results).map((r) =>
  r.error
    ? `## ${r.title}\n\nНе измерено: ${r.error}\n`
    : `## ${r.title}\n\n${markdownTable(r.columns, r.rows)}${r.note ? `\n\n${r.note}` : ''}\n`,
);
const report = `# npm run bench — ${finished.at}\n\n${machine}\n\n## Итог против целей / summary\n\n${summaryTable(figures)}\n\n${sections.join('\n')}`;
console.log(`\n${report}`);

mkdirSync(path.join(ROOT, 'bench-output'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench-output/bench.md'), report);
writeFileSync(
  path.join(ROOT, 'bench-output/bench.json'),
  `${JSON.stringify({ started, finished, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version }, quick: ctx.quick, figures, results }, null, 2)}\n`,
);
console.log('\nОтчёт: bench-output/bench.md, bench-output/bench.json');
