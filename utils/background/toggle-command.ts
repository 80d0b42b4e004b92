import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

// The commands-API shortcut (wxt.config.ts `commands`) toggles the panel in the active tab's top frame.

export const TOGGLE_COMMAND = 'toggle-panel';

/** Sends togglePanel to the active tab; resolves false when there is no tab or no panel to answer. */
export async function togglePanelInActiveTab(): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return false;
  try {
    await sendMessage('togglePanel', undefined, { tabId: tab.id, frameId: 0 });
    return true;
  } catch {
    return false; // not a configured site: nothing listens there
  }
}

export function listenForToggleCommand(): () => void {
  const listener = (command: string) => {
    if (command === TOGGLE_COMMAND) togglePanelInActiveTab().catch(() => false);
  };
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.removeListener(listener);
}
