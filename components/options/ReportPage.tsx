import { useRef, useState } from 'preact/hooks';
import { csvFileName, toCsv } from '@/utils/journal/csv';
import { BarChart } from './BarChart';
import { CountsTable } from './CountsTable';
import { downloadText } from './download';
import { OutcomeShares } from './OutcomeShares';
import { PeriodPicker } from './PeriodPicker';
import { RegionReport } from './RegionReport';
import type { ReportModel } from './report-model';
import { SummaryBar } from './SummaryBar';
import './report.css';

export interface ReportPageProps {
  model: ReportModel;
  now: () => Date;
}

/** The outcome report: period, shares, chart, table and CSV of this browser's journal (read only), then the region. */
export function ReportPage({ model, now }: ReportPageProps) {
  const rootRef = useRef<HTMLElement>(null);
  const period = model.period.value;
  const rows = model.rows.value;
  const sum = model.sum.value;
  const status = model.status.value;
  // Table only: the chart keeps every day as its time axis, the CSV exports every day.
  const [hideEmpty, setHideEmpty] = useState(false);

  const onDownload = () => {
    const doc = rootRef.current?.ownerDocument;
    if (doc)
      downloadText(
        doc,
        csvFileName(period.from, period.to),
        toCsv(model.officeRows.value),
        'text/csv;charset=utf-8',
      );
  };

  return (
    <>
      <section ref={rootRef} class="op-report" aria-labelledby="op-report-title">
        <h2 id="op-report-title" class="op-h2">
          Итоги бесед
        </h2>
        <p class="op-muted">
          Сколько раз специалист отметил каждый итог беседы. Журнал хранится только в этом браузере и не
          содержит персональных данных.
        </p>
        <PeriodPicker
          period={period}
          now={now()}
          onChange={(next) => {
            model.period.value = next;
          }}
          onPreset={model.applyPreset}
        />
        <div class="op-messages" role="status" aria-live="polite">
          {model.periodProblem.value && <p class="op-warning">{model.periodProblem.value}</p>}
          {model.journalProblem.value && (
            <p class="op-warning" data-journal-problem="">
              {model.journalProblem.value}
            </p>
          )}
          {status === 'error' && (
            <p class="op-warning">Не удалось прочитать журнал итогов из хранилища браузера.</p>
          )}
        </div>
        {status === 'loading' ? (
          <p class="op-muted">Загрузка журнала…</p>
        ) : (
          rows.length > 0 && (
            <>
              <SummaryBar
                total={sum.total}
                caption="итогов за период"
                totalAttribute="data-summary-total"
                action="download-csv"
                buttonText="Скачать CSV"
                onDownload={onDownload}
              />
              {sum.total > 0 ? (
                <>
                  <OutcomeShares sum={sum} title="Доля итогов за период" />
                  <BarChart rows={rows} sum={sum} />
                </>
              ) : (
                <p class="op-muted" data-empty-period="">
                  За выбранный период итогов нет.
                </p>
              )}
              <label class="op-toggle">
                <input
                  class="kn-focusable"
                  type="checkbox"
                  name="hideEmpty"
                  checked={hideEmpty}
                  onChange={(e) => setHideEmpty(e.currentTarget.checked)}
                />
                Скрыть в таблице дни без итогов
              </label>
              <CountsTable
                rows={hideEmpty ? rows.filter((r) => r.total > 0) : rows}
                sum={sum}
                caption="Итоги бесед по дням"
              />
            </>
          )
        )}
      </section>
      <RegionReport />
    </>
  );
}
