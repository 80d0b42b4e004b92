// Types shared by the bench's measures (./measures, one measure per file; see measures/README.md).
import type * as Harness from '../../tests/e2e/harness';
import type { BenchBrowser } from './browser';
import type { BenchServer } from './server';

export interface BenchContext {
  root: string;
  /** The e2e harness (launchExtension, openPage…); the builds in .output/ are fresh when measures run. */
  harness: typeof Harness;
  /** Generated pages: /bench/on/ (a МАИС site), /bench/issuance/ (an issuance site), /bench/off/ (not matched). */
  server: BenchServer;
  /** The Chromium most measures share (launched on first use, closed by the bench). */
  chromium(): Promise<BenchBrowser>;
  /**
   * A Chromium of its own, for measures that need a fresh extension (memory); the measure closes it. `alsoLoad`:
   * other unpacked extensions beside the build (the reference extension of empty-extension.ts).
   */
  freshChromium(alsoLoad?: string[]): Promise<BenchBrowser>;
  /** `--quick`: fewer repetitions, for developing the bench; figures are then only indicative. */
  quick: boolean;
}

/** One figure checked against a goal of the performance work; `value` is in `unit`. */
export interface Figure {
  id: string;
  /** What it is, in Russian, for the summary table. */
  label: string;
  value: number | null;
  unit: 'ms' | '×' | 'KB' | 'MB' | 'ΔMB' | 's';
  /** The goal as a limit the value should stay within, and how it reads. */
  goal?: { max: number; text: string };
  /** How the value was taken (sample size, spread). */
  detail?: string;
}

export interface BenchResult {
  columns: string[];
  rows: Array<Array<string | number>>;
  /** What was measured and how, under the table. */
  note?: string;
  figures?: Figure[];
  /** Raw samples, kept in bench.json. */
  data?: unknown;
}

export interface BenchMeasure {
  /** Order in the run (measures run in ascending order). */
  order: number;
  title: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}
