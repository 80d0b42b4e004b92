import type { BenchMeasure } from '../context';
import { countOnce, ownPaint } from '../count-steps';
import { median, ms } from '../stats';

// Field-count latency: a МАИС page that renders its 2,000-field card late (as a single-page application does after
// the clerk opens a record). From the moment the form is in the page to the moment the panel's prefill button
// shows a count above zero — the watcher's notice, the agent's description, the panel's plan and render.

const FIELDS = 2000;

const measure: BenchMeasure = {
  order: 60,
  title: `Счётчик полей: форма из ${FIELDS} полей появилась позже / field-count latency`,
  async run({ chromium, server, quick }) {
    const b = await chromium();
    const latencies: Array<number | null> = [];
    /** From the first frame the matched page showed with the form to the count. */
    const afterPaint: Array<number | null> = [];
    const own: number[] = [];
    for (let r = 0; r < (quick ? 1 : 3); r++) {
      const page = `form.html?fields=${FIELDS}&late=1`;
      own.push(await ownPaint(b, server.url('off', page)));
      const sample = await countOnce(b, server.url('on', page));
      latencies.push(sample.fromInsertion);
      afterPaint.push(sample.fromPaint);
    }
    const got = latencies.filter((x): x is number => x !== null);
    const value = got.length === latencies.length ? median(got) : null;
    const painted = afterPaint.filter((x): x is number => x !== null);
    const fromPaint = painted.length === afterPaint.length ? median(painted) : null;
    return {
      columns: [
        'полей',
        'повторов',
        'появление формы → число на кнопке',
        'все замеры',
        'первый кадр с формой → число на кнопке',
        'та же форма без расширения: вставка → отрисовка',
      ],
      rows: [
        [
          FIELDS,
          latencies.length,
          ms(value),
          latencies.map((x) => (x === null ? 'нет за 30 с' : x.toFixed(0))).join(', '),
          ms(fromPaint),
          ms(median(own)),
        ],
      ],
      note: 'Время по часам страницы и панели (performance.timeOrigin + now): форма вставлена целиком одним действием страницы. Первый кадр с формой — когда страница с панелью показала вставленную форму (кадр после вставки и задача за ним): от него отсчитывается то, что специалист ждёт сверх самой страницы. Последний столбец — та же вставка на странице без расширения до первого кадра с формой: часть задержки, которую страница тратит сама.',
      figures: [
        {
          id: 'field-count',
          label: `Счётчик полей после появления формы из ${FIELDS} полей`,
          value,
          unit: 'ms',
          goal: { max: 300, text: '≤ 300 мс' },
          detail: `медиана ${latencies.length}; сама страница вставляет и рисует эту форму за ${ms(median(own))}`,
        },
        {
          id: 'field-count-after-paint',
          label: `Счётчик полей после первого кадра с формой из ${FIELDS} полей`,
          value: fromPaint,
          unit: 'ms',
          goal: { max: 300, text: '≤ 300 мс' },
          detail: 'то же, отсчёт от кадра, в котором страница показала форму',
        },
      ],
      data: { latencies, afterPaint, own },
    };
  },
};
export default measure;
