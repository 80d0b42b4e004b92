import { toCsv } from '@/utils/journal/csv';
import { importReportCsv } from '@/utils/journal/csv-import';
import { decodeCsvBytes, readCsv } from '@/utils/journal/csv-read';
import { officeDayRows } from '@/utils/journal/stats';
import { daysOf } from './journal-helpers';

const BOM = '\uFEFF';
const HEADER =
  'Дата;Код офиса;Офис;Подключит Карту жителя;Лифлет выдан;Отказ — пластиковая карта;Нужна запись в МАИС;Всего';
/** An export from before the office columns, when the leaflet column was still «Взял лифлет». */
const OLD_HEADER =
  'Дата;Подключит Карту жителя;Взял лифлет;Отказ — пластиковая карта;Нужна запись в МАИС;Всего';
const csv = (...lines: string[]) => `${BOM}${lines.join('\r\n')}\r\n`;
const ours = { code: '5401', name: 'ОСОН Ленинского района; г. Новосибирск' };

describe('readCsv', () => {
  test('quoted cells hold separators, doubled quotes and line breaks; records name their first line', () => {
    const { records, unclosedQuoteAt } = readCsv('a;"b;c";"say ""hi"""\n"two\nlines";x\r\nlast', ';');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b;c', 'say "hi"'] },
      { line: 2, cells: ['two\nlines', 'x'] },
      { line: 4, cells: ['last'] },
    ]);
    expect(unclosedQuoteAt).toBeNull();
    expect(readCsv('a;"open\nb', ';').unclosedQuoteAt).toBe(1);
  });

  test('UTF-8 with or without BOM, and Windows-1251 as Excel saves it', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(`${BOM}Дата;Итог`))).toBe('Дата;Итог');
    const cp1251 = new Uint8Array([0xc4, 0xe0, 0xf2, 0xe0, 0x3b, 0xb8]); // «Дата;ё»
    expect(decodeCsvBytes(cp1251)).toBe('Дата;ё');
  });
});

describe('importReportCsv', () => {
  test('reads back what the export writes, office columns included, skipping «Итого»', () => {
    const rows = officeDayRows(
      daysOf(
        [
          { at: new Date(2026, 2, 1, 10).toISOString(), outcome: 'accepted', office: ours },
          { at: new Date(2026, 2, 2, 10).toISOString(), outcome: 'refused', office: ours },
        ],
        '2026-03-01',
        '2026-03-02',
      ),
    );
    const { rows: read, problems } = importReportCsv('lenin.csv', toCsv(rows).replace(BOM, ''));
    expect(problems).toEqual([]);
    expect(read).toEqual([
      {
        date: '2026-03-01',
        office: ours,
        officeName: ours.name,
        counts: { accepted: 1, leaflet: 0, refused: 0, mais: 0 },
        total: 1,
        line: 2,
      },
      {
        date: '2026-03-02',
        office: ours,
        officeName: ours.name,
        counts: { accepted: 0, leaflet: 0, refused: 1, mais: 0 },
        total: 1,
        line: 3,
      },
    ]);
  });

  test('an export made before the office columns is read with no office', () => {
    const { rows, problems } = importReportCsv(
      'old.csv',
      csv(OLD_HEADER, '01.03.2026;2;1;0;0;3', 'Итого;2;1;0;0;3'),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        date: '2026-03-01',
        office: null,
        officeName: '',
        counts: { accepted: 2, leaflet: 1, refused: 0, mais: 0 },
        total: 3,
        line: 2,
      },
    ]);
  });

  test('a bad cell is named by the column as the file names it, the former «Взял лифлет» too', () => {
    expect(importReportCsv('old.csv', csv(OLD_HEADER, '01.03.2026;2;x;0;0;2')).problems).toEqual([
      'Файл «old.csv», строка 2: столбец «Взял лифлет»: «x» — не целое неотрицательное число.',
    ]);
  });

  test('columns are found by name (reordered, ё/е, extra columns), a comma-separated re-save is read too', () => {
    const text =
      'Всего,Нужна запись в МАИС,Примечание,Отказ — пластиковая карта,Лифлет выдан,Подключит Карту жителя,Дата\n4,1,что-то,1,1,1,05.03.2026';
    const { rows, problems } = importReportCsv('resaved.csv', text);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      date: '2026-03-05',
      counts: { accepted: 1, leaflet: 1, refused: 1, mais: 1 },
      total: 4,
    });
  });

  test('a formula guard written by the export is taken off the office cells', () => {
    const { rows } = importReportCsv('f.csv', csv(HEADER, "01.03.2026;'-12;'=ОСОН;0;0;0;0;0"));
    expect(rows[0].office).toEqual({ code: '-12', name: '=ОСОН' });
  });

  test('every bad line is named with the file and line number, and the file is rejected whole', () => {
    const { rows, problems } = importReportCsv(
      'bad.csv',
      csv(
        HEADER,
        '31.02.2026;5401;ОСОН;1;0;0;0;1',
        '01.03.2026;5401;ОСОН;1;x;0;0;1',
        '02.03.2026;5401;ОСОН;1;0;0;0;7',
        '03.03.2026;5401;ОСОН;1;0;0;0;1',
        '03.03.2026;5401;ОСОН;1;0;0;0;1',
      ),
    );
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      'Файл «bad.csv», строка 2: дата «31.02.2026» не распознана — нужна настоящая дата вида ДД.ММ.ГГГГ.',
      'Файл «bad.csv», строка 3: столбец «Лифлет выдан»: «x» — не целое неотрицательное число.',
      'Файл «bad.csv», строка 4: «Всего» = 7, а сумма итогов в строке — 1.',
      'Файл «bad.csv», строка 6: дата 03.03.2026 для этого офиса уже была в строке 5.',
    ]);
  });

  test('not a CSV, not a report, empty: one clear message each', () => {
    const xlsx = decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(importReportCsv('otchet.xlsx', xlsx).problems).toEqual([
      expect.stringMatching(/^Файл «otchet\.xlsx»: это не CSV .*точка с запятой/),
    ]);
    expect(importReportCsv('list.csv', csv('ФИО;Дата', 'x;01.03.2026')).problems).toEqual([
      expect.stringMatching(
        /^Файл «list\.csv», строка 1: нет столбцов «Подключит Карту жителя», «Лифлет выдан»/,
      ),
    ]);
    expect(importReportCsv('empty.csv', `${BOM}\r\n`).problems).toEqual(['Файл «empty.csv»: файл пуст.']);
    expect(importReportCsv('header.csv', csv(HEADER)).problems).toEqual([
      'Файл «header.csv»: в файле нет ни одной строки с данными.',
    ]);
  });

  test('a long list of problems is cut after ten with the count of the rest', () => {
    const lines = Array.from({ length: 15 }, (_, i) => `bad${i};1;О;0;0;0;0;0`);
    const { problems } = importReportCsv('many.csv', csv(HEADER, ...lines));
    expect(problems).toHaveLength(11);
    expect(problems[10]).toBe('…и ещё ошибок: 5.');
  });
});
