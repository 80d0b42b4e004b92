import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';
import type { TestPage } from './types';

// axe-core (WCAG 2.1 A/AA) in a page, an extension page or the panel's frame; returns «rule (impact): target» lines.
// A run that did not see the kind of element it is meant to check (by default a button) is reported as a violation
// itself, so an empty answer always means «checked».

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeScope {
  /** Check only this part of the document (a CSS selector). */
  include?: string;
  /** An axe rule that must have passed somewhere in the scope (default `button-name`: a button was seen). */
  mustPass?: string;
}

async function runAxe(include: string | null, mustPass: string): Promise<string[]> {
  type AxeResult = {
    violations: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown }> }>;
    passes: Array<{ id: string }>;
  };
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
  const result = await axe.run(include ? { include: [[include]] } : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  if (!result.passes.some((p) => p.id === mustPass)) return [`axe saw nothing that ${mustPass} checks`];
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`),
  );
}

export async function axeViolations(
  page: TestPage,
  where: 'page' | 'panel' = 'page',
  scope: AxeScope = {},
): Promise<string[]> {
  const args = [scope.include ?? null, scope.mustPass ?? 'button-name'];
  if (where === 'panel') {
    await page.panelEvaluate(`${AXE_SOURCE};true`);
    return page.panelEvaluate(runAxe, ...args);
  }
  await page.evaluate(`${AXE_SOURCE};true`);
  return page.evaluate(runAxe, ...args);
}
