import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createReportModel, type ReportModel } from '@/components/options/report-model';

// «Сводный отчёт по отделениям» on the options page: offices' CSV exports chosen with the file input.

const NOW = new Date(2026, 2, 11, 15, 0);
const BOM = '\uFEFF';
const HEADER =
  'Дата;Код офиса;Офис;Подключит Карту жителя;Лифлет выдан;Отказ — пластиковая карта;Нужна запись в МАИС;Всего';
const OLD_HEADER =
  'Дата;Подключит Карту жителя;Взял лифлет;Отказ — пластиковая карта;Нужна запись в МАИС;Всего';
const csvFile = (name: string, ...lines: string[]) =>
  new File([`${BOM}${lines.join('\r\n')}\r\n`], name, { type: 'text/csv' });

let container: HTMLElement;
let model: ReportModel;

async function flush() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

const input = () => container.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
const region = () => container.querySelector('[data-region-report]') as HTMLElement;

async function choose(...files: File[]) {
  Object.defineProperty(input(), 'files', { value: files, configurable: true });
  await act(async () => {
    input().dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

beforeEach(async () => {
  container = document.createElement('div');
  document.body.append(container);
  model = createReportModel({ now: () => NOW });
  await model.load();
  act(() => render(<OptionsApp report={model} now={() => NOW} />, container));
  await flush();
});
afterEach(() => {
  act(() => render(null, container));
  model.dispose();
  container.remove();
  vi.restoreAllMocks();
});

test('the file input is labelled and takes several CSV files', () => {
  const field = input();
  expect(field.multiple).toBe(true);
  expect(field.accept).toBe('.csv,text/csv');
  const label = container.querySelector(`label[for="${field.id}"]`);
  expect(label?.textContent).toBe('CSV-файлы отделений');
  expect(region().querySelector('[data-report-table="region"]')).toBeNull(); // nothing merged yet
});

test('two offices and an old export merge into one table per office and day with a total, shares and a chart', async () => {
  await choose(
    csvFile('lenin.csv', HEADER, '01.03.2026;5401;ОСОН Ленинского района;3;1;1;0;5', 'Итого;;;3;1;1;0;5'),
    csvFile(
      'kirov.csv',
      HEADER,
      '01.03.2026;5402;ОСОН Кировского района;1;0;3;0;4',
      '02.03.2026;5402;ОСОН Кировского района;2;0;0;1;3',
    ),
    csvFile('old.csv', OLD_HEADER, '02.03.2026;0;2;0;0;2'),
  );
  const table = region().querySelector('table[data-report-table="region"]') as HTMLTableElement;
  expect(table.querySelector('caption')?.textContent).toBe('Сводная таблица по офисам и дням');
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent),
  );
  expect(rows).toEqual([
    ['01.03.2026', '5402', 'ОСОН Кировского района', '1', '0', '3', '0', '4'],
    ['01.03.2026', '5401', 'ОСОН Ленинского района', '3', '1', '1', '0', '5'],
    ['02.03.2026', '5402', 'ОСОН Кировского района', '2', '0', '0', '1', '3'],
    ['02.03.2026', '', 'офис не указан (old.csv)', '0', '2', '0', '0', '2'],
  ]);
  const totals = table.querySelector('tr[data-totals]') as HTMLElement;
  expect(totals.querySelector('td[data-total]')?.textContent).toBe('14');
  expect(totals.querySelector('td[data-outcome="accepted"]')?.textContent).toBe('6');
  expect(region().querySelector('[data-share="accepted"]')?.getAttribute('data-value')).toBe('43');
  expect(region().querySelector('[data-share="refused"]')?.getAttribute('data-value')).toBe('29');
  const chart = region().querySelector('[role="img"]');
  expect(chart?.getAttribute('aria-label')).toContain(
    'ОСОН Ленинского района (5401): бесед 5; Подключит Карту жителя — 60 %',
  );
  expect(chart?.getAttribute('aria-label')).toContain('офис не указан (old.csv): бесед 2');
  expect(
    [...region().querySelectorAll('[data-region-file]')].map((li) => li.getAttribute('data-status')),
  ).toEqual(['merged', 'merged', 'merged']);
});

test('a bad file is named with its line and merges nothing; the good files and the table already there stay', async () => {
  await choose(csvFile('lenin.csv', HEADER, '01.03.2026;5401;ОСОН Ленинского района;3;1;1;0;5'));
  await choose(
    csvFile(
      'kirov.csv',
      HEADER,
      '01.03.2026;5402;ОСОН Кировского района;1;0;3;0;4',
      '31.02.2026;5402;ОСОН;1;0;0;0;1',
    ),
    csvFile('otchet.xlsx', 'PK\u0003\u0004\u0000\u0000'),
    csvFile('zheleznodor.csv', HEADER, '01.03.2026;5403;ОСОН Железнодорожного района;0;0;1;0;1'),
  );
  const rejected = [...region().querySelectorAll('[data-region-file][data-status="rejected"]')];
  expect(rejected.map((li) => li.getAttribute('data-region-file'))).toEqual(['kirov.csv', 'otchet.xlsx']);
  expect(rejected[0].textContent).toContain('Файл «kirov.csv», строка 3: дата «31.02.2026» не распознана');
  expect(rejected[1].textContent).toContain('Файл «otchet.xlsx»: это не CSV');
  expect(region().querySelector('[data-region-read]')?.textContent).toBe(
    'Добавлено файлов: 1; не учтено: 2 — причины указаны в списке файлов.',
  );
  const codes = [...region().querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-office-code'));
  expect(codes).toEqual(['5403', '5401']); // by office name within a day
  expect(region().querySelector('tr[data-totals] td[data-total]')?.textContent).toBe('6');
});

test('«Убрать» takes one file out; «Очистить сводку» empties the table', async () => {
  await choose(
    csvFile('lenin.csv', HEADER, '01.03.2026;5401;Л;3;1;1;0;5'),
    csvFile('kirov.csv', HEADER, '01.03.2026;5402;К;1;0;3;0;4'),
  );
  const remove = region().querySelector<HTMLButtonElement>(
    '[data-region-file="lenin.csv"] [data-action="region-remove-file"]',
  );
  expect(remove?.getAttribute('aria-label')).toBe('Убрать файл «lenin.csv» из сводки');
  act(() => remove?.click());
  expect(region().querySelector('tr[data-totals] td[data-total]')?.textContent).toBe('4');
  act(() => region().querySelector<HTMLButtonElement>('[data-action="region-clear"]')?.click());
  expect(region().querySelector('table')).toBeNull();
  expect(region().querySelector('[data-region-file]')).toBeNull();
});

test('«Скачать сводный CSV» saves the merged table in the same format, named after its days', async () => {
  await choose(
    csvFile('lenin.csv', HEADER, '01.03.2026;5401;ОСОН Ленинского района;3;1;1;0;5'),
    csvFile('old.csv', OLD_HEADER, '04.03.2026;0;2;0;0;2'),
  );
  let saved: Blob | undefined;
  Object.assign(window.URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:svod';
    }),
    revokeObjectURL: vi.fn(),
  });
  let downloadName = '';
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloadName = this.download;
  });
  act(() => region().querySelector<HTMLButtonElement>('[data-action="download-region-csv"]')?.click());
  expect(downloadName).toBe('svod-karta-nso_01.03.2026-04.03.2026.csv');
  const bytes = new Uint8Array(await (saved as Blob).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes.slice(3))).toBe(
    `${HEADER}\r\n` +
      '01.03.2026;5401;ОСОН Ленинского района;3;1;1;0;5\r\n' +
      '04.03.2026;;офис не указан (old.csv);0;2;0;0;2\r\n' +
      'Итого;;;3;3;1;0;7\r\n',
  );
});
