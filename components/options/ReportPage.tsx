import { useRef, useState } from 'preact/hooks';
import { csvFileName, toCsv } from '@/utils/journal/csv';
import { BarChart } from './BarChart';
import { CountsTable } from './CountsTable';
import { downloadText } from './download';
import { PeriodPicker } from './PeriodPicker';
import type { ReportModel } from './report-model';

export interface ReportPageProps {
  model: ReportModel;
  now: () => Date;
}

/** The outcome report: period, chart, table and CSV; it only reads the journal. */
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
    if (doc) downloadText(doc, csvFileName(period.from, period.to), toCsv(rows), 'text/csv;charset=utf-8');
  };

  return (
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
            <div class="op-summary">
              <span class="op-summary__total" data-summary-total="">
                {sum.total}
              </span>
              <span class="op-muted">итогов за период</span>
              <button
                type="button"
                class="kn-button kn-button--primary op-summary__csv"
                data-action="download-csv"
                onClick={onDownload}
              >
                Скачать CSV
              </button>
            </div>
            {sum.total > 0 ? (
              <BarChart rows={rows} sum={sum} />
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
            <CountsTable rows={hideEmpty ? rows.filter((r) => r.total > 0) : rows} sum={sum} />
          </>
        )
      )}
    </section>
  );
}
