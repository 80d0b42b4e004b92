import { FIELD_KEYS, type FieldKey } from '@/utils/checklist/keys';
import type { DocKind, FillReport, FillEntry as FillReportEntry } from '@/utils/prefill/types';
import { FIELD_LABELS, FILL_STATUS_LABELS } from './fields';

// The report after a prefill: one element per checklist key, `[data-field][data-status]`, with the reason. A field
// of a document block the engine could not tell apart offers the clerk's one-click answer
// (`[data-action="choose-passport"|"choose-basis"][data-field]`).

const MISSING_ENTRY: FillReportEntry = { status: 'skipped', reason: 'Заполнение не сообщило об этом поле' };

/** «Заполнено» after the status «заполнено» says nothing new. */
function reasonAddsSomething({ status, reason }: FillReportEntry): boolean {
  return reason.trim() !== '' && !reason.toLocaleLowerCase('ru').startsWith(FILL_STATUS_LABELS[status]);
}

export interface DocumentChoice {
  choose(ambiguityId: string, kind: DocKind): void;
  busy: boolean;
}

const CHOICES: { kind: DocKind; action: string; text: string }[] = [
  { kind: 'identity', action: 'choose-passport', text: 'Это паспорт' },
  { kind: 'basis', action: 'choose-basis', text: 'Это документ-основание' },
];

function ChoiceButtons({
  field,
  entry,
  choice,
}: {
  field: FieldKey;
  entry: FillReportEntry;
  choice: DocumentChoice;
}) {
  const ambiguity = entry.ambiguity as string;
  const about = entry.label ? `поле «${entry.label}»` : FIELD_LABELS[field];
  return (
    <span class="kn-report__choice">
      {CHOICES.map(({ kind, action, text }) => (
        <button
          key={kind}
          type="button"
          class="kn-button kn-button--small"
          data-action={action}
          data-field={field}
          aria-label={`${text}: ${about}`}
          disabled={choice.busy}
          onClick={() => choice.choose(ambiguity, kind)}
        >
          {text}
        </button>
      ))}
    </span>
  );
}

function ReportItem({
  fieldKey: key,
  entry,
  choice,
}: {
  fieldKey: FieldKey;
  entry: FillReportEntry;
  choice?: DocumentChoice;
}) {
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
      {entry.ambiguity && choice ? <ChoiceButtons field={key} entry={entry} choice={choice} /> : null}
    </li>
  );
}

/** What needs the clerk comes first and in view; the fields written are one click away. */
export function FillReportView({ report, choice }: { report: FillReport; choice?: DocumentChoice }) {
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
            <ReportItem key={key} fieldKey={key} entry={entry} choice={choice} />
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
