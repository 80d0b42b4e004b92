import { CSV_HEADER, csvCell, csvFileName, csvTable, toCsv } from '@/utils/journal/csv';
import { officeDayRows } from '@/utils/journal/stats';
import { daysOf } from './journal-helpers';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).toISOString();
const ours = { code: '5401', name: 'ОСОН Ленинского района; г. Новосибирск' };

describe('csvCell / csvTable', () => {
  test('leaves plain cells alone and quotes separators, quotes and line breaks', () => {
    expect(csvCell('Отказ — пластиковая карта')).toBe('Отказ — пластиковая карта');
    expect(csvCell(7)).toBe('7');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('«Мир» "карта"')).toBe('"«Мир» ""карта"""');
    expect(csvCell('две\nстроки')).toBe('"две\nстроки"');
    expect(csvCell(' пробел')).toBe('" пробел"');
  });

  test('text a spreadsheet would run as a formula gets a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+7')).toBe("'+7");
    expect(csvCell('@a')).toBe("'@a");
    expect(csvCell(-1)).toBe('-1'); // numbers are numbers
  });

  test('starts with a BOM, separates by ; and ends every line with CRLF', () => {
    const text = csvTable([
      ['a', 'b;c'],
      [1, 2],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('a;"b;c"\r\n1;2\r\n');
  });
});

describe('toCsv', () => {
  test('writes Russian headers with the office columns, ДД.ММ.ГГГГ dates, counts and an Итого line', () => {
    const rows = officeDayRows(
      daysOf(
        [
          { at: at(2026, 3, 1), outcome: 'accepted', office: ours },
          { at: at(2026, 3, 1), outcome: 'refused', office: ours },
          { at: at(2026, 3, 2), outcome: 'mais' },
        ],
        '2026-03-01',
        '2026-03-02',
      ),
    );
    const lines = toCsv(rows)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Дата;Код офиса;Офис;Подключит Карту жителя;Лифлет выдан;Отказ — пластиковая карта;Нужна запись в МАИС;Всего',
    );
    expect(lines[1]).toBe('01.03.2026;5401;"ОСОН Ленинского района; г. Новосибирск";1;0;1;0;2');
    expect(lines[2]).toBe('02.03.2026;;офис не указан;0;0;0;1;1');
    expect(lines[3]).toBe('Итого;;;1;0;1;1;3');
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
    expect(CSV_HEADER).toHaveLength(8);
  });

  test('an empty period still has the header and a zero Итого', () => {
    expect(toCsv([]).slice(1).split('\r\n')[1]).toBe('Итого;;;0;0;0;0;0');
  });
});

test('csvFileName names the office report and the region-wide table', () => {
  expect(csvFileName('2026-11-01', '2026-11-30')).toBe('itogi-karta-nso_01.11.2026-30.11.2026.csv');
  expect(csvFileName('2026-11-01', '2026-11-30', 'region')).toBe('svod-karta-nso_01.11.2026-30.11.2026.csv');
});
