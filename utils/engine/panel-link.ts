import { HOST_TAG } from '../agent/host';
import { openOrClosedShadowRoot } from '../gate/shadow-roots';
import type { PrefillRequest } from '../messaging/engine';
import { isRecord } from '../values';
import type { EngineAnswer } from './api';

// The engine's own line to its panel page, for the click: the prefill request and its report go straight between the
// panel's frame and the page, not through the background — each hop there cost the click milliseconds both ways.
// The background still hands the engine the key (the panel sent it with `ready`) and the site's field mappings in
// force; the port goes to the panel's frame, inside the panel host's closed shadow root, posted to the extension's
// origin with that key (utils/panel/engine-line.ts takes the one port that comes with it). No page script sees the
// frame, the key or the port. A request on the line is a prefill and nothing else.

/** What the panel sends on the line: a prefill, numbered so its answer finds it. */
export interface LineRequest {
  id: number;
  request: Pick<PrefillRequest, 'checklist' | 'documentChoices'>;
}

export interface LineAnswer {
  id: number;
  answer: EngineAnswer;
}

export interface PanelLink {
  /** Opens the line for `key` (the same key again keeps it) with the site's field mappings the background gave. */
  open(key: string, siteFields: PrefillRequest['siteFields']): void;
}

type Runtime = { runtime: { getURL(path: string): string } };

/** The extension's origin (`chrome` is there in Firefox's content scripts too): the panel page's. */
export const extensionOrigin = () =>
  (globalThis as unknown as { chrome: Runtime }).chrome.runtime.getURL('/').slice(0, -1);

/** The panel page's window: the frame inside the panel host's closed shadow root. */
function panelFrame(doc: Document): Window | null {
  const host = doc.querySelector(HOST_TAG);
  const root = host ? (openOrClosedShadowRoot(host) ?? host.shadowRoot) : null;
  return root?.querySelector('iframe')?.contentWindow ?? null;
}

export function createPanelLink(
  doc: Document,
  origin: () => string,
  prefill: (request: PrefillRequest) => Promise<EngineAnswer>,
): PanelLink {
  let key = '';
  let port: MessagePort | undefined;
  let siteFields: PrefillRequest['siteFields'];
  const answer = async (data: unknown) => {
    if (!isRecord(data) || typeof data.id !== 'number' || !isRecord(data.request)) return;
    const { checklist, documentChoices } = data.request as LineRequest['request'];
    const reply: LineAnswer = {
      id: data.id,
      answer: isRecord(checklist)
        ? await prefill({ checklist, documentChoices, siteFields })
        : { ok: false, error: 'Чек-лист не распознан' },
    };
    port?.postMessage(reply);
  };
  return {
    open(next, fields) {
      siteFields = fields;
      if (next === key && port) return;
      const frame = panelFrame(doc);
      if (!frame) return;
      port?.close();
      const channel = new MessageChannel();
      port = channel.port1;
      key = next;
      port.onmessage = ({ data }) => void answer(data);
      frame.postMessage(next, origin(), [channel.port2]);
    },
  };
}
