import { t } from '@/utils/i18n';
import { productionSites } from '@/utils/settings/schema';
import { GeneralSection } from './GeneralSection';
import { ImportExport } from './ImportExport';
import { SitesSection } from './SitesSection';
import type { SettingsModel } from './settings-model';

// The «Настройки» tab: problems first, then what to configure on a first run, sites, general options, files.

function Problems({ model }: { model: SettingsModel }) {
  const errors = [...new Set([...model.storedErrors.value, ...(model.effective.value?.errors ?? [])])];
  if (!errors.length) return null;
  return (
    <section
      class="st-section st-section--problems"
      aria-labelledby="st-problems-title"
      data-settings-errors=""
    >
      <h2 id="st-problems-title" class="op-h2">
        {t('settingsProblemsTitle')}
      </h2>
      <ul class="st-problems">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </section>
  );
}

function FirstRun() {
  return (
    <section class="st-section st-section--first-run" aria-labelledby="st-first-run-title" data-first-run="">
      <h2 id="st-first-run-title" class="op-h2">
        {t('firstRunTitle')}
      </h2>
      <p>{t('firstRunText')}</p>
    </section>
  );
}

export function SettingsPage({ model }: { model: SettingsModel }) {
  const effective = model.effective.value;
  if (!effective) return <p class="op-muted">{t('settingsLoading')}</p>;
  return (
    <div class="st" data-settings="">
      <h2 id="op-settings-title" class="op-visually-hidden">
        {t('tabSettings')}
      </h2>
      <Problems model={model} />
      {productionSites(effective.settings).length === 0 && <FirstRun />}
      {effective.policy.status === 'applied' && (
        <p class="st-locked-note" data-policy="applied">
          {t('settingsPolicyApplied')}
        </p>
      )}
      <SitesSection model={model} />
      <GeneralSection model={model} />
      <ImportExport model={model} />
    </div>
  );
}
