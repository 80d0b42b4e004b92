import { toCsv } from '@/utils/journal/csv';
import { type ImportedRow, importReportCsv } from '@/utils/journal/csv-import';
import { mergeRegion, type RegionFile } from '@/utils/journal/region';

const counts = (accepted: number, leaflet: number, refused: number, mais: number) => ({
  counts: { accepted, leaflet, refused, mais },
  total: accepted + leaflet + refused + mais,
});
const row = (
  date: string,
  code: string,
  name: string,
  c: ReturnType<typeof counts>,
  line = 2,
): ImportedRow => ({
  date,
  office: code ? { code, name } : null,
  officeName: name,
  line,
  ...c,
});
const file = (id: number, name: string, rows: ImportedRow[]): RegionFile => ({ id, name, rows });

test('offices and days merge into one table sorted by day, with per-office sums and a total', () => {
  const merged = mergeRegion([
    file(1, 'lenin.csv', [
      row('2026-03-02', '5401', 'Ленинский', counts(3, 1, 1, 0)),
      row('2026-03-01', '5401', 'Ленинский', counts(1, 0, 2, 0), 3),
    ]),
    file(2, 'kirov.csv', [row('2026-03-01', '5402', 'Кировский', counts(5, 0, 0, 1))]),
  ]);
  expect(merged.rows.map((r) => [r.date, r.office.code, r.total])).toEqual([
    ['2026-03-01', '5402', 6],
    ['2026-03-01', '5401', 3],
    ['2026-03-02', '5401', 5],
  ]);
  expect(merged.sum).toEqual(counts(9, 1, 3, 1));
  expect(merged.offices.map((o) => [o.name, o.code, o.total])).toEqual([
    ['Кировский', '5402', 6],
    ['Ленинский', '5401', 8],
  ]);
  expect(merged.notes).toEqual([]);
});

test('old exports without an office stay apart per file, marked «офис не указан»', () => {
  const merged = mergeRegion([
    file(1, 'a.csv', [row('2026-03-01', '', '', counts(1, 0, 0, 0))]),
    file(2, 'b.csv', [row('2026-03-01', '', '', counts(0, 0, 1, 0))]),
  ]);
  expect(merged.rows.map((r) => r.office)).toEqual([
    { code: '', name: 'офис не указан (a.csv)' },
    { code: '', name: 'офис не указан (b.csv)' },
  ]);
  expect(merged.sum.total).toBe(2);
});

test('the same rows chosen twice count once; other numbers for the same office and day are left out and named', () => {
  const lenin = [row('2026-03-01', '5401', 'Ленинский', counts(1, 0, 2, 0))];
  const merged = mergeRegion([
    file(1, 'lenin.csv', lenin),
    file(2, 'lenin (1).csv', lenin),
    file(3, 'lenin-new.csv', [row('2026-03-01', '5401', 'Ленинский', counts(4, 0, 2, 0), 7)]),
  ]);
  expect(merged.sum.total).toBe(3);
  expect(merged.notes).toEqual([
    'Повторяющиеся строки (тот же офис, день и числа) учтены один раз: 1.',
    'Файл «lenin-new.csv», строка 7: у офиса «Ленинский» за 01.03.2026 уже есть другие числа из файла «lenin.csv» (строка 2); строка не учтена.',
  ]);
});

test('the merged table exports as CSV and merges again to the same table', () => {
  const first = mergeRegion([
    file(1, 'lenin.csv', [row('2026-03-01', '5401', 'Ленинский', counts(1, 0, 2, 0))]),
    file(2, 'old.csv', [row('2026-03-01', '', '', counts(0, 1, 0, 0))]),
  ]);
  const text = toCsv(first.rows);
  expect(text).toContain('01.03.2026;;офис не указан (old.csv);0;1;0;0;1\r\n');
  expect(text).toContain('Итого;;;1;1;2;0;4\r\n');
  const again = importReportCsv('svod.csv', text);
  expect(again.problems).toEqual([]);
  const second = mergeRegion([file(9, 'svod.csv', again.rows)]);
  expect(second.rows.map((r) => [r.date, r.office, r.counts])).toEqual(
    first.rows.map((r) => [r.date, r.office, r.counts]),
  );
});
