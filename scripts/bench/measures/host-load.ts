import { metrics } from '../cdp';
import type { BenchMeasure, Figure } from '../context';
import { pageTimes, panelPaintedAt } from '../in-frame';
import { median, quantile, ratio, spread, times } from '../stats';

// Host-page overhead: the heavy МАИС-like page loaded in pairs, matched (the МАИС agent, its docked panel) and not
// matched (the same page at an address no site names), in alternating order, one tab at a time. Load-event time
// comes from the page's navigation timing; main-thread time is the renderer main thread's CPU time (thread ticks)
// up to the load event, so waiting for a busy core does not count. On matched loads the panel's first paint is
// noted against the page's DOMContentLoaded.

interface Sample {
  load: number;
  dcl: number;
  /** ms of main-thread CPU time from navigation to the load event. */
  task: number;
  /** ms from DOMContentLoaded to the panel's first paint (matched loads only). */
  paint?: number | null;
}

const measure: BenchMeasure = {
  order: 20,
  title: 'Нагрузка на страницу: тяжёлая страница МАИС с панелью и без / host-page overhead',
  async run({ chromium, server, quick }) {
    const browser = await chromium();
    const pairs = quick ? 4 : 20;
    const samples: Record<'on' | 'off', Sample[]> = { on: [], off: [] };
    const loadOnce = async (folder: 'on' | 'off') => {
      const opened = await browser.open(server.url(folder, 'heavy.html'));
      const m = await metrics(opened.cdp);
      const t = await opened.page.evaluate(pageTimes);
      const origin = await opened.page.evaluate(() => performance.timeOrigin);
      const sample: Sample = { load: t.load - origin, dcl: t.dcl - origin, task: m.TaskDuration * 1000 };
      if (folder === 'on') {
        const panel = await opened.panel(30_000);
        const painted = panel ? await panel.evaluate(panelPaintedAt) : null;
        sample.paint = painted === null ? null : painted - t.dcl;
      }
      samples[folder].push(sample);
      await opened.close();
    };
    await loadOnce('off'); // warm-up: server, caches, the renderer binary
    samples.off.length = 0;
    for (let i = 0; i < pairs; i++) {
      for (const folder of i % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const))
        await loadOnce(folder);
    }
    const pick = (f: 'on' | 'off', k: 'load' | 'task' | 'dcl') => samples[f].map((s) => s[k]);
    const pairRatios = (k: 'load' | 'task') => samples.on.map((s, i) => ratio(s[k], samples.off[i][k]));
    const loadRatio = ratio(median(pick('on', 'load')), median(pick('off', 'load')));
    const taskRatio = ratio(median(pick('on', 'task')), median(pick('off', 'task')));
    const paints = samples.on.map((s) => s.paint).filter((p): p is number => typeof p === 'number');
    const missed = samples.on.length - paints.length;
    const spreadOf = (xs: number[]) => `${times(quantile(xs, 0.25))}–${times(quantile(xs, 0.75))}`;
    const figures: Figure[] = [
      {
        id: 'load-ratio',
        label: 'Событие load тяжёлой страницы МАИС, с панелью / без',
        value: loadRatio,
        unit: '×',
        goal: { max: 1.03, text: '≤ 1.03×' },
        detail: `медианы ${pairs} пар; отношения в парах ${spreadOf(pairRatios('load'))}`,
      },
      {
        id: 'task-ratio',
        label: 'Время главного потока до load (ЦП), с панелью / без',
        value: taskRatio,
        unit: '×',
        goal: { max: 1.03, text: '≤ 1.03×' },
        detail: `медианы ${pairs} пар; отношения в парах ${spreadOf(pairRatios('task'))}`,
      },
      {
        id: 'paint-mais',
        label: 'Панель нарисована после DOMContentLoaded (тяжёлая страница МАИС)',
        value: paints.length ? median(paints) : null,
        unit: 'ms',
        goal: { max: 500, text: '≤ 500 мс' },
        detail: `${paints.length} загрузок${missed ? `, панель не появилась ${missed} раз` : ''}`,
      },
    ];
    return {
      columns: ['', 'без панели / not matched', 'с панелью / matched', 'с панелью / без'],
      rows: [
        ['load, мс', spread(pick('off', 'load')), spread(pick('on', 'load')), times(loadRatio)],
        [
          'DOMContentLoaded, мс',
          spread(pick('off', 'dcl')),
          spread(pick('on', 'dcl')),
          times(ratio(median(pick('on', 'dcl')), median(pick('off', 'dcl')))),
        ],
        [
          'главный поток до load (ЦП), мс',
          spread(pick('off', 'task')),
          spread(pick('on', 'task')),
          times(taskRatio),
        ],
        ['панель нарисована после DOMContentLoaded, мс', '—', spread(paints), ''],
      ],
      note: `${pairs} пар загрузок вперемешку (порядок в паре чередуется), по одной вкладке; медиана (p25–p75). Страница: ≈400 полей, таблица из 40 строк перерисовывается каждые 100 мс.`,
      figures,
      data: samples,
    };
  },
};
export default measure;
