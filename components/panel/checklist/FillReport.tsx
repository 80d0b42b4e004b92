import { FIELD_KEYS, type FieldKey } from '@/utils/checklist/keys';
import type { FillReport, FillEntry as FillReportEntry } from '@/utils/prefill/types';
import { FIELD_LABELS, FILL_STATUS_LABELS } from './fields';

// The report after a prefill: one element per checklist key, `[data-field][data-status]`, with the reason.

const MISSING_ENTRY: FillReportEntry = { status: 'skipped', reason: 'Заполнение не сообщило об этом поле' };

/** «Заполнено» after the status «заполнено» says nothing new. */
function reasonAddsSomething({ status, reason }: FillReportEntry): boolean {
  return reason.trim() !== '' && !reason.toLocaleLowerCase('ru').startsWith(FILL_STATUS_LABELS[status]);
}

function ReportItem({ fieldKey: key, entry }: { fieldKey: FieldKey; entry: FillReportEntry }) {
  return (
    <li
      class={`kn-report__item kn-report__item--${entry.status}`}
      data-field={key}
      data-status={entry.status}
    >
      <span class="kn-report__status">{FILL_STATUS_LABELS[entry.status]}</span>{' '}
      <span class="kn-report__label">{FIELD_LABELS[key]}</span>
      {entry.label && entry.label !== FIELD_LABELS[key] ? (
        <span class="kn-report__page-label"> (поле «{entry.label}»)</span>
      ) : null}
      {reasonAddsSomething(entry) ? <span class="kn-report__reason">: {entry.reason}</span> : null}
    </li>
  );
}

/** What needs the clerk comes first and in view; the fields written are one click away. */
export function FillReportView({ report }: { report: FillReport }) {
  const entries = FIELD_KEYS.map((key) => [key, report[key] ?? MISSING_ENTRY] as const);
  const filled = entries.filter(([, e]) => e.status === 'filled');
  const rest = entries.filter(([, e]) => e.status !== 'filled');
  return (
    <div class="kn-report" data-fill-report="" role="status">
      <h5 class="kn-report__title">
        Заполнено {filled.length} из {FIELD_KEYS.length}
      </h5>
      {rest.length > 0 ? (
        <ul class="kn-report__list">
          {rest.map(([key, entry]) => (
            <ReportItem key={key} fieldKey={key} entry={entry} />
          ))}
        </ul>
      ) : null}
      {rest.length > 0 ? (
        <p class="kn-report__note">
          Обязательные поля, оставшиеся пустыми, обведены на странице красной рамкой.
        </p>
      ) : null}
      {filled.length > 0 ? (
        <details class="kn-report__filled">
          <summary>Заполненные поля ({filled.length})</summary>
          <ul class="kn-report__list">
            {filled.map(([key, entry]) => (
              <ReportItem key={key} fieldKey={key} entry={entry} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
