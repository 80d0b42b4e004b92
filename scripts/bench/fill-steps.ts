import type { Frame } from 'playwright-core';
import type { BenchBrowser, OpenedPage } from './browser';
import { metrics } from './cdp';
import {
  clickAndTime,
  rawLoop,
  reportedFilled,
  shownFieldCount,
  startFrameGaps,
  stopFrameGaps,
  valuesOf,
} from './in-frame';
import { KNOWN_FIELDS } from './pages/fields';

// The steps the fill measures share: a prefill through the panel as the clerk does it (timed in the panel's frame
// from the click to the rendered report), and the raw loop writing the same values on the same form unmatched.

export interface PrefillSample {
  /** ms from the click on «Заполнить форму» to the report in the panel (null: no report in time). */
  clickToReport: number | null;
  /** ms of the page's main-thread CPU time over the same span. */
  pageCpu: number;
  /** Longest gap between the page's animation frames during the prefill, and in the second before it. */
  frameGap: number;
  frameGapBefore: number;
  /** Fields the prefill button counted before the click, and fields the report says were filled. */
  counted: number | null;
  filled: number;
  values: Array<[string, string]>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the panel's prefill button is enabled and, within `countTimeout`, shows a count above zero. */
export async function readyToPrefill(panel: Frame, countTimeout: number): Promise<number | null> {
  await panel.waitForFunction(
    () => !(document.querySelector('[data-action="prefill"]') as HTMLButtonElement | null)?.disabled,
    undefined,
    { timeout: 60_000 },
  );
  await panel
    .waitForFunction(
      () => Number(document.querySelector('[data-action="prefill"]')?.getAttribute('data-field-count')) > 0,
      undefined,
      {
        timeout: countTimeout,
      },
    )
    .catch(() => null);
  return panel.evaluate(shownFieldCount);
}

/**
 * One prefill on a fresh tab. `budget` bounds the whole attempt: a page the engine freezes past it is crashed, so the
 * bench goes on (the sample then has no report).
 */
export async function prefillOnce(
  b: BenchBrowser,
  url: string,
  { budget, countTimeout = 30_000 }: { budget: number; countTimeout?: number },
): Promise<PrefillSample | null> {
  const opened: OpenedPage = await b.open(url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), budget);
  });
  try {
    const attempt = measurePrefill(opened, budget, countTimeout);
    attempt.catch(() => {}); // after a crash it fails unheard; before, the race below passes its error on
    const sample = await Promise.race([attempt, late]);
    if (!sample) await opened.cdp.send('Page.crash').catch(() => {});
    return sample;
  } finally {
    clearTimeout(timer);
    await opened.close().catch(() => {});
  }
}

async function measurePrefill(
  opened: OpenedPage,
  timeout: number,
  countTimeout: number,
): Promise<PrefillSample> {
  const panel = await opened.panel(60_000);
  if (!panel) throw new Error('панель не появилась');
  const counted = await readyToPrefill(panel, countTimeout);
  await opened.page.evaluate(startFrameGaps);
  await sleep(1000);
  const frameGapBefore = await opened.page.evaluate(stopFrameGaps);
  const before = await metrics(opened.cdp);
  await opened.page.evaluate(startFrameGaps);
  const clickToReport = await panel.evaluate(clickAndTime, {
    selector: '[data-action="prefill"]',
    doneSelector: '[data-fill-report]',
    timeout,
  });
  const frameGap = await opened.page.evaluate(stopFrameGaps);
  const after = await metrics(opened.cdp);
  const filled = await panel.evaluate(reportedFilled);
  const values = await opened.page.evaluate(
    valuesOf,
    KNOWN_FIELDS.map((f) => f.id),
  );
  return {
    clickToReport,
    pageCpu: (after.TaskDuration - before.TaskDuration) * 1000,
    frameGap,
    frameGapBefore,
    counted,
    filled,
    values,
  };
}

export interface RawSample {
  loop: number;
  pageCpu: number;
}

export async function rawOnce(
  b: BenchBrowser,
  url: string,
  values: Array<[string, string]>,
): Promise<RawSample> {
  const opened = await b.open(url);
  try {
    await sleep(1000); // the same quiet second the prefill's page has before its click
    const before = await metrics(opened.cdp);
    const loop = await opened.page.evaluate(
      rawLoop,
      values.filter(([, v]) => v),
    );
    const after = await metrics(opened.cdp);
    return { loop, pageCpu: (after.TaskDuration - before.TaskDuration) * 1000 };
  } finally {
    await opened.close();
  }
}
