import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bin, ROOT, run } from './run.mjs';

// Runs vitest with the normal reporter on screen and the JSON reporter into test-results/<name>.json,
// then reads the counts back so the final summary line adds up unit and e2e tests.

export async function runVitest(name, extraArgs = []) {
  const dir = path.join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const jsonFile = path.join(dir, `${name}.json`);
  rmSync(jsonFile, { force: true });
  const code = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${jsonFile}`,
    ...extraArgs,
  ]);
  return { code, ...readCounts(jsonFile) };
}

/** Passed/failed test counts from a vitest JSON report; a missing report counts as one failure. */
export function readCounts(jsonFile) {
  if (!existsSync(jsonFile)) return { passed: 0, failed: 1, skipped: 0, total: 0, missingReport: true };
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  // A file that failed without a failed test (import error, a failing beforeAll that skips its tests) still failed.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    total: report.numTotalTests ?? 0,
    missingReport: false,
  };
}
