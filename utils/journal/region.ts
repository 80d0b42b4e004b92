import { NO_OFFICE } from './csv';
import type { ImportedRow } from './csv-import';
import { formatRuDate } from './dates';
import { OUTCOMES } from './outcomes';
import { type OfficeDayRow, type Totals, totals } from './stats';

// Several offices' CSV exports merged into one table per office and day. A row that another file already gave with
// the same numbers (the same export chosen twice, overlapping periods) counts once; a row with other numbers for the
// same office and day is left out and named, so nothing is counted twice.

export interface RegionFile {
  /** Distinguishes files chosen with the same name. */
  id: number;
  name: string;
  rows: readonly ImportedRow[];
}

export interface RegionRow extends OfficeDayRow {
  /** The office as written to the merged CSV: its code and name, or an empty code and «офис не указан (файл)». */
  office: { code: string; name: string };
  officeKey: string;
}

export interface OfficeSummary extends Totals {
  key: string;
  code: string;
  name: string;
}

export interface RegionMerge {
  rows: RegionRow[];
  offices: OfficeSummary[];
  sum: Totals;
  /** Russian notes on rows counted once or left out. */
  notes: string[];
}

const sameCounts = (a: OfficeDayRow, b: OfficeDayRow) => OUTCOMES.every((o) => a.counts[o] === b.counts[o]);

export function mergeRegion(files: readonly RegionFile[]): RegionMerge {
  const names = new Map<string, string>();
  const byKey = new Map<string, { row: RegionRow; file: string; line: number }>();
  const notes: string[] = [];
  let repeated = 0;
  for (const file of files) {
    for (const imported of file.rows) {
      const code = imported.office?.code ?? '';
      const officeKey = code ? `code:${code}` : `none:${file.id}:${imported.officeName}`;
      if (!names.get(officeKey))
        names.set(
          officeKey,
          code ? (imported.office?.name ?? '') : imported.officeName || `${NO_OFFICE} (${file.name})`,
        );
      const key = `${officeKey}|${imported.date}`;
      const earlier = byKey.get(key);
      if (earlier) {
        if (sameCounts(earlier.row, imported)) repeated++;
        else
          notes.push(
            `Файл «${file.name}», строка ${imported.line}: у офиса «${names.get(officeKey) || code}» за ${formatRuDate(imported.date)} уже есть другие числа из файла «${earlier.file}» (строка ${earlier.line}); строка не учтена.`,
          );
        continue;
      }
      byKey.set(key, {
        row: {
          date: imported.date,
          office: { code, name: '' },
          officeKey,
          counts: { ...imported.counts },
          total: imported.total,
        },
        file: file.name,
        line: imported.line,
      });
    }
  }
  if (repeated)
    notes.unshift(`Повторяющиеся строки (тот же офис, день и числа) учтены один раз: ${repeated}.`);
  const rows = [...byKey.values()].map(({ row }) => ({
    ...row,
    office: { code: row.office.code, name: names.get(row.officeKey) ?? '' },
  }));
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.office.name.localeCompare(b.office.name, 'ru'));
  const offices = [...names.entries()]
    .map(([key, name]) => {
      const own = rows.filter((row) => row.officeKey === key);
      return { key, code: own[0]?.office.code ?? '', name, ...totals(own) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  return { rows, offices, sum: totals(rows), notes };
}
