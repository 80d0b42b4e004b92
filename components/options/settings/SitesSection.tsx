import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { ownReason } from './reasons';
import { describedBy, ErrorText } from './SettingField';
import { kindOptions, SiteCard } from './SiteCard';
import type { SettingsModel } from './settings-model';
import { withNewSite } from './site-edits';
import { UrlCheck } from './UrlCheck';

// The list of sites, a form to add one, and the address check.

type Draft = { label: string; kind: string; match: string };
const EMPTY: Draft = { label: '', kind: 'mais', match: '' };

function AddSite({ model }: { model: SettingsModel }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [reasons, setReasons] = useState<Partial<Record<keyof Draft, string | null>>>({});
  const index = model.local.value?.sites.length ?? 0;
  const add = async () => {
    const problems = await model.commit((s) => withNewSite(s, draft));
    if (!problems.length) {
      setDraft(EMPTY);
      setReasons({});
      return;
    }
    const at = (part: keyof Draft) => ownReason(problems, ['sites', index, part]);
    const next = { label: at('label'), kind: at('kind'), match: at('match') };
    if (!next.label && !next.kind && !next.match) next.match = problems[0].message;
    setReasons(next);
  };
  const input = (part: 'label' | 'match', label: string, hint?: string) => {
    const id = `new-site-${part}`;
    return (
      <div class="st-field">
        <label for={id} class="st-label">
          {label}
        </label>
        <input
          id={id}
          name={`new-site-${part}`}
          class="st-input kn-focusable"
          value={draft[part]}
          aria-invalid={reasons[part] ? 'true' : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, reasons[part] && `${id}-error`)}
          onInput={(e) => setDraft({ ...draft, [part]: (e.currentTarget as HTMLInputElement).value })}
        />
        {hint && (
          <p id={`${id}-hint`} class="st-hint">
            {hint}
          </p>
        )}
        <ErrorText id={`${id}-error`} reason={reasons[part] ?? null} />
      </div>
    );
  };
  return (
    <fieldset class="st-add" data-add-site="">
      <legend class="st-h3">{t('siteAddTitle')}</legend>
      {input('label', t('siteLabel'))}
      <div class="st-field">
        <label for="new-site-kind" class="st-label">
          {t('siteKind')}
        </label>
        <select
          id="new-site-kind"
          name="new-site-kind"
          class="st-input kn-focusable"
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: (e.currentTarget as HTMLSelectElement).value })}
        >
          {kindOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {input('match', t('siteMatch'), t('siteMatchHint'))}
      <button
        type="button"
        class="kn-button kn-button--primary"
        data-action="add-site"
        onClick={() => void add()}
      >
        {t('siteAdd')}
      </button>
    </fieldset>
  );
}

export function SitesSection({ model }: { model: SettingsModel }) {
  const effective = model.effective.value;
  const local = model.local.value;
  if (!effective || !local) return null;
  const fromPolicy = effective.locks.has('sites');
  return (
    <section class="st-section" aria-labelledby="st-sites-title" data-settings-section="sites">
      <h2 id="st-sites-title" class="op-h2">
        {t('sitesTitle')}
      </h2>
      <p class="op-muted">{t('sitesIntro')}</p>
      {fromPolicy && <p class="st-locked-note">{t('sitesFromPolicy')}</p>}
      <ol class="st-list">
        {effective.settings.sites.map((site, i) => (
          <SiteCard
            key={JSON.stringify(site)}
            site={site}
            index={i}
            localIndex={fromPolicy ? -1 : i}
            locks={effective.locks}
            model={model}
          />
        ))}
      </ol>
      {!fromPolicy && <AddSite model={model} />}
      <UrlCheck sites={effective.settings.sites} />
    </section>
  );
}
