import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { readCounts } from '../../scripts/lib/vitest-run.mjs';

// The closing «total: N passed, M failed» line of `npm test` adds up vitest's JSON reports; a file that failed
// without a failing test (an import error, a failing beforeAll) must still count as a failure.

const report = (testResults: unknown[], extra: Record<string, number> = {}) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'karta-counts-')), 'r.json');
  writeFileSync(file, JSON.stringify({ numPassedTests: 0, numFailedTests: 0, testResults, ...extra }));
  return file;
};

describe('npm test counting', () => {
  test('passed, failed and skipped come from the report', () => {
    const file = report(
      [{ status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] }],
      { numPassedTests: 1, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 },
    );
    expect(readCounts(file)).toMatchObject({ passed: 1, failed: 1, skipped: 3 });
  });

  test('a file that failed to import or in beforeAll counts as one failure', () => {
    const file = report(
      [
        { status: 'failed', assertionResults: [] },
        { status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] },
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
      ],
      { numPassedTests: 1, numPendingTests: 2 },
    );
    expect(readCounts(file)).toMatchObject({ passed: 1, failed: 2 });
  });

  test('a missing report is a failure, never a silent zero', () => {
    expect(readCounts('/nonexistent/report.json')).toMatchObject({
      passed: 0,
      failed: 1,
      missingReport: true,
    });
  });
});
