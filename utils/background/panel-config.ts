import type { ContentPack } from '../content-pack/schema';
import type { PanelConfig } from '../messaging';
import { matchesUrl } from '../settings/match-pattern';
import type { Settings } from '../settings/schema';

// What the panel needs on a page: the first configured site whose pattern matches the URL, or null.

export function findPanelConfig(settings: Settings, url: unknown, pack: ContentPack): PanelConfig | null {
  if (typeof url !== 'string') return null;
  const site = settings.sites.find((s) => matchesUrl(s.match, url));
  if (!site) return null;
  return {
    kind: site.kind,
    site,
    gateEnabled: settings.gateEnabled,
    piiTtlMinutes: settings.piiTtlMinutes,
    pack,
  };
}
