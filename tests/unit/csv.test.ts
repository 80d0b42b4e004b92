import { CSV_HEADER, csvCell, csvFileName, csvTable, formatRuDate, toCsv } from '@/utils/journal/csv';
import { dailyCounts } from '@/utils/journal/stats';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).toISOString();

describe('csvCell / csvTable', () => {
  test('leaves plain cells alone and quotes separators, quotes and line breaks', () => {
    expect(csvCell('Отказ — пластиковая карта')).toBe('Отказ — пластиковая карта');
    expect(csvCell(7)).toBe('7');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('«Мир» "карта"')).toBe('"«Мир» ""карта"""');
    expect(csvCell('две\nстроки')).toBe('"две\nстроки"');
    expect(csvCell(' пробел')).toBe('" пробел"');
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
  test('writes Russian headers, ДД.ММ.ГГГГ dates, per-outcome counts and an Итого line', () => {
    const rows = dailyCounts(
      [
        { at: at(2026, 3, 1), outcome: 'accepted' },
        { at: at(2026, 3, 1), outcome: 'refused' },
        { at: at(2026, 3, 2), outcome: 'mais' },
      ],
      '2026-03-01',
      '2026-03-02',
    );
    const lines = toCsv(rows)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Дата;Подключит Карту жителя;Лифлет выдан;Отказ — пластиковая карта;Нужна запись в МАИС;Всего',
    );
    expect(lines[1]).toBe('01.03.2026;1;0;1;0;2');
    expect(lines[2]).toBe('02.03.2026;0;0;0;1;1');
    expect(lines[3]).toBe('Итого;1;0;1;1;3');
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
    expect(CSV_HEADER).toHaveLength(6);
  });

  test('an empty period still has the header and a zero Итого', () => {
    expect(toCsv([]).slice(1).split('\r\n')[1]).toBe('Итого;0;0;0;0;0');
  });
});

test('formatRuDate and csvFileName', () => {
  expect(formatRuDate('2026-11-05')).toBe('05.11.2026');
  expect(formatRuDate('нет')).toBe('нет');
  expect(csvFileName('2026-11-01', '2026-11-30')).toBe('itogi-karta-nso_01.11.2026-30.11.2026.csv');
});
