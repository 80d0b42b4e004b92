import type { ContentPack } from '../content-pack/schema';
import type { AgentConfig, PanelConfig } from '../messaging';
import type { Settings, SiteSettings } from '../settings/schema';
import { findSite } from '../settings/sites';

// What the panel needs on a page: the configured site that decides the URL (the most specific matching pattern,
// settings/sites.ts), or null.

/** The configured site a URL belongs to, or null. */
export function siteFor(settings: Settings, url: unknown): SiteSettings | null {
  if (typeof url !== 'string') return null;
  return findSite(settings.sites, url);
}

/** What the page agent needs at document_start; no content, no personal data. */
export function agentConfigFor(settings: Settings, url: unknown): AgentConfig | null {
  const site = siteFor(settings, url);
  if (!site) return null;
  return {
    kind: site.kind,
    gate: { enabled: settings.gateEnabled, issueSelector: site.issueSelector },
    siteFields: site.fields,
  };
}

export function findPanelConfig(settings: Settings, url: unknown, pack: ContentPack): PanelConfig | null {
  const site = siteFor(settings, url);
  if (!site) return null;
  return {
    kind: site.kind,
    site,
    gateEnabled: settings.gateEnabled,
    piiTtlMinutes: settings.piiTtlMinutes,
    pack,
  };
}
