#!/usr/bin/env node
// `node scripts/check-sizes.mjs`: after a build, fails when a kind of matched page would parse more than the budget
// (10 KB gzip, scripts/bench/sizes.ts) of the extension's scripts before the clerk acts — the page agent the background registers for that
// kind of site, in the Chromium and the Firefox build. Sizes are deterministic, so this is a check, not a bench.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import { ROOT } from './lib/run.mjs';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];

/** Resolves to the Russian problems found (empty: every page kind within budget); prints what it measured. */
export async function checkSizes() {
  const jiti = createJiti(import.meta.url);
  const { budgetProblems, kb, preActionSizes } = await jiti.import(path.join(ROOT, 'scripts/bench/sizes.ts'));
  const problems = [];
  for (const build of BUILDS) {
    const out = path.join(ROOT, build);
    for (const kind of preActionSizes(out)) {
      console.log(
        `  ${build}: страница «${kind.kind}» — ${kind.rows.map((r) => `${r.file} ${kb(r.gzip)}`).join(', ')}`,
      );
    }
    problems.push(...budgetProblems(out));
  }
  for (const p of problems) console.error(`  ✗ ${p}`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit((await checkSizes()).length === 0 ? 0 : 1);
}
