import { FIELD_KEYS } from '@/utils/checklist/keys';
import type { FillReport, FillEntry as FillReportEntry } from '@/utils/prefill/types';
import { FIELD_LABELS, FILL_STATUS_LABELS } from './fields';

// The report after a prefill: one element per checklist key, `[data-field][data-status]`, with the reason.

const MISSING_ENTRY: FillReportEntry = { status: 'skipped', reason: 'Заполнение не сообщило об этом поле' };

/** «Заполнено» after the status «заполнено» says nothing new. */
function reasonAddsSomething({ status, reason }: FillReportEntry): boolean {
  return reason.trim() !== '' && !reason.toLocaleLowerCase('ru').startsWith(FILL_STATUS_LABELS[status]);
}

export function FillReportView({ report }: { report: FillReport }) {
  const entries = FIELD_KEYS.map((key) => [key, report[key] ?? MISSING_ENTRY] as const);
  const filled = entries.filter(([, e]) => e.status === 'filled').length;
  return (
    <div class="kn-report" data-fill-report="">
      <h5 class="kn-report__title">
        Отчёт о заполнении: заполнено {filled} из {FIELD_KEYS.length}
      </h5>
      <ul class="kn-report__list">
        {entries.map(([key, entry]) => (
          <li
            key={key}
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
        ))}
      </ul>
    </div>
  );
}
