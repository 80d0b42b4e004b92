import { browser } from 'wxt/browser';
import { panelChannel } from '../messaging/protocol';

// The commands-API shortcut (wxt.config.ts `commands`) toggles the panel of the active tab: the panel page decides
// and tells its agent to resize the host.

export const TOGGLE_COMMAND = 'toggle-panel';

/** Sends the toggle to the active tab's panel page; resolves false when there is no tab or no panel to answer. */
export async function togglePanelInActiveTab(): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return false;
  try {
    await panelChannel.sendMessage('panelEvent', { type: 'toggle' }, tab.id);
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
