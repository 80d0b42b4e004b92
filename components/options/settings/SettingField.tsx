import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

// One labelled setting: a text, number or select control that commits on `change` (blur or Enter). A rejected
// value stays in the control with the reason beside it (aria-invalid, aria-describedby) and nothing is stored;
// a value set by policy is read-only with «задано администратором».

export type Commit = (value: string) => Promise<string | null>;

interface FieldProps {
  id: string;
  label: string;
  value: string;
  /** Stores the value; resolves to the Russian reason it was refused, or null. */
  onCommit: Commit;
  locked?: boolean;
  hint?: string;
  type?: 'text' | 'number' | 'url';
  /** When given, a select with these options instead of an input. */
  options?: { value: string; label: string }[];
  /** Extra name for the automation contract, e.g. `office.code`. */
  name?: string;
  children?: ComponentChildren;
}

export function LockedBadge({ id }: { id: string }) {
  return (
    <span id={id} class="st-locked" data-locked="">
      {t('settingsLocked')}
    </span>
  );
}

export function ErrorText({ id, reason }: { id: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <p id={id} class="st-error" data-field-error="">
      {reason}
    </p>
  );
}

/** `aria-describedby` of a control from the ids of what describes it (hint, lock, error). */
export const describedBy = (...ids: (string | false | null | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

export function SettingField({
  id,
  label,
  value,
  onCommit,
  locked,
  hint,
  type = 'text',
  options,
  name,
  children,
}: FieldProps) {
  const [draft, setDraft] = useState(value);
  const [reason, setReason] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setReason(null);
  }, [value]);

  const commit = async (next: string) => {
    setDraft(next);
    if (next === value && !reason) return;
    setReason(await onCommit(next));
  };
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const lockId = locked ? `${id}-locked` : null;
  const common = {
    id,
    name: name ?? id,
    class: 'st-input kn-focusable',
    'aria-invalid': reason ? ('true' as const) : undefined,
    'aria-describedby': describedBy(hintId, lockId, reason && errorId),
  };
  return (
    <div class="st-field" data-setting={name ?? id}>
      <label for={id} class="st-label">
        {label}
      </label>
      {options ? (
        <select
          {...common}
          value={draft}
          disabled={locked}
          onChange={(e) => void commit((e.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={type}
          value={draft}
          readOnly={locked}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => void commit((e.currentTarget as HTMLInputElement).value)}
        />
      )}
      {locked && <LockedBadge id={lockId as string} />}
      {hint && (
        <p id={hintId as string} class="st-hint">
          {hint}
        </p>
      )}
      <ErrorText id={errorId} reason={reason} />
      {children}
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onCommit: (checked: boolean) => Promise<string | null>;
  locked?: boolean;
  hint?: string;
}

export function CheckboxSetting({ id, label, checked, onCommit, locked, hint }: CheckboxProps) {
  const [reason, setReason] = useState<string | null>(null);
  const hintId = hint ? `${id}-hint` : null;
  const lockId = locked ? `${id}-locked` : null;
  return (
    <div class="st-field st-field--check" data-setting={id}>
      <input
        id={id}
        name={id}
        type="checkbox"
        class="kn-focusable"
        checked={checked}
        disabled={locked}
        aria-invalid={reason ? 'true' : undefined}
        aria-describedby={describedBy(hintId, lockId, reason && `${id}-error`)}
        onChange={async (e) => setReason(await onCommit((e.currentTarget as HTMLInputElement).checked))}
      />
      <label for={id} class="st-label">
        {label}
      </label>
      {locked && <LockedBadge id={lockId as string} />}
      {hint && (
        <p id={hintId as string} class="st-hint">
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} reason={reason} />
    </div>
  );
}
