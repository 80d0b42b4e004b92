import type { BenchMeasure } from '../context';
import { pageTimes, panelPaintedAt } from '../in-frame';
import { median, spread } from '../stats';

// The panel's first paint after DOMContentLoaded on a light issuance page (the heavy МАИС page's figure comes from
// the host-page measure): fresh tabs one after another.

const measure: BenchMeasure = {
  order: 25,
  title: 'Панель на странице выдачи: первая отрисовка после DOMContentLoaded / panel paint',
  async run({ chromium, server, quick }) {
    const b = await chromium();
    const paints: number[] = [];
    let missed = 0;
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      const opened = await b.open(server.url('issuance', 'issuance.html'));
      const panel = await opened.panel(30_000);
      const painted = panel ? await panel.evaluate(panelPaintedAt) : null;
      if (painted === null) missed++;
      else paints.push(painted - (await opened.page.evaluate(pageTimes)).dcl);
      await opened.close();
    }
    return {
      columns: ['страница', 'загрузок', 'панель нарисована после DOMContentLoaded, мс', 'не появилась'],
      rows: [['выдача карты (лёгкая)', paints.length + missed, spread(paints), missed]],
      figures: [
        {
          id: 'paint-issuance',
          label: 'Панель нарисована после DOMContentLoaded (страница выдачи)',
          value: paints.length ? median(paints) : null,
          unit: 'ms',
          goal: { max: 500, text: '≤ 500 мс' },
          detail: `${paints.length} загрузок`,
        },
      ],
      data: paints,
    };
  },
};
export default measure;
