import type { ComponentType } from 'preact';
import type { ChecklistFields } from '@/utils/checklist/keys';
import { ELIGIBILITY_ADVICE_ID } from './EligibilitySection';
import { FillReportView } from './FillReport';
import { FIELD_LABELS } from './fields';
import type { ChecklistModel } from './model';
import { type FillCounts, fillCounts, fillLabel } from './prefill-counts';

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
      {prefill.undone.value !== null ? (
        <p class="kn-prefill__undone" role="status">
          {prefill.undone.value > 0
            ? 'Прежние значения формы возвращены.'
            : 'Возвращать нечего: заполненных полей уже нет на странице.'}
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
  const why = whyText(counts, model.checklist.value.fields, prefill.plan.value?.sandboxedFrames ?? 0);
  const preview = (on: boolean) => void (on ? prefill.preview() : prefill.clearPreview());
  return (
    <div class="kn-prefill-bar" data-prefill-bar="">
      <button
        type="button"
        class="kn-button kn-button--primary"
        data-action="prefill"
        data-will-fill={counts.willFill}
        data-wont-fill={counts.wontFill.length}
        data-field-count={prefill.fieldCount.value}
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
      <p id="kn-prefill-why" class="kn-prefill-bar__why" title={why}>
        {why}
      </p>
    </div>
  );
}

/**
 * Said when fields are missing and the page holds frames of another site: a form there is out of the extension's
 * reach, and the clerk should not look for a fault in the checklist.
 */
const FRAMES_UNREAD = 'Часть страницы — во встроенном окне другого сайта: его поля расширение не видит.';

/** One or two lines under the button (the bar stays small; each field's own ✗ and message say the rest). */
function whyText(counts: FillCounts, fields: ChecklistFields, framesUnread: number): string {
  if (Object.values(fields).every((v) => v.trim() === '')) {
    return 'Чек-лист пуст: заполните его со страницы или вручную.';
  }
  // Fields of an unclear document block first: they wait for the clerk's answer after the fill.
  const waiting =
    counts.waiting.length > 0
      ? `Не ясно, паспорт это или документ-основание: ${counts.waiting.map((l) => `«${l}»`).join(', ')} — выбор в отчёте после заполнения.`
      : '';
  if (counts.wontFill.length > 0) {
    const frames = framesUnread > 0 ? `${FRAMES_UNREAD} ` : '';
    const wont = `${frames}Не заполнятся: ${counts.wontFill.map((w) => `${FIELD_LABELS[w.key]} (${w.why})`).join('; ')}.`;
    return waiting ? `${waiting} ${wont}` : wont;
  }
  return waiting || 'Наведите на кнопку — на странице появятся значения, которые будут вписаны.';
}

export const PrefillSection: PrefillParts = { Summary: PrefillSummary, Bar: PrefillBar };
