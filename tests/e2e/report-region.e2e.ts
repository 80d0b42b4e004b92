import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtSession, launchExtension, type TestPage } from './harness';

// The region-wide report on the options page in real browsers: offices' CSV exports chosen in the file input merge
// into one table per office and day; a bad file is named and changes nothing else; the merged table downloads as CSV.

const BOM = '\uFEFF';
const HEADER =
  'Дата;Код офиса;Офис;Подключит Карту жителя;Лифлет выдан;Отказ — пластиковая карта;Нужна запись в МАИС;Всего';
const OLD_HEADER =
  'Дата;Подключит Карту жителя;Взял лифлет;Отказ — пластиковая карта;Нужна запись в МАИС;Всего';
const file = (name: string, ...lines: string[]) => ({ name, text: `${BOM}${lines.join('\r\n')}\r\n` });

/** In the options page: puts files into the region file input as a person choosing them would, then `change`. */
function chooseFiles(files: Array<{ name: string; text: string }>): void {
  const input = document.querySelector<HTMLInputElement>('input[name="regionFiles"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** In the options page: the merged table's body rows as cell texts. */
function regionRows(): string[][] {
  return Array.from(document.querySelectorAll('[data-report-table="region"] tbody tr')).map((tr) =>
    Array.from(tr.children).map((c) => c.textContent ?? ''),
  );
}

/** In the options page: clicks «Скачать сводный CSV» and returns the saved file's name and bytes as text. */
async function downloadMerged(): Promise<{ name: string; bytes: number[] }> {
  let saved: Blob | null = null;
  let name = '';
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    saved = blob;
    return create.call(URL, blob);
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    document.querySelector<HTMLButtonElement>('[data-action="download-region-csv"]')?.click();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  const blob = saved as Blob | null;
  return { name, bytes: blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : [] };
}

describe.each(BROWSERS)('%s: region-wide report', (browser) => {
  let session: ExtSession;
  let options: TestPage;
  beforeAll(async () => {
    session = await launchExtension(browser);
    options = await session.openExtensionPage('options.html');
    await options.waitFor('input[name="regionFiles"]', { state: 'attached' });
  });
  afterAll(() => session?.close());

  test('two offices and an old export merge; a bad file is named with its line; the table downloads as CSV', async () => {
    await options.evaluate(chooseFiles, [
      file('lenin.csv', HEADER, '01.03.2026;5401;ОСОН Ленинского района;3;1;1;0;5', 'Итого;;;3;1;1;0;5'),
      file('kirov.csv', HEADER, '01.03.2026;5402;ОСОН Кировского района;1;0;3;0;4'),
      file('old.csv', OLD_HEADER, '02.03.2026;0;2;0;0;2'),
      file('broken.csv', HEADER, '30.02.2026;5403;ОСОН;1;0;0;0;1'),
    ]);
    await options.waitFor('[data-report-table="region"] tr[data-totals]');
    expect(await options.evaluate(regionRows)).toEqual([
      ['01.03.2026', '5402', 'ОСОН Кировского района', '1', '0', '3', '0', '4'],
      ['01.03.2026', '5401', 'ОСОН Ленинского района', '3', '1', '1', '0', '5'],
      ['02.03.2026', '', 'офис не указан (old.csv)', '0', '2', '0', '0', '2'],
    ]);
    expect(
      await options.evaluate(
        () => document.querySelector('[data-report-table="region"] [data-totals] [data-total]')?.textContent,
      ),
    ).toBe('11');
    const rejected = await options.evaluate(
      () =>
        document.querySelector('[data-region-file="broken.csv"][data-status="rejected"]')?.textContent ?? '',
    );
    expect(rejected).toContain('Файл «broken.csv», строка 2: дата «30.02.2026» не распознана');

    const saved = await options.evaluate(downloadMerged);
    expect(saved.name).toBe('svod-karta-nso_01.03.2026-02.03.2026.csv');
    expect(saved.bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(new Uint8Array(saved.bytes.slice(3)));
    expect(text.split('\r\n')).toEqual([
      HEADER,
      '01.03.2026;5402;ОСОН Кировского района;1;0;3;0;4',
      '01.03.2026;5401;ОСОН Ленинского района;3;1;1;0;5',
      '02.03.2026;;офис не указан (old.csv);0;2;0;0;2',
      'Итого;;;4;3;4;0;11',
      '',
    ]);
    expect(options.consoleErrors()).toEqual([]);
  });
});
