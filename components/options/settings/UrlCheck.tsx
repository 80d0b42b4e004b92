import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { matchesUrl } from '@/utils/settings/match-pattern';
import type { SiteSettings } from '@/utils/settings/schema';
import { findSite, KIND_NAMES, siteName } from '@/utils/settings/sites';

// «Проверить адрес»: which site a page address belongs to, decided as the background decides it (the most
// specific matching pattern), and which other sites match it too.

export function checkUrl(sites: readonly SiteSettings[], url: string): string {
  const address = url.trim();
  if (!address) return t('urlCheckEmpty');
  try {
    new URL(address);
  } catch {
    return t('urlCheckInvalid');
  }
  const site = findSite(sites, address);
  if (!site) return t('urlCheckNone');
  const others = sites
    .filter((s) => s !== site && matchesUrl(s.match, address))
    .map((s) => `«${siteName(s)}»`);
  const found = t('urlCheckFound', siteName(site), KIND_NAMES[site.kind], site.match);
  return others.length ? `${found} ${t('urlCheckOthers', others.join(', '))}` : found;
}

export function UrlCheck({ sites }: { sites: readonly SiteSettings[] }) {
  const [url, setUrl] = useState('');
  const [result, setResult] = useState('');
  const run = () => setResult(checkUrl(sites, url));
  return (
    <div class="st-urlcheck" data-url-check="">
      <label for="url-check" class="st-label">
        {t('urlCheckLabel')}
      </label>
      <div class="st-row">
        <input
          id="url-check"
          name="url-check"
          type="url"
          class="st-input kn-focusable"
          placeholder="https://mais.nso.ru/benefit/new"
          value={url}
          aria-describedby="url-check-result"
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && run()}
        />
        <button type="button" class="kn-button" data-action="check-url" onClick={run}>
          {t('urlCheckButton')}
        </button>
      </div>
      <output id="url-check-result" class="st-result" aria-live="polite" data-url-check-result="">
        {result}
      </output>
    </div>
  );
}
