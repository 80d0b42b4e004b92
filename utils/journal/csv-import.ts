import { CSV_COLUMNS, FORMER_OUTCOME_COLUMNS, NO_OFFICE } from './csv';
import { type CsvRecord, looksBinary, readCsv } from './csv-read';
import { formatRuDate, parseRuDate } from './dates';
import { type Office, OUTCOME_LABELS, OUTCOMES, type Outcome } from './outcomes';
import { emptyCounts, type OfficeDayRow } from './stats';

// An office's CSV export (csv.ts) read back for the region-wide report, whole or not at all: every problem is named
// in Russian with the file and the line, so the administrator can fix the file and choose it again. Exports made
// before the office columns existed are read too (their rows carry no office), and so are columns under a name an
// earlier export used («Взял лифлет»).

export interface ImportedRow extends OfficeDayRow {
  /** The file's own words for the office (an older merged table writes «офис не указан (…)» here). */
  officeName: string;
  line: number;
}

export interface ImportResult {
  rows: ImportedRow[];
  /** Empty when the file was read; otherwise the file is rejected as a whole. */
  problems: string[];
}

const MAX_PROBLEMS = 10;

const normalize = (text: string) =>
  text.trim().toLowerCase().replaceAll('ё', 'е').replace(/[–—-]/g, '-').replace(/\s+/g, ' ');

/** A spreadsheet's formula guard (a leading apostrophe before =, +, -, @) is taken off again. */
const textCell = (cell: string) => cell.trim().replace(/^'(?=[=+\-@])/, '');

const COUNT = /^\d+$/;
const parseCount = (cell: string) => {
  const digits = cell.replace(/[\s\u00a0\u202f]/g, '');
  return COUNT.test(digits) ? Number(digits) : null;
};

interface Columns {
  date: number;
  officeCode: number;
  officeName: number;
  total: number;
  outcomes: number[];
  /** Each outcome column's name as the file writes it (for messages). */
  outcomeNames: string[];
}

function findColumns(header: CsvRecord): { columns: Columns; missing: string[] } {
  const names = header.cells.map(normalize);
  const at = (label: string) => names.indexOf(normalize(label));
  const outcomeAt = (outcome: Outcome) =>
    [OUTCOME_LABELS[outcome], ...(FORMER_OUTCOME_COLUMNS[outcome] ?? [])].map(at).find((i) => i >= 0) ?? -1;
  const outcomes = OUTCOMES.map(outcomeAt);
  const columns: Columns = {
    date: at(CSV_COLUMNS.date),
    officeCode: at(CSV_COLUMNS.officeCode),
    officeName: at(CSV_COLUMNS.officeName),
    total: at(CSV_COLUMNS.total),
    outcomes,
    outcomeNames: outcomes.map((i) => header.cells[i]?.trim() ?? ''),
  };
  const missing = [
    ...(columns.date < 0 ? [CSV_COLUMNS.date] : []),
    ...OUTCOMES.filter((_, i) => outcomes[i] < 0).map((o) => OUTCOME_LABELS[o]),
  ];
  return { columns, missing };
}

function readRow(record: CsvRecord, columns: Columns): { row?: Omit<ImportedRow, 'line'>; problem?: string } {
  const cell = (index: number) => (index >= 0 ? (record.cells[index] ?? '') : '');
  const dateText = cell(columns.date).trim();
  const date = parseRuDate(dateText);
  if (!date) return { problem: `дата «${dateText}» не распознана — нужна настоящая дата вида ДД.ММ.ГГГГ` };
  const counts = emptyCounts();
  for (const [i, outcome] of OUTCOMES.entries()) {
    const value = parseCount(cell(columns.outcomes[i]));
    if (value === null)
      return {
        problem: `столбец «${columns.outcomeNames[i]}»: «${cell(columns.outcomes[i])}» — не целое неотрицательное число`,
      };
    counts[outcome] = value;
  }
  const total = OUTCOMES.reduce((n, o) => n + counts[o], 0);
  if (columns.total >= 0 && cell(columns.total).trim() !== '') {
    const stated = parseCount(cell(columns.total));
    if (stated !== total)
      return {
        problem: `«${CSV_COLUMNS.total}» = ${cell(columns.total)}, а сумма итогов в строке — ${total}`,
      };
  }
  const code = textCell(cell(columns.officeCode));
  const name = textCell(cell(columns.officeName));
  const office: Office | null = code ? { code, name } : null;
  return { row: { date, office, officeName: name === NO_OFFICE ? '' : name, counts, total } };
}

/** Reads one file's text; `problems` says, line by line, why it cannot be merged. */
export function importReportCsv(fileName: string, text: string): ImportResult {
  const where = (line?: number) => `Файл «${fileName}»${line ? `, строка ${line}` : ''}: `;
  if (looksBinary(text))
    return {
      rows: [],
      problems: [
        `${where()}это не CSV (в файле двоичные данные). Сохраните отчёт как «CSV (разделители — точка с запятой)» и выберите файл снова.`,
      ],
    };
  const { records, unclosedQuoteAt } = readCsv(text);
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { rows: [], problems: [`${where()}файл пуст.`] };
  const [header, ...body] = nonEmpty;
  const { columns, missing } = findColumns(header);
  if (missing.length)
    return {
      rows: [],
      problems: [
        `${where(header.line)}нет столбцов ${missing.map((m) => `«${m}»`).join(', ')}. Нужна выгрузка отчёта «Итоги бесед» (CSV со столбцами «${CSV_COLUMNS.date}», итогами и «${CSV_COLUMNS.total}»).`,
      ],
    };
  const problems: string[] = [];
  if (unclosedQuoteAt) problems.push(`${where(unclosedQuoteAt)}кавычка не закрыта до конца файла.`);
  const rows: ImportedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    if (normalize(record.cells[columns.date] ?? '') === normalize(CSV_COLUMNS.totalRow)) continue;
    const { row, problem } = readRow(record, columns);
    if (!row) {
      problems.push(`${where(record.line)}${problem}.`);
      continue;
    }
    const key = `${row.date}|${row.office?.code ?? ''}|${row.officeName}`;
    const earlier = seen.get(key);
    if (earlier)
      problems.push(
        `${where(record.line)}дата ${formatRuDate(row.date)} для этого офиса уже была в строке ${earlier}.`,
      );
    seen.set(key, record.line);
    rows.push({ ...row, line: record.line });
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push(`${where()}в файле нет ни одной строки с данными.`);
  if (problems.length > MAX_PROBLEMS)
    return {
      rows: [],
      problems: [...problems.slice(0, MAX_PROBLEMS), `…и ещё ошибок: ${problems.length - MAX_PROBLEMS}.`],
    };
  return problems.length ? { rows: [], problems } : { rows, problems };
}
