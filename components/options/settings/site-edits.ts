import type { Settings, SiteSettings } from '@/utils/settings/schema';
import { optionalText } from './reasons';

// Pure edits of the local site list, handed to the model's commit (which validates the result).

export type SitePart = 'label' | 'kind' | 'match' | 'issueSelector';

export function withSitePart(settings: Settings, index: number, part: SitePart, value: string): Settings {
  const sites = [...settings.sites];
  const site = {
    ...sites[index],
    [part]: part === 'label' || part === 'issueSelector' ? optionalText(value) : value,
  };
  for (const key of Object.keys(site) as (keyof SiteSettings)[])
    if (site[key] === undefined) delete site[key];
  sites[index] = site as SiteSettings;
  return { ...settings, sites };
}

export const withoutSite = (settings: Settings, index: number): Settings => ({
  ...settings,
  sites: settings.sites.filter((_, i) => i !== index),
});

export function withNewSite(
  settings: Settings,
  draft: { label: string; kind: string; match: string },
): unknown {
  const site: Record<string, string> = { kind: draft.kind, match: draft.match.trim() };
  if (draft.label.trim()) site.label = draft.label;
  return { ...settings, sites: [...settings.sites, site] };
}
