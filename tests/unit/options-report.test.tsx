import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { matchingPreset, periodProblem, presetPeriod } from '@/components/options/period';
import { createReportModel, type ReportModel } from '@/components/options/report-model';
import type { Outcome } from '@/utils/journal/outcomes';
import { line, seedDays } from './journal-helpers';

// «Now» is fixed: Wednesday 11 March 2026, 15:00 local time.
const NOW = new Date(2026, 2, 11, 15, 0);
const now = () => NOW;
const at = (m: number, d: number, h = 12) => new Date(2026, m - 1, d, h).toISOString();
const entry = (outcome: string, iso: string) => line(outcome as Outcome, iso);

let container: HTMLElement;
let model: ReportModel | undefined;

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

async function mount(lines: ReturnType<typeof entry>[] = [], extra: Record<string, unknown> = {}) {
  await seedDays(lines);
  await fakeBrowser.storage.local.set(extra);
  model = createReportModel({ now });
  await model.load();
  const report = model;
  act(() => render(<OptionsApp report={report} now={now} />, container));
  await flush();
}

const cell = (date: string, outcome: string) =>
  container.querySelector(`tr[data-date="${date}"] td[data-outcome="${outcome}"]`)?.textContent;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  model?.dispose();
  model = undefined;
  container.remove();
  vi.restoreAllMocks();
});

describe('period presets', () => {
  test('map to local days ending today', () => {
    expect(presetPeriod('today', NOW)).toEqual({ from: '2026-03-11', to: '2026-03-11' });
    expect(presetPeriod('week', NOW)).toEqual({ from: '2026-03-05', to: '2026-03-11' });
    expect(presetPeriod('month30', NOW)).toEqual({ from: '2026-02-10', to: '2026-03-11' });
    expect(presetPeriod('thisMonth', NOW)).toEqual({ from: '2026-03-01', to: '2026-03-11' });
    expect(matchingPreset({ from: '2026-03-01', to: '2026-03-11' }, NOW)).toBe('thisMonth');
    expect(matchingPreset({ from: '2026-03-02', to: '2026-03-11' }, NOW)).toBeNull();
  });

  test('explain a bad period in Russian', () => {
    expect(periodProblem({ from: '2026-03-11', to: '2026-03-01' })).toMatch(/позже/);
    expect(periodProblem({ from: '', to: '2026-03-01' })).toMatch(/обе даты/);
    expect(periodProblem({ from: '2026-03-01', to: '2026-03-11' })).toBeNull();
  });
});

