import type { ComponentType } from 'preact';
import { ELIGIBILITY_ADVICE_ID } from './EligibilitySection';
import { FillReportView } from './FillReport';
import { FIELD_LABELS } from './fields';
import type { ChecklistModel } from './model';
import { fillCounts, fillLabel } from './prefill-counts';

// Prefill in the checklist view: the result on top after a fill (what was written, what was not and why, undo),
// and the fill button in a bar that stays in view, saying before the click how many fields it will fill and how
// many will not. Which value goes into which page field is shown on the page itself while the button is hovered or
// focused (the page's own marks, drawn in a closed shadow root), so the panel does not list the values twice.

export interface PrefillParts {
  /** Above the checklist: the report and undo after a fill. */
  Summary: ComponentType<{ model: ChecklistModel }>;
  /** Below it, always in view: the fill button. */
  Bar: ComponentType<{ model: ChecklistModel }>;
}

function PrefillSummary({ model }: { model: ChecklistModel }) {
  const { prefill } = model;
  const report = prefill.report.value;
  return (
    <div class="kn-prefill-summary">
      {prefill.error.value ? (
        <p class="kn-checklist__error" role="alert">
          {prefill.error.value}
        </p>
      ) : null}
      {prefill.undone.value ? (
        <p class="kn-prefill__undone" role="status">
          Прежние значения формы возвращены.
        </p>
      ) : null}
      {prefill.choiceNotice.value ? (
        <p class="kn-prefill__choice" role="status">
          {prefill.choiceNotice.value}
        </p>
      ) : null}
      {report ? (
        <FillReportView
          report={report}
          choice={{ choose: (id, kind) => void prefill.choose(id, kind), busy: prefill.busy.value }}
        />
      ) : null}
      {report && prefill.canUndo.value ? (
        <button
          type="button"
          class="kn-button"
          data-action="undo-prefill"
          onClick={() => void prefill.undo()}
        >
          Отменить заполнение — вернуть прежние значения формы
        </button>
      ) : null}
      {report && prefill.submitted.value ? (
        <p class="kn-checklist__note" role="status">
          Форма сохранена на странице — отменить заполнение уже нельзя.
        </p>
      ) : null}
    </div>
  );
}

function PrefillBar({ model }: { model: ChecklistModel }) {
  const { prefill } = model;
  const eligible = model.eligible.value;
  const counts = fillCounts(
    prefill.plan.value,
    model.errors.value,
    model.checklist.value.fields,
    prefill.unclear.value,
  );
  const preview = (on: boolean) => void (on ? prefill.preview() : prefill.clearPreview());
  return (
    <div class="kn-prefill-bar" data-prefill-bar="">
      <button
        type="button"
        class="kn-button kn-button--primary"
        data-action="prefill"
        data-will-fill={counts.willFill}
        data-wont-fill={counts.wontFill.length}
        disabled={!eligible || prefill.busy.value}
        aria-describedby={eligible ? 'kn-prefill-why' : ELIGIBILITY_ADVICE_ID}
        onMouseEnter={() => eligible && preview(true)}
        onMouseLeave={() => preview(false)}
        onFocus={() => eligible && preview(true)}
        onBlur={() => preview(false)}
        onClick={() => {
          preview(false);
          void model.runPrefill();
        }}
      >
        {fillLabel(counts, prefill.fieldCount.value)}
      </button>
      <p id="kn-prefill-why" class="kn-prefill-bar__why">
        {counts.wontFill.length > 0
          ? `Не заполнятся: ${counts.wontFill.map((w) => `${FIELD_LABELS[w.key]} (${w.why})`).join('; ')}.`
          : counts.willFill > 0 && counts.waiting.length === 0
            ? 'Наведите на кнопку — на странице появятся значения, которые будут вписаны.'
            : counts.waiting.length === 0
              ? `Полей формы на странице: ${prefill.fieldCount.value}.`
              : ''}
        {counts.waiting.length > 0 ? <WaitingFields labels={counts.waiting} /> : null}
      </p>
    </div>
  );
}

/** Fields of an unclear document block: not written until the clerk says which document it is. */
function WaitingFields({ labels }: { labels: string[] }) {
  return (
    <span data-unclear-fields="">
      {' '}
      Не ясно, паспорт это или документ-основание: {labels.map((l) => `«${l}»`).join(', ')} — выбор в отчёте
      после заполнения.
    </span>
  );
}

export const PrefillSection: PrefillParts = { Summary: PrefillSummary, Bar: PrefillBar };
