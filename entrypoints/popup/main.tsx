import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { createTodayModel } from '@/components/popup/today-model';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import '@/components/shared/shared.css';
import '@/components/popup/popup.css';

const today = createTodayModel();
addEventListener('pagehide', () => today.dispose());

render(
  <Popup pack={DEFAULT_PACK} today={today} onOpenOptions={() => void browser.runtime.openOptionsPage()} />,
  document.getElementById('app') as HTMLElement,
);
