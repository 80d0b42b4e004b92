import { readyState } from '../../../tests/e2e/libs/person';
import { LIB_FIXTURES, pageUrl } from '../../../tests/fixtures/libs/cases';
import { sampleChecklist } from '../../../tests/fixtures/libs/sample';
import type { BenchMeasure } from '../context';
import { clickAndTime, reportedFilled } from '../in-frame';
import { median, quantile } from '../stats';

// The fill on the library forms the end-to-end tests check (tests/fixtures/libs: 45 pages, 17 fields each, real
// component libraries): how long the clerk waits from the click to the report. Unlike the generated forms, this time
// is mostly the page's own — lists that open, calendars that close, frameworks that render — and the engine's waits
// for them. One Chromium of its own, the pages one after another; the slowest pages in the table. The bench bundles
// the pages first (tests/fixtures/libs/build.mjs), as the end-to-end run does.

const SETTINGS = { version: 1, sites: [{ kind: 'mais', match: 'http://127.0.0.1/fixtures/libs/*' }] };
const SHOWN = 12;

/** A library page's fill takes seconds (lists, calendars, a dictionary loaded on purpose): this long is no report. */
const REPORT_TIMEOUT_MS = 60_000;

const measure: BenchMeasure = {
  order: 68,
  title: 'Заполнение на формах библиотек интерфейса: щелчок → отчёт / fill on library forms',
  async run({ harness, quick }) {
    const server = await harness.startFixtureServer();
    const session = await harness.launchExtension('chromium', { settings: SETTINGS });
    const samples: Array<{ id: string; library: string; ms: number | null; filled: number }> = [];
    try {
      for (const fixture of quick ? LIB_FIXTURES.slice(0, 8) : LIB_FIXTURES) {
        await session.setStorage('session', {
          checklist: { checklist: sampleChecklist(), expiresAt: Date.now() + 10 * 60_000 },
        });
        const page = await session.openPage(server.url(pageUrl(fixture)));
        try {
          await readyState(page, fixture.ready);
          await page.waitForPanel(15_000);
          await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
          const ms = await page.panelEvaluate(clickAndTime, {
            selector: '[data-action="prefill"]',
            doneSelector: '[data-fill-report]',
            timeout: REPORT_TIMEOUT_MS,
          });
          samples.push({
            id: fixture.id,
            library: fixture.library,
            ms,
            filled: ms === null ? 0 : await page.panelEvaluate(reportedFilled),
          });
        } catch {
          samples.push({ id: fixture.id, library: fixture.library, ms: null, filled: 0 });
        } finally {
          await page.close();
        }
      }
    } finally {
      await session.close();
      await server.close();
    }
    const timed = samples.flatMap((s) => (s.ms === null ? [] : [s.ms]));
    const slowest = [...samples].sort((a, b) => (b.ms ?? Infinity) - (a.ms ?? Infinity)).slice(0, SHOWN);
    const total = timed.reduce((a, b) => a + b, 0);
    return {
      columns: ['форма', 'библиотека', 'щелчок → отчёт, мс', 'заполнено'],
      rows: slowest.map((s) => [s.id, s.library, s.ms === null ? '—' : s.ms.toFixed(0), s.filled]),
      note:
        `${samples.length} форм по одной загрузке, медленнейшие ${SHOWN}. Всего ${(total / 1000).toFixed(1)} с, ` +
        `медиана ${timed.length ? median(timed).toFixed(0) : '—'} мс, 90-й процентиль ` +
        `${timed.length ? quantile(timed, 0.9).toFixed(0) : '—'} мс; без отчёта: ${samples.length - timed.length}. ` +
        'В «заполнено» — поля со статусом «заполнено» в отчёте (из 17; известные пробелы форм — в их описании).',
      figures: [
        {
          id: 'libs-fill-median',
          label: 'Заполнение формы на библиотеке интерфейса (17 полей): медиана щелчок → отчёт',
          value: timed.length ? median(timed) : null,
          unit: 'ms',
          detail: `${timed.length} форм, 90-й процентиль ${timed.length ? quantile(timed, 0.9).toFixed(0) : '—'} мс`,
        },
      ],
      data: samples,
    };
  },
};
export default measure;
