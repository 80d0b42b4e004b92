import { formatRuDate } from '@/utils/journal/dates';
import { OUTCOME_LABELS, OUTCOMES } from '@/utils/journal/outcomes';
import type { DayRow, Totals } from '@/utils/journal/stats';

/** A row of the table; with `office`, the table shows the office's code and name after the date. */
export type CountsRow = DayRow & { office?: { code: string; name: string } };

export interface CountsTableProps {
  rows: readonly CountsRow[];
  sum: Totals;
  caption: string;
  /** Show the office columns (the region-wide table). */
  withOffice?: boolean;
}

/**
 * Counts per day (and office) × outcome with an «Итого» row; the accessible form of the charts' data. Rows carry
 * data-date (and data-office-code), cells data-outcome / data-total.
 */
export function CountsTable({ rows, sum, caption, withOffice = false }: CountsTableProps) {
  return (
    <div class="op-table-wrap">
      <table class="op-table" data-report-table={withOffice ? 'region' : 'office'}>
        <caption class="op-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Дата</th>
            {withOffice && <th scope="col">Код офиса</th>}
            {withOffice && <th scope="col">Офис</th>}
            {OUTCOMES.map((o) => (
              <th key={o} scope="col">
                {OUTCOME_LABELS[o]}
              </th>
            ))}
            <th scope="col">Всего</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.date}|${row.office?.code}|${row.office?.name}`}
              data-date={row.date}
              data-office-code={withOffice ? row.office?.code : undefined}
              class={row.total === 0 ? 'op-table__empty' : undefined}
            >
              <th scope="row">{formatRuDate(row.date)}</th>
              {withOffice && <td class="op-table__text">{row.office?.code}</td>}
              {withOffice && <td class="op-table__text">{row.office?.name}</td>}
              {OUTCOMES.map((o) => (
                <td key={o} data-outcome={o}>
                  {row.counts[o]}
                </td>
              ))}
              <td data-total="">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-totals="">
            <th scope="row" colSpan={withOffice ? 3 : 1}>
              Итого
            </th>
            {OUTCOMES.map((o) => (
              <td key={o} data-outcome={o}>
                {sum.counts[o]}
              </td>
            ))}
            <td data-total="">{sum.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
