import { type MessageKey, t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings/schema';
import { numberOrText, optionalText, reasonFor } from './reasons';
import { CheckboxSetting, SettingField } from './SettingField';
import type { SettingsModel } from './settings-model';

// The gate, time limits and the office (name and code go into every journal entry; no personal data).

type Option = 'piiTtlMinutes' | 'journalRetentionDays';

const NUMBER_OPTIONS: { key: Option; label: MessageKey; hint: MessageKey }[] = [
  { key: 'piiTtlMinutes', label: 'settingsPiiTtlLabel', hint: 'settingsPiiTtlHint' },
  { key: 'journalRetentionDays', label: 'settingsRetentionLabel', hint: 'settingsRetentionHint' },
];

export function GeneralSection({ model }: { model: SettingsModel }) {
  const effective = model.effective.value;
  if (!effective) return null;
  const { settings, locks } = effective;
  const saveOption = (key: Option) => async (value: string) =>
    reasonFor(await model.commit((s) => ({ ...s, [key]: numberOrText(value) })), [key]);
  const saveOffice = (part: 'name' | 'code') => async (value: string) =>
    reasonFor(
      await model.commit((s: Settings) => {
        const office = { ...s.office, [part]: optionalText(value) };
        const empty = office.name === undefined && office.code === undefined;
        return { ...s, office: empty ? undefined : office };
      }),
      ['office', part],
    );

  return (
    <section class="st-section" aria-labelledby="st-general-title" data-settings-section="general">
      <h2 id="st-general-title" class="op-h2">
        {t('settingsGeneralTitle')}
      </h2>
      <CheckboxSetting
        id="gateEnabled"
        label={t('settingsGateLabel')}
        hint={t('settingsGateHint')}
        checked={settings.gateEnabled}
        locked={locks.has('gateEnabled')}
        onCommit={async (checked) =>
          reasonFor(await model.commit((s) => ({ ...s, gateEnabled: checked })), ['gateEnabled'])
        }
      />
      {NUMBER_OPTIONS.map(({ key, label, hint }) => (
        <SettingField
          key={key}
          id={key}
          type="number"
          label={t(label)}
          hint={t(hint)}
          value={String(settings[key])}
          locked={locks.has(key)}
          onCommit={saveOption(key)}
        />
      ))}
      <h3 class="st-h3">{t('settingsOfficeTitle')}</h3>
      <p class="op-muted">{t('settingsOfficeHint')}</p>
      <SettingField
        id="office-name"
        name="office.name"
        label={t('settingsOfficeName')}
        value={settings.office?.name ?? ''}
        locked={locks.has('office.name')}
        onCommit={saveOffice('name')}
      />
      <SettingField
        id="office-code"
        name="office.code"
        label={t('settingsOfficeCode')}
        hint={t('settingsOfficeCodeHint')}
        value={settings.office?.code ?? ''}
        locked={locks.has('office.code')}
        onCommit={saveOffice('code')}
      />
    </section>
  );
}
