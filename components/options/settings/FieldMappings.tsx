import { useState } from 'preact/hooks';
import { FIELD_KEYS, type FieldKey } from '@/utils/checklist/keys';
import { FIELD_LABELS as FIELD_TITLES } from '@/utils/checklist/labels';
import { t } from '@/utils/i18n';
import { fieldLock, type Locks } from '@/utils/settings/policy';
import type { SiteSettings } from '@/utils/settings/schema';
import { selectorWarnings } from '@/utils/settings/selector';
import { type PickerNote, pickOnPage, testOnPage } from './picker-actions';
import { firstReason } from './reasons';
import { describedBy, ErrorText, SettingField } from './SettingField';
import { pickerNoteKey, type SettingsModel } from './settings-model';

// Per-site field mappings: checklist key → CSS selector. They win over the label heuristics when prefilling.

interface Props {
  site: SiteSettings;
  /** Prefix for element ids, unique per site card. */
  idBase: string;
  locks: Locks;
  model: SettingsModel;
}

/** The picker's note for one key of a site, and a setter; kept in the model across remounts. */
function usePickerNote(model: SettingsModel, match: string, key: FieldKey) {
  const noteKey = pickerNoteKey(match, key);
  const note = model.pickerNotes.value[noteKey] ?? null;
  const setNote = (next: PickerNote) => {
    model.pickerNotes.value = { ...model.pickerNotes.value, [noteKey]: next };
  };
  return [note, setNote] as const;
}

function Note({ id, note }: { id: string; note: PickerNote | null }) {
  return (
    <p id={id} class={note?.warn ? 'st-warn' : 'st-hint'} aria-live="polite" data-picker-note="">
      {note?.text ?? ''}
    </p>
  );
}

function MappingRow({ site, idBase, locks, model, fieldKey }: Props & { fieldKey: FieldKey }) {
  const selector = site.fields?.[fieldKey] ?? '';
  const [note, setNote] = usePickerNote(model, site.match, fieldKey);
  const locked = locks.has(fieldLock(site.match, fieldKey));
  const id = `${idBase}-field-${fieldKey}`;
  const save = async (value: string) =>
    firstReason(await model.saveMapping(site.match, fieldKey, value.trim() ? value : null));
  return (
    <li class="st-mapping" data-mapping={fieldKey}>
      <SettingField
        id={id}
        name={`fields.${fieldKey}`}
        label={`${FIELD_TITLES[fieldKey]} (${fieldKey})`}
        value={selector}
        locked={locked}
        onCommit={save}
      >
        <ul class="st-warnings" aria-label={t('mappingWarningsLabel')}>
          {selectorWarnings(selector).map((w) => (
            <li key={w} class="st-warn" data-selector-warning="">
              {w}
            </li>
          ))}
        </ul>
      </SettingField>
      <div class="st-row">
        <button
          type="button"
          class="kn-button"
          data-action="test-selector"
          onClick={async () => setNote(await testOnPage(site.match, selector))}
        >
          {t('mappingTest')}
        </button>
        {!locked && (
          <>
            <button
              type="button"
              class="kn-button"
              data-action="pick-field"
              onClick={async () => setNote(await pickOnPage(site.match, fieldKey))}
            >
              {t('mappingPick')}
            </button>
            <button
              type="button"
              class="kn-button"
              data-action="remove-mapping"
              onClick={() => void save('')}
            >
              {t('mappingRemove')}
            </button>
          </>
        )}
      </div>
      <Note id={`${id}-note`} note={note} />
    </li>
  );
}

function AddMapping({ site, idBase, model }: Props) {
  const free = FIELD_KEYS.filter((k) => site.fields?.[k] === undefined);
  const [key, setKey] = useState<FieldKey>(free[0] ?? FIELD_KEYS[0]);
  const [selector, setSelector] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  const chosen = free.includes(key) ? key : free[0];
  // A pick that stores its key moves the note to that key's new row.
  const [note, setNote] = usePickerNote(model, site.match, chosen);
  if (!free.length) return null;
  const keyId = `${idBase}-new-key`;
  const selId = `${idBase}-new-selector`;
  const add = async () => {
    const problems = await model.saveMapping(site.match, chosen, selector);
    setReason(firstReason(problems));
    if (!problems.length) setSelector('');
  };
  return (
    <div class="st-add" data-add-mapping="">
      <div class="st-field">
        <label for={keyId} class="st-label">
          {t('mappingKeyLabel')}
        </label>
        <select
          id={keyId}
          name="mapping-key"
          class="st-input kn-focusable"
          value={chosen}
          onChange={(e) => setKey((e.currentTarget as HTMLSelectElement).value as FieldKey)}
        >
          {free.map((k) => (
            <option key={k} value={k}>
              {FIELD_TITLES[k]} ({k})
            </option>
          ))}
        </select>
      </div>
      <div class="st-field">
        <label for={selId} class="st-label">
          {t('mappingSelectorLabel')}
        </label>
        <input
          id={selId}
          name="mapping-selector"
          class="st-input kn-focusable"
          value={selector}
          aria-invalid={reason ? 'true' : undefined}
          aria-describedby={describedBy(`${selId}-hint`, reason && `${selId}-error`)}
          onInput={(e) => setSelector((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && void add()}
        />
        <p id={`${selId}-hint`} class="st-hint">
          {t('mappingSelectorHint')}
        </p>
        <ErrorText id={`${selId}-error`} reason={reason} />
      </div>
      <div class="st-row">
        <button
          type="button"
          class="kn-button kn-button--primary"
          data-action="add-mapping"
          onClick={() => void add()}
        >
          {t('mappingAdd')}
        </button>
        <button
          type="button"
          class="kn-button"
          data-action="pick-field"
          onClick={async () => setNote(await pickOnPage(site.match, chosen))}
        >
          {t('mappingPick')}
        </button>
      </div>
      <Note id={`${idBase}-new-note`} note={note} />
    </div>
  );
}

export function FieldMappings(props: Props) {
  const mapped = FIELD_KEYS.filter((k) => props.site.fields?.[k] !== undefined);
  return (
    <fieldset class="st-mappings" data-mappings={props.site.match}>
      <legend class="st-h3">{t('mappingTitle')}</legend>
      <p class="op-muted">{t('mappingIntro')}</p>
      {mapped.length > 0 && (
        <ul class="st-list">
          {mapped.map((k) => (
            <MappingRow key={k} {...props} fieldKey={k} />
          ))}
        </ul>
      )}
      <AddMapping {...props} />
    </fieldset>
  );
}
