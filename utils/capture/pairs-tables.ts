import { parseDate, todayIso } from '../checklist/dates';
import { classifyField, sectionOf } from '../fields/meanings';
import { partyOf } from '../fields/party';
import { childElements } from '../fields/text';
import { consume, type Extraction, looksLikeLabel, shownValue } from './raw-pair';
import { cleanLabel, oneLine, visibleText } from './text';

// Label–value pairs laid out as definition lists and tables: dl/dt/dd; rows «Метка | значение» (th+td or two tds,
// also 4-cell rows «Метка | значение | Метка | значение»); and tables with a header row of labels and one record
// per row (a list of documents).

export function extractDefinitionLists(ex: Extraction): void {
  for (const dt of ex.index.elements) {
    if (dt.localName !== 'dt' || ex.consumed.has(dt)) continue;
    const label = cleanLabel(visibleText(dt, ex.index));
    const values: Element[] = [];
    for (let next = dt.nextElementSibling; next && next.localName !== 'dt'; next = next.nextElementSibling) {
      if (next.localName === 'dd' && ex.index.position.has(next)) values.push(next);
    }
    if (values.length === 0 || !looksLikeLabel(label)) continue;
    const value = oneLine(values.map((dd) => shownValue(dd, ex.index)).join(' '));
    ex.pairs.push({ label, value, anchor: values[0] });
    consume(ex, dt, ...values);
  }
}

function cellsOf(tr: Element, ex: Extraction): Element[] {
  return childElements(tr).filter(
    (c) => (c.localName === 'td' || c.localName === 'th') && ex.index.position.has(c),
  );
}

function rowsOf(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
}

export function extractTables(ex: Extraction): void {
  for (const table of ex.index.elements) {
    if (table.localName !== 'table') continue;
    const rows = rowsOf(table).filter((tr) => ex.index.position.has(tr));
    if (extractPersonColumns(ex, rows) || extractColumnTable(ex, rows)) continue;
    for (const tr of rows) extractRow(ex, tr);
  }
}

/** «Метка | значение» rows; an even number of cells reads as several pairs side by side. */
function extractRow(ex: Extraction, tr: Element): void {
  const cells = cellsOf(tr, ex);
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const [labelCell, valueCell] = [cells[i], cells[i + 1]];
    if (ex.consumed.has(labelCell) || labelCell.querySelector('input,select,textarea,table')) continue;
    if (holdsOwnPair(labelCell) || holdsOwnPair(valueCell)) continue;
    if (valueCell.querySelector('table')) continue;
    const label = cleanLabel(visibleText(labelCell, ex.index));
    if (!looksLikeLabel(label)) continue;
    ex.pairs.push({ label, value: shownValue(valueCell, ex.index), anchor: valueCell });
    consume(ex, labelCell, valueCell);
  }
}

const LABEL_PART = /(^|[-_\s])label([-_\s]|$)/i;
const VALUE_PART = /(^|[-_\s])(value|content|data)([-_\s]|$)/i;

/**
 * A cell that is a whole item of a descriptions grid (`td > span.item-label + span.item-content`): it is read by the
 * cards extractor as its own pair, never as the label or the value of its neighbour cell.
 */
function holdsOwnPair(cell: Element): boolean {
  const classes = Array.from(cell.querySelectorAll('[class]')).map((el) => el.getAttribute('class') ?? '');
  return classes.some((c) => LABEL_PART.test(c)) && classes.some((c) => VALUE_PART.test(c));
}

const KINSHIP = /родств|кем приходится/i;
const STATUS = /^(?:статус|состояние)/i;
/** A record's status that says it is not in force: a benefit ended, a document annulled. */
const ENDED = /прекращ|закрыт|аннулир|недейств|отменен|отменён|архив|истек|истёк|снят/i;

/**
 * A header row of ≥ 3 labels (most of them known field names) over records: each cell pairs with its column's
 * header, and a row naming a document («Паспорт», «Удостоверение …») decides that row's section.
 */
function extractColumnTable(ex: Extraction, rows: Element[]): boolean {
  const headerRow = rows[0];
  if (!headerRow) return false;
  const headers = cellsOf(headerRow, ex);
  if (headers.length < 3 || headers.some((c) => c.localName !== 'th')) return false;
  const labels = headers.map((h) => cleanLabel(visibleText(h, ex.index)));
  const known = labels.filter((label) => classifyField({ label })).length;
  if (known * 2 < labels.length) return false;
  const records = rows.slice(1).filter((tr) => cellsOf(tr, ex).length === headers.length);
  if (records.length === 0) return false;
  // A column of kinship lists other people (a family's members); a status column tells a record no longer in force.
  const others = labels.some((label) => KINSHIP.test(label));
  const status = labels.findIndex((label) => STATUS.test(label));
  const end = labels.findIndex((label) => classifyField({ label })?.meaning === 'benefitEnd');
  const today = todayIso();
  /** Whether a record says it is no longer in force: by its status, or an end date already past. */
  const ended = (cells: Element[]) => {
    if (status >= 0 && ENDED.test(visibleText(cells[status], ex.index))) return true;
    const until = end >= 0 ? parseDate(oneLine(visibleText(cells[end], ex.index))) : null;
    return until !== null && until < today;
  };
  for (const tr of records) {
    const cells = cellsOf(tr, ex);
    consume(ex, ...cells);
    if (others || ended(cells)) continue;
    const rowText = oneLine(visibleText(cells[0], ex.index));
    const rowSection = sectionOf(rowText);
    cells.forEach((cell, i) => {
      ex.pairs.push({
        label: labels[i],
        value: shownValue(cell, ex.index),
        anchor: cell,
        section: rowSection === 'unknown' ? undefined : rowSection,
      });
    });
  }
  consume(ex, ...headers);
  return true;
}

/**
 * A column per person under a header row that names them («Сведения | Представитель | Получатель»): each row's first
 * cell labels the citizen's column's cell; the other columns are someone else's. With no one column of the citizen's
 * («Представитель | Ребёнок», or two «Получатель» columns) nothing of the table is taken.
 */
function extractPersonColumns(ex: Extraction, rows: Element[]): boolean {
  const headers = rows[0] ? cellsOf(rows[0], ex) : [];
  if (headers.length < 3) return false;
  const parties = headers.slice(1).map((h) => partyOf(oneLine(visibleText(h, ex.index))));
  if (!parties.includes('other')) return false;
  const own = parties.indexOf('applicant');
  const citizen = own >= 0 && parties.lastIndexOf('applicant') === own ? own + 1 : -1;
  for (const tr of rows.slice(1)) {
    const cells = cellsOf(tr, ex);
    if (cells.length !== headers.length) continue;
    const label = cleanLabel(visibleText(cells[0], ex.index));
    if (citizen > 0 && looksLikeLabel(label))
      ex.pairs.push({ label, value: shownValue(cells[citizen], ex.index), anchor: cells[citizen] });
    consume(ex, ...cells);
  }
  consume(ex, ...headers);
  return true;
}
