import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundProtocol } from '@/utils/messaging';
import type { SenderInfo } from '@/utils/messaging/senders';

// Messages to the background as the browser delivers them: with the sender the browser reports. fakeBrowser's own
// sendMessage sends no sender at all, which the background rightly refuses.

export const TAB = { id: 7, url: 'http://127.0.0.1:5173/mais/form?id=1' };
const origin = () => `chrome-extension://${fakeBrowser.runtime.id}`;

export const senders = {
  panel: (tab = TAB): SenderInfo => ({
    id: fakeBrowser.runtime.id,
    url: `${origin()}/panel.html`,
    tab,
    frameId: 4,
  }),
  agent: (tab = TAB): SenderInfo => ({ id: fakeBrowser.runtime.id, url: tab.url, tab, frameId: 0 }),
  subframe: (tab = TAB): SenderInfo => ({ id: fakeBrowser.runtime.id, url: tab.url, tab, frameId: 2 }),
  popup: (): SenderInfo => ({ id: fakeBrowser.runtime.id, url: `${origin()}/popup.html` }),
  otherExtension: (): SenderInfo => ({
    id: 'someone-else',
    url: 'chrome-extension://other/panel.html',
    tab: TAB,
    frameId: 4,
  }),
  /** panel.html opened as a page of its own, not inside a configured page. */
  panelAsTab: (): SenderInfo => ({
    id: fakeBrowser.runtime.id,
    url: `${origin()}/panel.html`,
    tab: TAB,
    frameId: 0,
  }),
};

let seq = 1;
/** Sends one typed message as `sender`; resolves with the answer, rejects with the background's error. */
export async function ask<K extends keyof BackgroundProtocol>(
  sender: SenderInfo,
  type: K,
  data?: Parameters<BackgroundProtocol[K]>[0],
): Promise<ReturnType<BackgroundProtocol[K]>> {
  let reply: (value: unknown) => void = () => {};
  const answered = new Promise<unknown>((resolve) => {
    reply = resolve;
  });
  const message = { id: seq++, type, data, timestamp: Date.now() };
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, reply as never);
  if (!results.some((r) => (r as unknown) === true)) throw new Error(`no handler for ${type}`);
  const { res, err } = (await answered) as { res?: unknown; err?: { message?: string } };
  if (err) throw new Error(err.message ?? 'error');
  return res as ReturnType<BackgroundProtocol[K]>;
}
