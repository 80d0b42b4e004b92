import { t } from '@/utils/i18n';
import { issueSelectorLock, type Locks } from '@/utils/settings/policy';
import type { SiteSettings } from '@/utils/settings/schema';
import { FieldMappings } from './FieldMappings';
import { reasonFor } from './reasons';
import { SettingField } from './SettingField';
import type { SettingsModel } from './settings-model';
import { type SitePart, withoutSite, withSitePart } from './site-edits';

// One configured site: name, kind, match pattern, the issue control's selector (issuance pages) and the field
// mappings (МАИС pages). A site from policy is read-only except what the policy leaves to local settings.

interface Props {
  site: SiteSettings;
  index: number;
  /** Index in the local list, or -1 when the site comes from policy. */
  localIndex: number;
  locks: Locks;
  model: SettingsModel;
}

export const kindOptions = () => [
  { value: 'issuance', label: t('siteKindIssuance') },
  { value: 'mais', label: t('siteKindMais') },
];

export function SiteCard({ site, index, localIndex, locks, model }: Props) {
  const fromPolicy = localIndex === -1;
  const idBase = `site-${index}`;
  const save = (part: SitePart) => async (value: string) =>
    reasonFor(await model.commit((s) => withSitePart(s, localIndex, part, value)), [
      'sites',
      localIndex,
      part,
    ]);
  const common = (part: SitePart) => ({
    id: `${idBase}-${part}`,
    name: part,
    locked: fromPolicy,
    onCommit: save(part),
  });
  const title = site.label || site.match;
  return (
    <li class="st-site" data-site={site.match} aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`} class="st-h3">
        {t('siteNumber', String(index + 1))}: {title}
      </h3>
      <SettingField {...common('label')} label={t('siteLabel')} value={site.label ?? ''} />
      <SettingField {...common('kind')} label={t('siteKind')} value={site.kind} options={kindOptions()} />
      <SettingField
        {...common('match')}
        label={t('siteMatch')}
        hint={t('siteMatchHint')}
        value={site.match}
      />
      {site.kind === 'issuance' && (
        <SettingField
          {...common('issueSelector')}
          locked={fromPolicy || locks.has(issueSelectorLock(site.match))}
          label={t('siteIssueSelector')}
          hint={t('siteIssueSelectorHint')}
          value={site.issueSelector ?? ''}
        />
      )}
      {site.kind === 'mais' && <FieldMappings site={site} idBase={idBase} locks={locks} model={model} />}
      {!fromPolicy && (
        <button
          type="button"
          class="kn-button"
          data-action="remove-site"
          aria-label={t('siteRemoveNamed', title)}
          onClick={() => void model.commit((s) => withoutSite(s, localIndex))}
        >
          {t('siteRemove')}
        </button>
      )}
    </li>
  );
}
