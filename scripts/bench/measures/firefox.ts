import type { BenchMeasure } from '../context';
import { pageTimes, panelPaintedAt } from '../in-frame';
import { BENCH_SETTINGS } from '../server';
import { median, ratio, spread, times } from '../stats';

// Firefox ESR, where it is cheap: the heavy МАИС page's load event matched and not matched, in pairs whose order
// alternates (Firefox has no CDP here, so no CPU time), and the panel's first paint after DOMContentLoaded. With
// six pairs always in the order «not matched, matched» the ratio swung 1.22–1.41× between runs; twelve pairs in
// alternating order after a warm-up load of each kind gave 0.98–1.10× on a busy day, quartiles overlapping; twenty,
// as in Chromium, for a steadier median.

const measure: BenchMeasure = {
  order: 90,
  title: 'Firefox ESR: событие load тяжёлой страницы и отрисовка панели / Firefox',
  async run({ harness, server, quick }) {
    const session = await harness.launchExtension('firefox', { settings: BENCH_SETTINGS });
    const loads = { on: [] as number[], off: [] as number[] };
    const paints: number[] = [];
    try {
      const pairs = quick ? 2 : 20;
      // One load of each kind first warms the browser up (the agent's first compile, the extension's process);
      // then pairs whose order alternates, as in Chromium.
      const order: Array<'on' | 'off'> = ['off', 'on'];
      for (let i = 0; i < pairs; i++)
        order.push(...(i % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)));
      for (const [i, folder] of order.entries()) {
        const page = await session.openPage(server.url(folder, 'heavy.html'));
        const t = await page.evaluate(pageTimes);
        const origin = await page.evaluate(() => performance.timeOrigin);
        if (i > 1) loads[folder].push(t.load - origin);
        if (folder === 'on') {
          await page.waitForPanel(30_000).catch(() => {});
          const painted = await page.panelEvaluate(panelPaintedAt).catch(() => null);
          if (painted !== null && i > 1) paints.push(painted - t.dcl);
        }
        await page.close();
      }
    } finally {
      await session.close();
    }
    const loadRatio = ratio(median(loads.on), median(loads.off));
    return {
      columns: ['', 'без панели', 'с панелью', 'с панелью / без'],
      rows: [
        ['load, мс', spread(loads.off), spread(loads.on), times(loadRatio)],
        ['панель нарисована после DOMContentLoaded, мс', '—', spread(paints), ''],
      ],
      note: `${loads.on.length} загрузок с панелью и ${loads.off.length} без, вперемешку; медиана (p25–p75).`,
      figures: [
        {
          id: 'firefox-load-ratio',
          label: 'Firefox: событие load тяжёлой страницы МАИС, с панелью / без',
          value: loadRatio,
          unit: '×',
          goal: { max: 1.03, text: '≤ 1.03×' },
          detail: `${loads.on.length} + ${loads.off.length} загрузок`,
        },
        {
          id: 'firefox-paint',
          label: 'Firefox: панель нарисована после DOMContentLoaded',
          value: paints.length ? median(paints) : null,
          unit: 'ms',
          goal: { max: 500, text: '≤ 500 мс' },
        },
      ],
      data: { loads, paints },
    };
  },
};
export default measure;
