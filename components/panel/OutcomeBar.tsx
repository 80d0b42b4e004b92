import { type AnswerId, answersFor, canGoBack } from '@/utils/flow/machine';
import { OUTCOME_LABELS } from '@/utils/journal/outcomes';
import type { PanelModel } from './model';

// «Ответ гражданина»: the answer bar pinned under the step, so every decision is on screen without scrolling. Each
// button is what the citizen answered; it moves the talk, records the outcome where the memo's step ends, or both.
// Contract: buttons that record carry data-outcome, buttons that move carry data-action="step-<id>".

const LABELS: Record<AnswerId, string> = {
  accepted: 'Подключит самостоятельно (Карта жителя)',
  details: 'Интересуется — подробнее',
  leaflet: 'Нет времени — лифлет',
  leafletGiven: OUTCOME_LABELS.leaflet,
  refused: 'Отказ — пластиковая карта',
  mais: 'Зарегистрирован, льготы не видно',
};

const HINTS: Record<AnswerId, string> = {
  accepted: 'Гражданин подключит Социальный проездной в Карте жителя — итог записывается',
  details: 'Шаг 2: преимущества и порядок подключения',
  leaflet: 'Шаг 3: выдать лифлет',
  leafletGiven: 'Лифлет у гражданина — итог записывается',
  refused: 'Шаг 4: итог записывается, оформление пластиковой карты продолжается',
  mais: 'Шаг 5: внести льготную категорию в МАИС НСО — итог записывается',
};

/** The contract attributes of an answer: what it records and where it moves. */
const CONTRACT: Record<AnswerId, { 'data-outcome'?: string; 'data-action'?: string }> = {
  accepted: { 'data-outcome': 'accepted' },
  details: { 'data-action': 'step-details' },
  leaflet: { 'data-action': 'step-leaflet' },
  leafletGiven: { 'data-outcome': 'leaflet' },
  refused: { 'data-outcome': 'refused', 'data-action': 'step-refusal' },
  mais: { 'data-outcome': 'mais', 'data-action': 'step-mais' },
};

function Recorded({ model }: { model: PanelModel }) {
  const { outcome } = model.flow.value;
  if (outcome === null) return null;
  return (
    <section class="kp-outcome kp-outcome--done" aria-label="Итог беседы">
      <p class="kp-outcome__done" data-recorded-outcome={outcome}>
        Итог записан: {OUTCOME_LABELS[outcome]}
      </p>
      <button
        type="button"
        class="kn-button kn-button--primary"
        data-action="new-visitor"
        onClick={model.newVisitor}
      >
        Новый посетитель
      </button>
    </section>
  );
}

export function OutcomeBar({ model }: { model: PanelModel }) {
  const state = model.flow.value;
  if (state.outcome !== null) return <Recorded model={model} />;
  const busy = model.recording.value;
  return (
    <section class="kp-outcome kp-answers" aria-labelledby="kp-outcome-title" data-answers="">
      <div class="kp-answers__head">
        <h3 id="kp-outcome-title" class="kp-outcome__title">
          Ответ гражданина
        </h3>
        {canGoBack(state) ? (
          <button type="button" class="kn-button kn-button--link" data-action="back" onClick={model.back}>
            <span aria-hidden="true">← </span>Назад
          </button>
        ) : null}
      </div>
      <div class="kp-answers__list">
        {answersFor(state).map((id) => (
          <button
            key={id}
            type="button"
            class={`kn-button kp-answers__button${CONTRACT[id]['data-outcome'] ? ' kp-answers__button--records' : ''}`}
            {...CONTRACT[id]}
            title={HINTS[id]}
            disabled={busy}
            onClick={() => void model.answer(id)}
          >
            {LABELS[id]}
          </button>
        ))}
      </div>
    </section>
  );
}
