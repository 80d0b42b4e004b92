import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { createTodayModel } from '@/components/popup/today-model';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { openCitizenScreen, openLeafletPage } from '@/utils/extension-pages';
import { uiLanguage } from '@/utils/i18n';
import { background } from '@/utils/messaging';
import { openShortcutSettings, readToggleShortcut } from '@/utils/shortcut';
import '@/components/shared/page-base.css';
import '@/components/shared/shared.css';
import '@/components/popup/popup.css';

document.documentElement.lang = uiLanguage();
const today = createTodayModel({
  fetchCounts: () => background.sendMessage('getTodayCounts', undefined),
  storage: browser.storage,
});
addEventListener('pagehide', () => today.dispose());

const show = (firstRun: boolean) =>
  render(
    <Popup
      pack={DEFAULT_PACK}
      today={today}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      firstRun={firstRun}
      settingsUrl={browser.runtime.getURL('/options.html#settings')}
      citizen={{
        onShowCitizen: () => void openCitizenScreen(),
        onPrintLeaflet: () => void openLeafletPage(),
      }}
      shortcut={{ read: () => readToggleShortcut(), onChange: () => void openShortcutSettings() }}
    />,
    document.getElementById('app') as HTMLElement,
  );
show(false);
// First run: no site but the demo pages is configured (the background knows the settings in force, policy included).
background.sendMessage('getSetupStatus', undefined).then(
  ({ productionSites }) => productionSites === 0 && show(true),
  () => {},
);
