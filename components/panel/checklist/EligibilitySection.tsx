import { ELIGIBILITY_KEYS } from '@/utils/checklist/keys';
import { ELIGIBILITY_LABELS } from './fields';
import type { ChecklistModel } from './model';

// The memo's three conditions (step 5). Until all are confirmed the panel says which is missing and what the
// memo says to do instead; prefill stays disabled.

export const ELIGIBILITY_ADVICE_ID = 'kn-eligibility-advice';

export function EligibilitySection({
  model,
  conditions,
}: {
  model: ChecklistModel;
  conditions?: readonly string[];
}) {
  const eligibility = model.checklist.value.eligibility;
  const missing = model.eligibilityMissing.value;
  const labelOf = (i: number) => conditions?.[i] ?? ELIGIBILITY_LABELS[ELIGIBILITY_KEYS[i]];
  return (
    <fieldset class="kn-checklist__group kn-eligibility">
      <legend>Условия памятки (п. 5)</legend>
      {ELIGIBILITY_KEYS.map((key, i) => (
        <label key={key} class="kn-check">
          <input
            type="checkbox"
            name={key}
            checked={eligibility[key]}
            onChange={(e) => void model.setEligibility(key, e.currentTarget.checked)}
          />
          <span>{labelOf(i)}</span>
        </label>
      ))}
      {missing.length > 0 ? (
        <div id={ELIGIBILITY_ADVICE_ID} class="kn-eligibility__advice" role="status">
          <p>Заполнение МАИС недоступно, пока не отмечены все три условия.</p>
          <ul>
            {missing.map((m) => (
              <li key={m.key} data-missing={m.key}>
                <strong>Не отмечено: {labelOf(ELIGIBILITY_KEYS.indexOf(m.key))}.</strong> {m.advice}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="kn-eligibility__ok" role="status">
          Все условия выполнены: данные о льготной категории вносятся в МАИС НСО.
        </p>
      )}
    </fieldset>
  );
}
