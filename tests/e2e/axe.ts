import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type TestPage } from './harness';

// axe-core (WCAG 2.1 A/AA) on a whole extension page, in the page itself; returns «impact rule: target» lines for
// the violations at or above the given impact, and fails loudly when axe saw nothing to check.

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: TestPage, impacts = ['serious', 'critical']): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE};true`);
  return page.evaluate(async (wanted: string[]) => {
    type AxeResult = {
      violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }>;
      passes: Array<{ id: string }>;
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    if (!result.passes.some((p) => p.id === 'color-contrast')) return ['axe checked no text contrast'];
    return result.violations
      .filter((v) => wanted.includes(v.impact))
      .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${JSON.stringify(n.target)}`));
  }, impacts);
}