describe('report page', () => {
  test('shows a table of counts per day and outcome with totals for the last 7 days', async () => {
    await mount([
      entry('accepted', at(3, 11, 9)),
      entry('accepted', at(3, 11, 10)),
      entry('refused', at(3, 10)),
      entry('mais', at(3, 5, 0)),
      entry('leaflet', at(3, 4, 23)), // outside «7 дней»
    ]);
    const rows = container.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(7);
    expect(rows[0].querySelector('th')?.textContent).toBe('05.03.2026');
    expect(cell('2026-03-11', 'accepted')).toBe('2');
    expect(cell('2026-03-10', 'refused')).toBe('1');
    expect(cell('2026-03-05', 'mais')).toBe('1');
    const totals = container.querySelector('tr[data-totals]');
    expect(totals?.querySelector('td[data-total]')?.textContent).toBe('4');
    expect(totals?.querySelector('td[data-outcome="leaflet"]')?.textContent).toBe('0');
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual([
      'Дата',
      'Подключит Карту жителя',
      'Лифлет выдан',
      'Отказ — пластиковая карта',
      'Нужна запись в МАИС',
      'Всего',
    ]);
  });

  test('presets and date inputs change the period', async () => {
    await mount([entry('leaflet', at(2, 20)), entry('refused', at(3, 11))]);
    const preset = container.querySelector<HTMLButtonElement>('[data-preset="month30"]');
    act(() => preset?.click());
    await flush();
    expect(preset?.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(30);
    expect(cell('2026-02-20', 'leaflet')).toBe('1');

    act(() => container.querySelector<HTMLButtonElement>('[data-preset="today"]')?.click());
    await flush();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1);

    const from = container.querySelector<HTMLInputElement>('input[name="from"]') as HTMLInputElement;
    act(() => {
      from.value = '2026-02-19';
      from.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(21);
    expect(container.querySelector('[data-summary-total]')?.textContent).toBe('2');
  });

  test('«Скрыть в таблице дни без итогов» keeps only days with outcomes, totals unchanged', async () => {
    await mount([entry('accepted', at(3, 11)), entry('refused', at(3, 9))]);
    const toggle = container.querySelector<HTMLInputElement>('input[name="hideEmpty"]') as HTMLInputElement;
    act(() => {
      toggle.checked = true;
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const dates = [...container.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset.date);
    expect(dates).toEqual(['2026-03-09', '2026-03-11']);
    expect(container.querySelector('tr[data-totals] td[data-total]')?.textContent).toBe('2');
  });

  test('draws an accessible SVG bar chart summarising the period', async () => {
    await mount([entry('accepted', at(3, 11)), entry('refused', at(3, 10)), entry('refused', at(3, 10))]);
    const svg = container.querySelector('svg[role="img"]');
    const label = svg?.getAttribute('aria-label') ?? '';
    expect(label).toContain('05.03.2026–11.03.2026');
    expect(label).toContain('всего 3');
    expect(label).toContain('Отказ — пластиковая карта — 2');
    expect(svg?.querySelectorAll('g[data-bar]')).toHaveLength(7);
    expect(svg?.querySelectorAll('g[data-bar="2026-03-10"] rect')).toHaveLength(1);
  });

  test('damaged counts fall back to the day’s lines; damaged lines are skipped and named in Russian', async () => {
    await mount([entry('accepted', at(3, 11))], {
      'journalCounts:2026-03-11': 'garbage',
      'journal:2026-03-11': [
        entry('accepted', at(3, 11)),
        { at: 'вчера' },
        null,
        entry('unknown', at(3, 11)),
      ],
      'journal:2026-03-09': { broken: true },
    });
    const problem = container.querySelector('[data-journal-problem]')?.textContent;
    expect(problem).toMatch(/Записи за 09\.03\.2026 повреждены/);
    expect(problem).toMatch(/Пропущено повреждённых записей журнала: 3/);
    expect(cell('2026-03-11', 'accepted')).toBe('1');
  });

  test('tells what the move to the day-keyed journal dropped', async () => {
    await mount([entry('accepted', at(3, 11))], {
      journalMigration: { at: at(3, 1), kept: 120, dropped: 2, notList: false },
    });
    expect(container.querySelector('[data-journal-problem]')?.textContent).toMatch(
      /01\.03\.2026.*перенесено записей: 120; пропущено повреждённых: 2/,
    );
  });

  test('reads only the period’s days: their counts in one batch, the lines only of days without counts', async () => {
    const old = Array.from({ length: 500 }, (_, i) =>
      entry('refused', new Date(2025, 0, 1 + (i % 300), 10).toISOString()),
    );
    await seedDays([...old, entry('accepted', at(3, 11))]);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    model = createReportModel({ now });
    await model.load();
    const batches = get.mock.calls
      .map(([k]) => [k].flat())
      .filter((keys) => /^journal(Counts)?:/.test(String(keys[0])));
    const week = ['05', '06', '07', '08', '09', '10', '11'].map((d) => `2026-03-${d}`);
    expect(batches).toEqual([
      week.map((d) => `journalCounts:${d}`),
      week.slice(0, 6).map((d) => `journal:${d}`), // no outcomes those days: nothing to read but the keys
    ]);
    expect(model.sum.value.total).toBe(1);
  });

  test('updates when the background writes today’s key', async () => {
    await mount([entry('accepted', at(3, 11))]);
    expect(cell('2026-03-11', 'accepted')).toBe('1');
    await seedDays([entry('accepted', at(3, 11)), entry('mais', at(3, 11))]);
    await flush();
    expect(cell('2026-03-11', 'mais')).toBe('1');
  });

  test('shows the share of each outcome for the period', async () => {
    await mount([entry('accepted', at(3, 11)), entry('accepted', at(3, 10)), entry('refused', at(3, 9))]);
    const share = (o: string) =>
      container.querySelector(`#op-panel-report [data-share="${o}"]`)?.getAttribute('data-value');
    expect(share('accepted')).toBe('67');
    expect(share('refused')).toBe('33');
    expect(share('mais')).toBe('0');
  });

  test('«Скачать CSV» saves a BOM-prefixed, ;-separated file named after the period', async () => {
    await mount([entry('refused', at(3, 10))]);
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:report';
    });
    Object.assign(window.URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let downloadName = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloadName = this.download;
    });
    act(() => container.querySelector<HTMLButtonElement>('[data-action="download-csv"]')?.click());
    click.mockRestore();
    expect(downloadName).toBe('itogi-karta-nso_05.03.2026-11.03.2026.csv');
    const bytes = new Uint8Array(await (saved as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toMatch(/^Дата;Код офиса;Офис;Подключит Карту жителя;.*;Всего$/);
    expect(text).toContain('10.03.2026;;офис не указан;0;0;1;0;1\r\n');
  });

  test('has a «Настройки» tab reserved for the settings editor; arrow keys switch tabs', async () => {
    await mount();
    const reportTab = container.querySelector<HTMLButtonElement>('[data-tab="report"]') as HTMLButtonElement;
    expect(reportTab.getAttribute('aria-selected')).toBe('true');
    act(() => {
      reportTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    const settingsTab = container.querySelector('[data-tab="settings"]');
    expect(settingsTab?.getAttribute('aria-selected')).toBe('true');
    expect(container.querySelector<HTMLElement>('#op-panel-settings')?.hidden).toBe(false);
    expect(container.querySelector<HTMLElement>('#op-panel-report')?.hidden).toBe(true);
  });
});

test('an empty period says so instead of drawing an empty chart', async () => {
  const report = createReportModel({ now });
  model = report;
  await report.load();
  act(() => render(<OptionsApp report={report} now={now} />, container));
  expect(container.querySelector('[data-empty-period]')?.textContent).toBe('За выбранный период итогов нет.');
  expect(container.querySelector('svg[role="img"]')).toBeNull();
  expect(container.querySelectorAll('tbody tr')).toHaveLength(7);
});
