import { useRef } from 'preact/hooks';
import { CategoryControl } from './CategoryControl';
import { EligibilitySection } from './EligibilitySection';
import { FieldControl } from './FieldControl';
import { FIELD_GROUPS } from './fields';
import type { ChecklistModel } from './model';
import type { PrefillParts } from './PrefillSection';

// Memo step 5: the checklist. Personal data lives only in the background's session storage; this view edits it.

export interface ChecklistViewProps {
  model: ChecklistModel;
  /** The memo's three conditions from the content pack (pack.maisConditions), in order. */
  conditions?: readonly string[];
  /** The prefill result and bar, on pages with a form to fill (the kit decides). */
  prefill?: PrefillParts;
}

export function ChecklistView({ model, conditions, prefill }: ChecklistViewProps) {
  return (
    <section class="kn-checklist" aria-labelledby="kn-checklist-title">
      <h4 id="kn-checklist-title" class="kn-checklist__title">
        Чек-лист для МАИС НСО
      </h4>
      {model.error.value ? (
        <p class="kn-checklist__error" role="alert">
          {model.error.value}
        </p>
      ) : null}
      {prefill ? <prefill.Summary model={model} /> : null}
      <EligibilitySection model={model} conditions={conditions} />
      {FIELD_GROUPS.map((group) => (
        <fieldset key={group.id} class="kn-checklist__group" data-group={group.id}>
          <legend>{group.legend}</legend>
          {group.keys.map((key) =>
            key === 'category' ? (
              <CategoryControl key={key} model={model} />
            ) : (
              <FieldControl key={key} model={model} fieldKey={key} />
            ),
          )}
        </fieldset>
      ))}
      {prefill ? (
        <prefill.Bar model={model} />
      ) : (
        <p class="kn-checklist__note">
          Откройте МАИС НСО в другой вкладке: чек-лист будет там, и форму можно заполнить одной кнопкой.
        </p>
      )}
      <ClearControls model={model} />
      <ExpiryNote model={model} />
    </section>
  );
}

function ExpiryNote({ model }: { model: ChecklistModel }) {
  const minutes = model.minutesLeft.value;
  if (minutes === null) return null;
  return (
    <p class="kn-checklist__expiry">
      {minutes > 0
        ? `Данные будут удалены через ${minutes} мин.`
        : 'Срок хранения данных истёк, они удаляются.'}
    </p>
  );
}

function ClearControls({ model }: { model: ChecklistModel }) {
  const cleared = model.restorable.value?.reason === 'cleared';
  const clearRef = useRef<HTMLButtonElement>(null);
  const restore = () => {
    clearRef.current?.focus(); // «Вернуть» disappears: keep the keyboard where it was
    void model.restore();
  };
  return (
    <div class="kn-checklist__clear">
      <button
        ref={clearRef}
        type="button"
        class="kn-button"
        data-action="clear-checklist"
        onClick={() => void model.clear()}
      >
        Очистить
      </button>
      <span role="status">
        {cleared ? (
          <>
            Чек-лист очищен.{' '}
            <button
              type="button"
              class="kn-button kn-button--link"
              data-action="restore-checklist"
              onClick={restore}
            >
              Вернуть
            </button>
          </>
        ) : null}
      </span>
    </div>
  );
}
