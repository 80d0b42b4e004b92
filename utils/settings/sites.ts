import { matchesUrl } from './match-pattern';
import type { SiteKind, SiteSettings } from './schema';
import { compareSpecificity, patternsOverlap } from './specificity';

// Which site a page belongs to when several patterns match it: the most specific pattern (specificity.ts), ties
// going to the earlier site. The background's registrations and panel config, and the options page's address
// check, all decide through here.

/** Sites from most to least specific pattern (stable: equal patterns keep the list's order). */
export function rankSites<T extends Pick<SiteSettings, 'match'>>(sites: readonly T[]): T[] {
  return sites
    .map((site, index) => ({ site, index }))
    .sort((a, b) => compareSpecificity(a.site.match, b.site.match) || a.index - b.index)
    .map(({ site }) => site);
}

/** The site that decides `url`, or null when no pattern matches. */
export function findSite<T extends Pick<SiteSettings, 'match'>>(sites: readonly T[], url: string): T | null {
  return rankSites(sites).find((site) => matchesUrl(site.match, url)) ?? null;
}

export const KIND_NAMES: Record<SiteKind, string> = { issuance: 'выдача карты', mais: 'МАИС' };

export const siteName = (site: Pick<SiteSettings, 'label' | 'match'>) => site.label || site.match;

/** One Russian line per pair of sites whose patterns can match the same address. */
export function overlapProblems(sites: readonly SiteSettings[]): string[] {
  const ranked = rankSites(sites);
  const problems: string[] = [];
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      const [winner, other] = [ranked[i], ranked[j]];
      if (!patternsOverlap(winner.match, other.match)) continue;
      const decides = `действует «${siteName(winner)}» (${KIND_NAMES[winner.kind]})`;
      problems.push(
        winner.match === other.match
          ? `Сайты «${siteName(winner)}» и «${siteName(other)}» заданы одним шаблоном «${winner.match}»: ${decides}, второй не действует.`
          : `Шаблоны сайтов «${siteName(winner)}» (${winner.match}) и «${siteName(other)}» (${other.match}) ` +
              `пересекаются: на адресах, подходящих под оба, ${decides} как более точный.`,
      );
    }
  }
  return problems;
}
