import { OUTCOME_LABELS, OUTCOMES } from '@/utils/journal/outcomes';
import { shares, type Totals } from '@/utils/journal/stats';
import { OUTCOME_COLORS } from './BarChart';

/**
 * The share of visits per outcome: the memo's aim is more «Подключит Карту жителя» and fewer plastic cards. Each
 * item carries data-share="<outcome>" with the whole percent as its value.
 */
export function OutcomeShares({ sum, title }: { sum: Totals; title: string }) {
  const percent = shares(sum);
  return (
    <figure class="op-shares">
      <figcaption class="op-shares__title">{title}</figcaption>
      <ul class="op-shares__list">
        {OUTCOMES.map((outcome) => (
          <li key={outcome} class="op-shares__item" data-share={outcome} data-value={percent[outcome]}>
            <span class="op-shares__label">{OUTCOME_LABELS[outcome]}</span>
            <span class="op-shares__bar" aria-hidden="true">
              <span
                class="op-shares__fill"
                style={{ width: `${percent[outcome]}%`, background: OUTCOME_COLORS[outcome] }}
              />
            </span>
            <span class="op-shares__value">
              {percent[outcome]} % <span class="op-muted">({sum.counts[outcome]})</span>
            </span>
          </li>
        ))}
      </ul>
      <p class="op-muted op-shares__aim">
        Цель памятки — больше доля «{OUTCOME_LABELS.accepted}», меньше доля «{OUTCOME_LABELS.refused}».
      </p>
    </figure>
  );
}
