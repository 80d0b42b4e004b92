import { formatRuDate } from '@/utils/journal/csv';
import { OUTCOME_LABELS, OUTCOMES } from '@/utils/journal/outcomes';
import type { DayRow, Totals } from '@/utils/journal/stats';

/** Counts per day × outcome with an «Итого» row; the accessible form of the chart's data. */
export function CountsTable({ rows, sum }: { rows: readonly DayRow[]; sum: Totals }) {
  return (
    <div class="op-table-wrap">
      <table class="op-table" data-report-table="">
        <caption class="op-visually-hidden">Итоги бесед по дням</caption>
        <thead>
          <tr>
            <th scope="col">Дата</th>
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
            <tr key={row.date} data-date={row.date} class={row.total === 0 ? 'op-table__empty' : undefined}>
              <th scope="row">{formatRuDate(row.date)}</th>
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
            <th scope="row">Итого</th>
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
