import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';
import type { TestPage } from './types';

// axe-core (WCAG 2.1 A/AA) in a page, an extension page or the panel's frame; returns «rule: target» lines.
// A run that did not see any button is reported as a violation itself, so an empty answer always means «checked».

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function runAxe(): Promise<string[]> {
  type AxeResult = {
    violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown }> }>;
    passes: Array<{ id: string }>;
  };
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  if (!result.passes.some((p) => p.id === 'button-name')) return ['axe did not see any button'];
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`),
  );
}

export async function axeViolations(page: TestPage, where: 'page' | 'panel' = 'page'): Promise<string[]> {
  if (where === 'panel') {
    await page.panelEvaluate(`${AXE_SOURCE};true`);
    return page.panelEvaluate(runAxe);
  }
  await page.evaluate(`${AXE_SOURCE};true`);
  return page.evaluate(runAxe);
}
