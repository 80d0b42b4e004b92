// @vitest-environment node

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  budgetProblems,
  PRE_ACTION_BUDGET_BYTES,
  PRE_ACTION_FILES,
  preActionSizes,
} from '@/scripts/bench/sizes';

// The size check of `npm test`: what a kind of matched page parses before the clerk acts is gzipped and held
// against the budget; a kind over it, or a file the build lacks, is a problem named in Russian.

let out = '';
beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'karta-sizes-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const files = {
  small: { js: ['small-agent.js'], css: [] },
  big: { js: ['big-agent.js', 'big-chunk.js'], css: [] },
};

test('a kind within the budget passes; one over it, or a missing file, is reported', () => {
  writeFileSync(path.join(out, 'small-agent.js'), 'console.log("agent");\n'.repeat(2000)); // compresses well
  writeFileSync(path.join(out, 'big-agent.js'), randomBytes(PRE_ACTION_BUDGET_BYTES / 2).toString('hex')); // does not
  writeFileSync(
    path.join(out, 'big-chunk.js'),
    randomBytes(PRE_ACTION_BUDGET_BYTES / 2 + 512).toString('hex'),
  );
  const sizes = preActionSizes(out, files);
  expect(sizes.find((s) => s.kind === 'small')?.gzip).toBeLessThan(PRE_ACTION_BUDGET_BYTES);
  expect(sizes.find((s) => s.kind === 'big')?.gzip).toBeGreaterThan(PRE_ACTION_BUDGET_BYTES);

  const problems = budgetProblems(out, files);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('«big»');
  expect(problems[0]).toContain('больше бюджета');

  expect(budgetProblems(out, { small: files.small })).toEqual([]); // the positive control: nothing to say
  rmSync(path.join(out, 'small-agent.js'));
  expect(budgetProblems(out, { small: files.small })[0]).toContain('не найден');
});

test('an agent with a character outside ASCII is reported: the page would hold its source at two bytes a character', () => {
  writeFileSync(path.join(out, 'small-agent.js'), 'console.log("\\u0430\\u0433\\u0435\\u043d\\u0442");\n');
  expect(budgetProblems(out, { small: files.small })).toEqual([]); // escaped: one byte a character
  writeFileSync(path.join(out, 'small-agent.js'), 'console.log("агент");\n');
  const problems = budgetProblems(out, { small: files.small });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('вне ASCII (позиция 13)');
});

test('a МАИС page counts the form reader its agent has injected with the agent; an issuance page, its agent alone', () => {
  expect(PRE_ACTION_FILES.mais.js).toEqual(['mais-agent.js', 'fields-reader.js']);
  expect(PRE_ACTION_FILES.issuance.js).toEqual(['issuance-agent.js']);
});
