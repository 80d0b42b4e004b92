import type { BenchMeasure, Figure } from '../context';
import { countOnce } from '../count-steps';
import { prefillOnce, rawOnce } from '../fill-steps';
import { KNOWN_FIELDS, LAYOUTS, type Layout } from '../pages/fields';
import { median, ms, ratio, times } from '../stats';

// The same fill and field count on card forms laid out the ways registry forms are (pages/fields.ts): a table with
// section titles in rows, label texts and headings as siblings of the controls, `aria-labelledby`, wrapping labels.
// None of them is the structure the other measures use, so the engine's per-field cost is seen on structures it was
// not tuned for: click → report at 20 / 200 / 2,000 fields, the raw loop on the same 2,000-field form, how the cost
// of one more field grows, and the count after the first frame of a late 2,000-field card.

const SIZES = [20, 200, 2000] as const;

const WHAT: Record<Layout, string> = {
  fieldset: '`<label for>`, 20 полей в fieldset с legend',
  table: 'одна таблица, заголовки разделов — строки таблицы, подписи в ячейках без `for`',
  flat: 'заголовки, подписи и поля — соседи в одном контейнере',
  aria: 'aria-labelledby к тексту рядом, разделы по id заголовка',
  wrap: 'поле внутри своего `<label>`, заголовки-соседи',
  dl: 'список определений: подпись — `<dt>`, поле — в `<dd>` после неё',
  floating: 'плавающие подписи Bootstrap: сначала поле, за ним его `<label for>`',
  placeholder: 'без подписей: поле называет его placeholder (список — aria-label)',
};

interface LayoutResult {
  click: Record<number, number>;
  raw: number;
  growth: number;
  count: number | null;
  filled: number[];
}

const measure: BenchMeasure = {
  order: 65,
  title: 'Заполнение и счётчик на формах разной вёрстки / fill across layouts',
  async run({ chromium, server, quick }) {
    const b = await chromium();
    await b.putChecklist();
    // Three rounds, each over every layout: a busy minute of the machine falls on every layout's one sample, not on
    // one layout's every sample, and a median of three sets one slow sample aside (a median of two is their mean).
    const reps = quick ? 1 : 3;
    const samples = new Map(
      LAYOUTS.map((layout) => [
        layout,
        {
          clicks: { 20: [], 200: [], 2000: [] } as Record<number, number[]>,
          raws: [] as number[],
          counts: [] as Array<number | null>,
          filled: [] as number[],
        },
      ]),
    );
    for (let r = 0; r < reps; r++)
      for (const layout of LAYOUTS) {
        const { clicks, raws, counts, filled } = samples.get(layout)!;
        for (const n of SIZES) {
          const page = `form.html?fields=${n}&layout=${layout}`;
          const p = await prefillOnce(b, server.url('on', page), { budget: quick ? 60_000 : 120_000 });
          clicks[n].push(p?.clickToReport ?? Number.NaN);
          filled.push(p?.filled ?? 0);
          if (n === 2000 && p) raws.push((await rawOnce(b, server.url('off', page), p.values)).loop);
        }
        const late = `form.html?fields=2000&late=1&layout=${layout}`;
        counts.push((await countOnce(b, server.url('on', late))).fromPaint);
      }
    const results = new Map<Layout, LayoutResult>();
    for (const [layout, { clicks, raws, counts, filled }] of samples) {
      const click = Object.fromEntries(SIZES.map((n) => [n, median(clicks[n])]));
      const growth = ratio((click[2000] - click[200]) / 1800, (click[200] - click[20]) / 180);
      const counted = counts.filter((x): x is number => x !== null);
      results.set(layout, {
        click,
        raw: median(raws),
        growth,
        count: counted.length === counts.length ? median(counted) : null,
        filled,
      });
    }
    const all = [...results.values()];
    const worst = (pick: (r: LayoutResult) => number | null) =>
      all.some((r) => pick(r) === null) ? null : Math.max(...all.map((r) => pick(r) as number));
    const expected = KNOWN_FIELDS.length;
    const figures: Figure[] = [
      {
        id: 'layouts-fill-2000',
        label: `Заполнение 2000 полей, худшая из ${LAYOUTS.length} вёрсток: щелчок → отчёт`,
        value: worst((r) => r.click[2000]),
        unit: 'ms',
        goal: { max: 500, text: '≤ 500 мс' },
      },
      {
        id: 'layouts-growth',
        label: `Цена одного поля 200→2000 против 20→200, худшая из ${LAYOUTS.length} вёрсток`,
        value: worst((r) => r.growth),
        unit: '×',
        goal: { max: 1.2, text: '≤ 1.2×' },
      },
      {
        id: 'layouts-count',
        label: `Счётчик после первого кадра с формой из 2000 полей, худшая из ${LAYOUTS.length} вёрсток`,
        value: worst((r) => r.count),
        unit: 'ms',
        goal: { max: 300, text: '≤ 300 мс' },
      },
    ];
    return {
      columns: [
        'вёрстка',
        'как устроена',
        'щелчок → отчёт: 20 / 200 / 2000 полей',
        'простой цикл, 2000',
        'рост цены поля',
        'счётчик после кадра',
        'заполнено',
      ],
      rows: LAYOUTS.map((layout) => {
        const r = results.get(layout) as LayoutResult;
        return [
          layout,
          WHAT[layout],
          SIZES.map((n) => r.click[n].toFixed(0)).join(' / '),
          ms(r.raw),
          times(r.growth),
          ms(r.count),
          r.filled.every((n) => n === expected) ? `${expected} из ${expected}` : r.filled.join(', '),
        ];
      }),
      note: `${reps} круга по всем вёрсткам (в каждом — по одному замеру каждого размера и счётчика); медианы. Простой цикл пишет те же значения по известным id на той же форме без расширения. «Заполнено» — полей со статусом «заполнено» в отчёте (ожидается ${expected}) во всех прогонах.`,
      figures,
      data: Object.fromEntries(results),
    };
  },
};
export default measure;
