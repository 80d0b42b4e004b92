import type { PrefillTarget } from '@/utils/prefill/types';
import { ELIGIBILITY_ADVICE_ID } from './EligibilitySection';
import { FillReportView } from './FillReport';
import { FIELD_LABELS } from './fields';
import type { ChecklistModel } from './model';

// The plan before the click (which page field gets which value, which keys found no field), the one-click
// prefill button with the number of fields it sees now, then the report and undo.

/** A select's option value («vt») means nothing to the clerk: show the option's text. */
function shownValue(t: PrefillTarget): string {
  return t.control?.options?.find((o) => o.value === t.value)?.text.trim() || t.value;
}

export function PrefillSection({ model }: { model: ChecklistModel }) {
  const { prefill } = model;
  const plan = prefill.plan.value;
  const report = prefill.report.value;
  const eligible = model.eligible.value;
  return (
    <section class="kn-prefill" aria-labelledby="kn-prefill-title">
      <h4 id="kn-prefill-title" class="kn-checklist__subtitle">
        Заполнение формы МАИС
      </h4>
      {plan && plan.targets.length > 0 ? (
        <table class="kn-plan">
          <caption>Будет заполнено{plan.formLabel ? ` в форме «${plan.formLabel}»` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Поле на странице</th>
              <th scope="col">Значение</th>
            </tr>
          </thead>
          <tbody>
            {plan.targets.map((t) => (
              <tr key={t.key} data-plan-field={t.key}>
                <td>{t.label || FIELD_LABELS[t.key]}</td>
                <td>
                  {shownValue(t)}
                  {t.problem ? <span class="kn-plan__problem"> — {t.problem}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="kn-prefill__empty">
          Подходящих полей на странице пока не видно. Откройте форму внесения льготной категории — поля
          найдутся в момент нажатия.
        </p>
      )}
      {plan && plan.missing.length > 0 ? (
        <p class="kn-prefill__missing">
          Не найдено поле для: {plan.missing.map((k) => FIELD_LABELS[k]).join(', ')}.
        </p>
      ) : null}
      {prefill.unclear.value.map((a) => (
        <p key={a.id} class="kn-prefill__missing" data-unclear-block={a.id}>
          Поля {a.fields.map((f) => `«${f.label}»`).join(', ')}
          {a.blockTitle ? ` в блоке «${a.blockTitle}»` : ''} не будут заполнены: {a.reason}. После заполнения
          выберите в отчёте, что это за документ.
        </p>
      ))}
      <div class="kn-prefill__actions">
        <button
          type="button"
          class="kn-button kn-button--primary"
          data-action="prefill"
          disabled={!eligible || prefill.busy.value}
          aria-describedby={eligible ? undefined : ELIGIBILITY_ADVICE_ID}
          onClick={() => void model.runPrefill()}
        >
          Заполнить форму (найдено полей: {prefill.fieldCount.value})
        </button>
        {prefill.canUndo.value ? (
          <button type="button" class="kn-button" data-action="undo-prefill" onClick={() => prefill.undo()}>
            Отменить заполнение
          </button>
        ) : null}
      </div>
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
    </section>
  );
}
