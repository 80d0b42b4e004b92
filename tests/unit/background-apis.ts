import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFakeScripting } from './background-fake-scripting';

// The browser APIs fakeBrowser lacks, installed for the wired background's tests; a site entry of the settings.

type Listener = (command: string) => void;

export function installMissingApis() {
  const scripting = createFakeScripting();
  const commandListeners: Listener[] = [];
  const setAccessLevel = vi.fn(async () => {});
  const tabsSendMessage = vi.fn();
  Object.assign(fakeBrowser, { scripting });
  Object.assign(fakeBrowser.commands, {
    onCommand: {
      addListener: (l: Listener) => commandListeners.push(l),
      removeListener: (l: Listener) => commandListeners.splice(commandListeners.indexOf(l), 1),
    },
  });
  Object.assign(fakeBrowser.storage.session, { setAccessLevel });
  Object.assign(fakeBrowser.tabs, { sendMessage: tabsSendMessage });
  return { scripting, commandListeners, setAccessLevel, tabsSendMessage };
}

export const site = (match: string, kind: 'issuance' | 'mais' = 'issuance') => ({ kind, match });
