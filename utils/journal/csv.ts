import { formatRuDate } from './dates';
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from './outcomes';
import type { OfficeDayRow } from './stats';
import { totals } from './stats';

// CSV that opens as columns in Excel and LibreOffice with a Russian locale: UTF-8 with BOM, «;», CRLF. The format is
// described in README («Отчёт и CSV»); csv-import.ts reads it back, including files written before the office columns.

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Marks a row whose lines carry no office. */
export const NO_OFFICE = 'офис не указан';

export const CSV_COLUMNS = {
  date: 'Дата',
  officeCode: 'Код офиса',
  officeName: 'Офис',
  total: 'Всего',
  totalRow: 'Итого',
} as const;

/**
 * Quotes a cell when it holds the separator, a quote, a line break or edge spaces; doubles inner quotes. Text that a
 * spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe, which Excel shows as plain text.
 */
export function csvCell(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : String(value);
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells → CSV text with BOM, every line ended by CRLF. */
export function csvTable(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR) + CRLF).join('');
}

/** Column names earlier exports used for an outcome; the import reads them as the current name. */
export const FORMER_OUTCOME_COLUMNS: Partial<Record<Outcome, readonly string[]>> = {
  leaflet: ['Взял лифлет'],
};

export const CSV_HEADER: readonly string[] = [
  CSV_COLUMNS.date,
  CSV_COLUMNS.officeCode,
  CSV_COLUMNS.officeName,
  ...OUTCOMES.map((o) => OUTCOME_LABELS[o]),
  CSV_COLUMNS.total,
];

/** Rows per office and day as CSV: header, one line per row, then «Итого». */
export function toCsv(rows: readonly OfficeDayRow[]): string {
  const sum = totals(rows);
  return csvTable([
    CSV_HEADER,
    ...rows.map((row) => [
      formatRuDate(row.date),
      row.office?.code ?? '',
      row.office ? row.office.name : NO_OFFICE,
      ...OUTCOMES.map((o) => row.counts[o]),
      row.total,
    ]),
    [CSV_COLUMNS.totalRow, '', '', ...OUTCOMES.map((o) => sum.counts[o]), sum.total],
  ]);
}

/** «itogi-karta-nso_01.11.2026-30.11.2026.csv»; the region-wide table adds «svod». */
export function csvFileName(fromIso: string, toIso: string, kind: 'office' | 'region' = 'office'): string {
  const prefix = kind === 'region' ? 'svod-karta-nso' : 'itogi-karta-nso';
  return `${prefix}_${formatRuDate(fromIso)}-${formatRuDate(toIso)}.csv`;
}
