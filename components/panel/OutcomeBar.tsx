import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '@/utils/journal/outcomes';
import type { PanelModel } from './model';

// «Итог беседы»: every outcome is one click away on every step; after recording, the visit's summary.

const HINTS: Record<Outcome, string> = {
  accepted: 'Гражданин подключит Социальный проездной в Карте жителя',
  leaflet: 'Гражданин взял лифлет для самостоятельного ознакомления',
  refused: 'Гражданин отказался — оформить пластиковую Социальную карту',
  mais: 'Зарегистрирован, льгота не видна — внести данные в МАИС НСО',
};

export function OutcomeBar({ model }: { model: PanelModel }) {
  const { outcome } = model.flow.value;
  if (outcome !== null) {
    return (
      <section class="kp-outcome kp-outcome--done" aria-label="Итог беседы">
        <p class="kp-outcome__done" data-recorded-outcome={outcome}>
          Итог записан: {OUTCOME_LABELS[outcome]}
        </p>
        {outcome === 'refused' ? <p class="kp-outcome__hint">{model.config.pack.refusalText}</p> : null}
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
  const busy = model.recording.value;
  return (
    <section class="kp-outcome" aria-labelledby="kp-outcome-title">
      <h3 id="kp-outcome-title" class="kp-outcome__title">
        Итог беседы
      </h3>
      <div class="kp-outcome__buttons">
        {OUTCOMES.map((code) => (
          <button
            key={code}
            type="button"
            class={`kn-button kp-outcome__button kp-outcome__button--${code}`}
            data-outcome={code}
            title={HINTS[code]}
            disabled={busy}
            onClick={() => void model.record(code)}
          >
            {OUTCOME_LABELS[code]}
          </button>
        ))}
      </div>
    </section>
  );
}
