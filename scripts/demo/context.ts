import path from 'node:path';
import type { ExtSession, FixtureServer, TestPage, WaitOptions } from '../../tests/e2e/harness';

// What every demo step gets, and the small vocabulary steps use to say «done», «not built yet» or «broken».

export type StepStatus = 'ok' | 'todo' | 'failed';

export interface StepOutcome {
  /** Short lines for the summary (Russian; no personal data beyond the demo page's fictional citizen). */
  details: string[];
  /** File name inside demo-output/. */
  screenshot?: string;
}

export interface DemoStep {
  /** Letter in the summary: a, b, c… */
  id: string;
  title: string;
  titleEn: string;
  run(ctx: DemoContext): Promise<StepOutcome>;
}

export interface StepResult extends StepOutcome {
  step: DemoStep;
  status: StepStatus;
  error?: string;
}

/** Thrown by a step when the feature it shows is not built yet; reported as «ещё не реализовано», not a crash. */
export class NotYetImplemented extends Error {}
export const notYet = (what: string): never => {
  throw new NotYetImplemented(what);
};

export interface DemoContext {
  session: ExtSession;
  server: FixtureServer;
  outDir: string;
  /** Pages kept open between steps (the issuance tab of step a is the one the gate step clicks). */
  pages: Partial<Record<'issuance' | 'mais' | 'popup', TestPage>>;
  /** Results of earlier steps, by id, so a step can say it depends on one that did not work. */
  results: Map<string, StepResult>;
  shot(page: TestPage, name: string, fullPage?: boolean): Promise<string>;
}

export function createContext(session: ExtSession, server: FixtureServer, outDir: string): DemoContext {
  return {
    session,
    server,
    outDir,
    pages: {},
    results: new Map(),
    shot: async (page, name, fullPage = false) => {
      await page.screenshot(path.join(outDir, name), { fullPage });
      return name;
    },
  };
}

/** True when the element shows up within the timeout; never throws. */
export async function appears(page: TestPage, selector: string, opts: WaitOptions = {}): Promise<boolean> {
  try {
    await page.waitFor(selector, { timeout: 3_000, ...opts });
    return true;
  } catch {
    return false;
  }
}

export async function panelAppears(page: TestPage, timeout = 8_000): Promise<boolean> {
  try {
    await page.waitForPanel(timeout);
    return true;
  } catch {
    return false;
  }
}

/** Fails with «ещё не реализовано» when an earlier step this one builds on did not succeed. */
export function requireStep(ctx: DemoContext, id: string, what: string): void {
  const earlier = ctx.results.get(id);
  if (earlier?.status !== 'ok') notYet(`${what} (нужен шаг ${id})`);
}
