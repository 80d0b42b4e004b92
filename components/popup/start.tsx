import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openCitizenScreen, openLeafletPage } from '@/utils/extension-pages';
import { uiLanguage } from '@/utils/i18n';
import { background } from '@/utils/messaging/protocol';
import { openShortcutSettings, readToggleShortcut } from '@/utils/shortcut';
import { packInForce } from '../shared/pack-in-force';
import { Popup } from './Popup';
import { createTodayModel } from './today-model';

// The popup page. Today's counts come from today's journal keys (a few bytes, whatever the journal's size), read
// here rather than through the background so the popup shows them at once; the background only answers whether
// this is a first run.

export async function startPopup(doc: Document): Promise<void> {
  doc.documentElement.lang = uiLanguage();
  // Today's counts are read while the memo is: both are single local reads, neither waits for the other.
  const today = createTodayModel();
  doc.defaultView?.addEventListener('pagehide', () => today.dispose(), { once: true });
  const pack = await packInForce(); // an imported memo shows here as in the panel

  const show = (firstRun: boolean) =>
    render(
      <Popup
        pack={pack}
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
      doc.getElementById('app') as HTMLElement,
    );
  show(false);
  // First run: no site but the demo pages is configured (the background knows the settings in force, policy included).
  background.sendMessage('getSetupStatus', undefined).then(
    ({ productionSites }) => productionSites === 0 && show(true),
    () => {},
  );
}
