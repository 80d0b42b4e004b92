import { FIELD_MAX_LENGTH, type FieldKey } from '@/utils/checklist/keys';
import { FIELD_LABELS, fieldHint, isDateField, isOptional } from './fields';
import type { ChecklistModel } from './model';

// One text field of the checklist: label, hint and, after blur or capture, its Russian validation message.
// What the clerk typed stays visible even when it cannot be read; it is normalised on blur.

const INPUT_MODES: Partial<Record<FieldKey, 'numeric' | 'tel'>> = {
  snils: 'numeric',
  phone: 'tel',
  idSeries: 'numeric',
  idNumber: 'numeric',
};

// The short list's mark per field: ✓ a value that will be written, ✗ a value that will not (or a required one
// missing), nothing for an optional field left empty.
type Check = 'ok' | 'bad' | 'empty';
const CHECK_MARKS: Record<Check, string> = { ok: '✓', bad: '✗', empty: '' };

export function checkOf(value: string, error: string | undefined, optional: boolean): Check {
  if (value.trim() === '') return optional ? 'empty' : 'bad';
  return error ? 'bad' : 'ok';
}

export function FieldCheck(props: { value: string; error: string | undefined; optional: boolean }) {
  return (
    <span class="kn-field__check" aria-hidden="true">
      {CHECK_MARKS[checkOf(props.value, props.error, props.optional)]}
    </span>
  );
}

export function fieldIds(key: FieldKey) {
  return { input: `kn-f-${key}`, hint: `kn-f-${key}-hint`, error: `kn-f-${key}-error` };
}

export function FieldControl({ model, fieldKey }: { model: ChecklistModel; fieldKey: FieldKey }) {
  const key = fieldKey;
  const value = model.checklist.value.fields[key];
  const error = model.visibleErrors.value[key];
  const hint = fieldHint(key);
  const ids = fieldIds(key);
  const date = isDateField(key);
  const describedBy = [hint && ids.hint, error && ids.error].filter(Boolean).join(' ');
  return (
    <div
      class={error ? 'kn-field kn-field--invalid' : 'kn-field'}
      data-check={checkOf(value, model.errors.value[key], isOptional(key))}
    >
      <FieldCheck value={value} error={model.errors.value[key]} optional={isOptional(key)} />
      <label class="kn-field__label" for={ids.input}>
        {FIELD_LABELS[key]}
        {isOptional(key) ? null : (
          <span class="kn-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      <input
        id={ids.input}
        class="kn-field__input"
        type="text"
        name={key}
        value={model.rules.display(key, value)}
        maxLength={FIELD_MAX_LENGTH[key]}
        autoComplete="off"
        spellcheck={false}
        inputMode={date ? 'numeric' : INPUT_MODES[key]}
        placeholder={date ? 'ДД.ММ.ГГГГ' : undefined}
        aria-required={isOptional(key) ? undefined : 'true'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => model.input(key, e.currentTarget.value)}
        onBlur={(e) => void model.commit(key, e.currentTarget.value)}
      />
      {hint ? (
        <span id={ids.hint} class="kn-field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={ids.error} class="kn-field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
