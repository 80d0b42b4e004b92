import { useState } from 'preact/hooks';
import { ELIGIBILITY_KEYS, type EligibilityKey } from '@/utils/checklist/keys';
import { ELIGIBILITY_LABELS } from './fields';
import type { ChecklistModel } from './model';

// The memo's three conditions (step 5) as yes/no questions. «Да» is the condition's checkbox (its `name=` is the
// contract); «Нет» is an answer of its own: an unanswered question is not a "no", and the memo's advice appears only
// for a "no". Prefill stays disabled until all three are "yes".

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
  const [declined, setDeclined] = useState<ReadonlySet<EligibilityKey>>(new Set());
  const labelOf = (i: number) => conditions?.[i] ?? ELIGIBILITY_LABELS[ELIGIBILITY_KEYS[i]];
  const answer = (key: EligibilityKey, yes: boolean) => {
    const next = new Set(declined);
    if (yes) next.delete(key);
    else next.add(key);
    setDeclined(next);
    void model.setEligibility(key, yes);
  };
  const noAdvice = missing.filter((m) => declined.has(m.key));
  const unanswered = missing.filter((m) => !declined.has(m.key)).length;
  return (
    <fieldset class="kn-checklist__group kn-eligibility">
      <legend>Условия памятки (п. 5)</legend>
      {ELIGIBILITY_KEYS.map((key, i) => {
        const questionId = `kn-q-${key}`;
        const no = declined.has(key) && !eligibility[key];
        return (
          <div
            key={key}
            class="kn-question"
            data-condition={key}
            data-answer={answerOf(eligibility[key], no)}
          >
            <span id={questionId} class="kn-question__text">
              {labelOf(i)}
            </span>
            <label class="kn-answer">
              <input
                type="checkbox"
                name={key}
                checked={eligibility[key]}
                aria-labelledby={`${questionId} ${questionId}-yes`}
                onChange={(e) => answer(key, e.currentTarget.checked)}
              />
              <span id={`${questionId}-yes`}>Да</span>
            </label>
            <button
              type="button"
              class="kn-button kn-answer__no"
              data-action="condition-no"
              data-condition={key}
              aria-pressed={no ? 'true' : 'false'}
              aria-label={`${labelOf(i)}: нет`}
              onClick={() => answer(key, false)}
            >
              Нет
            </button>
          </div>
        );
      })}
      <div id={ELIGIBILITY_ADVICE_ID} role="status">
        {noAdvice.length > 0 ? (
          <ul class="kn-eligibility__advice">
            {noAdvice.map((m) => (
              <li key={m.key} data-missing={m.key}>
                {m.advice}
              </li>
            ))}
          </ul>
        ) : null}
        {missing.length === 0 ? (
          <p class="kn-eligibility__ok">Все условия выполнены: льготная категория вносится в МАИС НСО.</p>
        ) : unanswered > 0 && noAdvice.length === 0 ? (
          <p class="kn-checklist__note">Ответьте на три вопроса — тогда форму МАИС можно заполнить.</p>
        ) : null}
      </div>
    </fieldset>
  );
}

function answerOf(yes: boolean, no: boolean): 'yes' | 'no' | 'none' {
  if (yes) return 'yes';
  return no ? 'no' : 'none';
}
