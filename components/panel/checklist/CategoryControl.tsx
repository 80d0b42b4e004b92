import { checkOf, FieldCheck, fieldIds } from './FieldControl';
import { FIELD_LABELS } from './fields';
import type { ChecklistModel } from './model';

// The benefit category: a select of catalogue entries (value = code). A captured name the catalogue does not
// know stays as text in a fallback field, with a warning, until the clerk picks the entry from the list.

export function CategoryControl({ model }: { model: ChecklistModel }) {
  const value = model.checklist.value.fields.category;
  const { categories } = model.catalogue;
  const known = value === '' || categories.some((c) => c.code === value);
  const error = known ? model.visibleErrors.value.category : undefined;
  const ids = fieldIds('category');
  const warningId = 'kn-f-category-warning';
  return (
    <div
      class={error || !known ? 'kn-field kn-field--invalid' : 'kn-field'}
      data-check={checkOf(known ? value : '', model.errors.value.category, false)}
    >
      <FieldCheck value={known ? value : ''} error={model.errors.value.category} optional={false} />
      <label class="kn-field__label" for={ids.input}>
        {FIELD_LABELS.category}
        <span class="kn-field__required" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <select
        id={ids.input}
        class="kn-field__input"
        name="category"
        value={known ? value : ''}
        aria-required="true"
        aria-invalid={error || !known ? 'true' : undefined}
        aria-describedby={(known ? error && ids.error : warningId) || undefined}
        onChange={(e) => void model.commit('category', e.currentTarget.value)}
      >
        <option value="">— выберите из справочника —</option>
        {categories.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      {error ? (
        <span id={ids.error} class="kn-field__error">
          {error}
        </span>
      ) : null}
      {known ? null : <UnknownCategory model={model} text={value} warningId={warningId} />}
    </div>
  );
}

function UnknownCategory({
  model,
  text,
  warningId,
}: {
  model: ChecklistModel;
  text: string;
  warningId: string;
}) {
  const inputId = 'kn-f-category-text';
  return (
    <div class="kn-field__fallback">
      <p id={warningId} class="kn-field__warning">
        Категория «{text}» не найдена в справочнике. Выберите её из списка выше или уточните название.
      </p>
      <label class="kn-field__label" for={inputId}>
        Категория, как на странице
      </label>
      <input
        id={inputId}
        class="kn-field__input"
        type="text"
        value={text}
        autoComplete="off"
        aria-describedby={warningId}
        onInput={(e) => model.input('category', e.currentTarget.value)}
        onBlur={(e) => {
          const typed = e.currentTarget.value;
          void model.commit('category', model.catalogue.match(typed) ?? typed);
        }}
      />
    </div>
  );
}
