import type { BenchMeasure, Figure } from '../context';
import { type PrefillSample, prefillOnce, type RawSample, rawOnce } from '../fill-steps';
import { median, ms, ratio, times } from '../stats';

// The fill engine on generated forms of 20, 200 and 2,000 fields (the 17 a veteran's checklist fills, the rest
// «Показатель учёта N»): the clerk's click on «Заполнить форму» → the report in the panel, against a raw loop that
// writes the same values into the same form (focus, native setter, input, change, blur) by known ids. Also the
// page's main-thread CPU time each takes, and how the cost of one more field grows with the form.

const SIZES = [20, 200, 2000];

const measure: BenchMeasure = {
  order: 40,
  title: 'Заполнение: формы из 20, 200 и 2000 полей против простого цикла / fill engine',
  async run({ chromium, server, quick }) {
    const b = await chromium();
    await b.putChecklist();
    // Five: with three, the 200-field ratio's median swung 1.51–1.85× between two runs of one hour.
    const reps = quick ? 1 : 5;
    const pre: Record<number, PrefillSample[]> = Object.fromEntries(SIZES.map((n) => [n, []]));
    const raw: Record<number, RawSample[]> = Object.fromEntries(SIZES.map((n) => [n, []]));
    for (let r = 0; r < reps; r++) {
      for (const n of SIZES) {
        const page = `form.html?fields=${n}`;
        const p = await prefillOnce(b, server.url('on', page), { budget: quick ? 60_000 : 120_000 });
        if (!p) throw new Error(`форма из ${n} полей: нет отчёта о заполнении`);
        pre[n].push(p);
        raw[n].push(await rawOnce(b, server.url('off', page), p.values));
      }
    }
    const click = (n: number) => median(pre[n].map((s) => s.clickToReport ?? Number.NaN));
    const cpu = (n: number) => median(pre[n].map((s) => s.pageCpu));
    const loop = (n: number) => median(raw[n].map((s) => s.loop));
    const rawCpu = (n: number) => median(raw[n].map((s) => s.pageCpu));
    // Cost of one more field: between 20 and 200 fields, then between 200 and 2,000.
    const perField = (t: (n: number) => number) => [(t(200) - t(20)) / 180, (t(2000) - t(200)) / 1800];
    const [clickLow, clickHigh] = perField(click);
    const [cpuLow, cpuHigh] = perField(cpu);
    const figures: Figure[] = [
      {
        id: 'fill-200-ratio',
        label: 'Заполнение 200 полей: щелчок → отчёт / простой цикл',
        value: ratio(click(200), loop(200)),
        unit: '×',
        goal: { max: 2, text: '≤ 2×' },
        detail: `${ms(click(200))} против ${ms(loop(200), 1)}; ЦП страницы ${ms(cpu(200))} против ${ms(rawCpu(200), 1)}`,
      },
      {
        id: 'fill-2000',
        label: 'Заполнение 2000 полей: щелчок → отчёт',
        value: click(2000),
        unit: 'ms',
        goal: { max: 500, text: '≤ 500 мс' },
        detail: `ЦП страницы ${ms(cpu(2000))}`,
      },
      {
        id: 'fill-growth',
        label: 'Цена одного поля: 200→2000 против 20→200 (щелчок → отчёт)',
        value: ratio(clickHigh, clickLow),
        unit: '×',
        goal: { max: 1.2, text: '≤ 1.2×' },
        detail: `${clickLow.toFixed(2)} → ${clickHigh.toFixed(2)} мс/поле; по ЦП страницы ${cpuLow.toFixed(2)} → ${cpuHigh.toFixed(2)} (${times(ratio(cpuHigh, cpuLow))})`,
      },
    ];
    return {
      columns: [
        'полей',
        'щелчок → отчёт',
        'ЦП страницы при заполнении',
        'простой цикл',
        'ЦП страницы при цикле',
        'отношение (щелчок / цикл)',
        'отношение ЦП',
        'кнопка насчитала / заполнено',
      ],
      rows: SIZES.map((n) => [
        n,
        ms(click(n)),
        ms(cpu(n)),
        ms(loop(n), 1),
        ms(rawCpu(n), 1),
        times(ratio(click(n), loop(n))),
        times(ratio(cpu(n), rawCpu(n))),
        `${pre[n][0].counted ?? '—'} / ${pre[n][0].filled}`,
      ]),
      note: `Медианы ${reps} повторов, формы вперемешку; заполнение — на странице с панелью (первое нажатие; модуль заполнения к нему уже в странице: панель загружает его, как только чек-лист разрешает заполнение и план вписывает значение), цикл — та же форма без панели. Цена поля: (t(200) − t(20)) / 180 и (t(2000) − t(200)) / 1800.`,
      figures,
      data: { prefill: pre, raw },
    };
  },
};
export default measure;
