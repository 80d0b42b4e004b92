import { OUTCOME_LABELS, OUTCOMES } from '@/utils/journal/outcomes';
import type { TodayModel } from './today-model';

/** «Сегодня»: one tile per outcome; the element with data-stat holds just the number (automation contract). */
export function TodayCounts({ model }: { model: TodayModel }) {
  const counts = model.counts.value;
  const status = model.status.value;
  return (
    <section class="pp-section pp-today" aria-labelledby="pp-today-title" data-today="">
      <h2 id="pp-today-title" class="pp-section__title">
        Сегодня
      </h2>
      <ul class="pp-today__grid" aria-busy={status === 'loading'}>
        {OUTCOMES.map((outcome) => (
          <li key={outcome} class={`pp-today__tile pp-today__tile--${outcome}`}>
            <span class="pp-today__number" data-stat={outcome}>
              {counts ? String(counts[outcome]) : '—'}
            </span>
            <span class="pp-today__label">{OUTCOME_LABELS[outcome]}</span>
          </li>
        ))}
      </ul>
      {status === 'error' && (
        <p class="pp-note" role="status" data-today-note="">
          Итоги за сегодня сейчас недоступны: журнал не прочитан. Откройте окно ещё раз чуть позже.
        </p>
      )}
    </section>
  );
}
