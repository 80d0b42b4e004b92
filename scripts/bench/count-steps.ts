import type { BenchBrowser } from './browser';
import { noteCountAppears, showFormAndPaint, shownFieldCount } from './in-frame';

// The step the field-count measures share: a МАИС page that renders its card late (as a single-page application
// does after the clerk opens a record) — from the moment the form is in the page, and from the first frame that
// shows it, to the moment the panel's prefill button shows a count above zero.

export interface CountSample {
  /** ms from the page's insertion of the form to the count (null: no count within 30 s). */
  fromInsertion: number | null;
  /** ms from the first frame the page showed with the form to the count. */
  fromPaint: number | null;
}

/** One late form on a fresh matched tab (`url` must be a `late` form page). */
export async function countOnce(b: BenchBrowser, url: string): Promise<CountSample> {
  const opened = await b.open(url);
  try {
    const panel = await opened.panel(60_000);
    if (!panel) throw new Error('панель не появилась');
    await panel.waitForFunction(() => document.querySelector('[data-action="prefill"]'), undefined, {
      timeout: 30_000,
    });
    if ((await panel.evaluate(shownFieldCount)) !== 0) throw new Error('до формы кнопка показывает не 0');
    await panel.evaluate(noteCountAppears);
    const [shownAt, paintedAt] = await opened.page.evaluate(
      () =>
        new Promise<[number, number]>((resolve) => {
          const at = (window as unknown as { __showForm(): number }).__showForm();
          requestAnimationFrame(() =>
            setTimeout(() => resolve([at, performance.timeOrigin + performance.now()]), 0),
          );
        }),
    );
    const countAt = await panel
      .waitForFunction(() => (window as unknown as { __countAt?: number }).__countAt, undefined, {
        timeout: 30_000,
      })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => null);
    return {
      fromInsertion: countAt === null ? null : countAt - shownAt,
      fromPaint: countAt === null ? null : countAt - paintedAt,
    };
  } finally {
    await opened.close();
  }
}

/** The same late form inserted on a page without the extension: its insertion to its first frame (ms). */
export async function ownPaint(b: BenchBrowser, url: string): Promise<number> {
  const plain = await b.open(url);
  try {
    return await plain.page.evaluate(showFormAndPaint);
  } finally {
    await plain.close();
  }
}
