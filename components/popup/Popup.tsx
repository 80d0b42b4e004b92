import type { ContentPack } from '@/utils/content-pack/schema';
import { t } from '@/utils/i18n';
import { Advantages } from './Advantages';
import { CitizenTools, type CitizenToolsProps } from './CitizenTools';
import { ConnectSection } from './ConnectSection';
import { ShortcutHint, type ShortcutHintProps } from './ShortcutHint';
import { StepsOverview } from './StepsOverview';
import { TodayCounts } from './TodayCounts';
import type { TodayModel } from './today-model';

export interface PopupProps {
  pack: ContentPack;
  today: TodayModel;
  onOpenOptions: () => void;
  /** True while no site but the demo pages is configured: one line points to the settings. */
  firstRun?: boolean;
  /** Address of the options page's «Настройки» tab. */
  settingsUrl?: string;
  /** «Показать гражданину» / «Распечатать лифлет» (the popup opens the extension pages). */
  citizen?: CitizenToolsProps;
  /** The panel's keyboard shortcut as the browser has it. */
  shortcut?: ShortcutHintProps;
}

function FirstRunNote({ settingsUrl }: { settingsUrl: string }) {
  return (
    <p class="pp-first-run" data-first-run="">
      {t('popupFirstRun')}{' '}
      <a href={settingsUrl} target="_blank" rel="noreferrer" class="kn-focusable" data-action="open-settings">
        {t('popupFirstRunLink')}
      </a>
    </p>
  );
}

/** The popup's quick reference; all texts come from the content pack. */
export function Popup({
  pack,
  today,
  onOpenOptions,
  firstRun,
  settingsUrl = 'options.html#settings',
  citizen,
  shortcut,
}: PopupProps) {
  return (
    <div class="pp">
      <header class="pp-header">
        <svg class="pp-header__logo" viewBox="0 0 32 32" aria-hidden="true" width="28" height="28">
          <rect x="3" y="7" width="26" height="18" rx="3" fill="#fff" />
          <rect x="3" y="11" width="26" height="3" fill="#0d4c92" />
          <rect x="7" y="18" width="9" height="3" rx="1" fill="#0d4c92" />
        </svg>
        <div>
          <h1 class="pp-header__title">{pack.service.name}</h1>
          <p class="pp-header__subtitle">{t('popupSubtitle')}</p>
        </div>
      </header>
      <main class="pp-main">
        {firstRun && <FirstRunNote settingsUrl={settingsUrl} />}
        <TodayCounts model={today} />
        {citizen ? <CitizenTools {...citizen} /> : null}
        <StepsOverview pack={pack} />
        <ConnectSection pack={pack} />
        <Advantages pack={pack} />
        {shortcut ? <ShortcutHint {...shortcut} /> : null}
      </main>
      <footer class="pp-footer">
        <button
          type="button"
          class="kn-button kn-button--link"
          data-action="open-options"
          onClick={onOpenOptions}
        >
          {t('popupOpenOptions')}
        </button>
      </footer>
    </div>
  );
}
