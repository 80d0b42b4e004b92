// Types for bench measures in ./measures (see measures/README.md).
import type * as Harness from '../../tests/e2e/harness';

export interface BenchContext {
  root: string;
  /** The e2e harness: startFixtureServer, launchExtension (the Chromium build is fresh when measures run). */
  harness: typeof Harness;
}

export interface BenchResult {
  columns: string[];
  rows: Array<Array<string | number>>;
  /** One line under the table: what was measured and how (e.g. «median of 5 loads»). */
  note?: string;
}

export interface BenchMeasure {
  title: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}
