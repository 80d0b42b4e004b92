import { OUTCOME_LABELS, OUTCOMES } from './outcomes';
import type { DayRow } from './stats';
import { totals } from './stats';

// CSV that opens as columns in Excel and LibreOffice with a Russian locale: UTF-8 with BOM, «;», CRLF.

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Quotes a cell when it holds the separator, a quote, a line break or edge spaces; doubles inner quotes. */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells → CSV text with BOM, every line ended by CRLF. */
export function csvTable(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + CRLF).join('');
}

/** YYYY-MM-DD → ДД.ММ.ГГГГ (left as is if it is not an ISO date). */
export function formatRuDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

export const CSV_HEADER: readonly string[] = ['Дата', ...OUTCOMES.map((o) => OUTCOME_LABELS[o]), 'Всего'];

/** The report as CSV: header, one line per day, then «Итого». */
export function toCsv(rows: readonly DayRow[]): string {
  const sum = totals(rows);
  return csvTable([
    CSV_HEADER,
    ...rows.map((row) => [formatRuDate(row.date), ...OUTCOMES.map((o) => row.counts[o]), row.total]),
    ['Итого', ...OUTCOMES.map((o) => sum.counts[o]), sum.total],
  ]);
}

/** «itogi-karta-nso_01.11.2026-30.11.2026.csv» */
export function csvFileName(fromIso: string, toIso: string): string {
  return `itogi-karta-nso_${formatRuDate(fromIso)}-${formatRuDate(toIso)}.csv`;
}
