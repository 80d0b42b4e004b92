import type { AgentLineMessage } from '../messaging/agent';

// The agent's own line to its panel page, for what is big: a 2,000-field form's description. Through the background
// Chromium passes a message on as JSON at every hop (~80 ms for that description as 300 KB of text; gzip in the
// page and out in the panel cost ~50 ms more than the hops saved); a MessagePort carries it (one string,
// utils/messaging/fields-text.ts) straight to the panel's frame in a few milliseconds. The port goes to the frame with the key the panel sent
// through the background (`watchFields`), which no page script sees; the panel takes the one port that comes with
// its key (utils/panel/agent-line.ts). Posted to the extension's origin only: a frame the page navigated elsewhere
// gets nothing.

export interface PanelLine {
  /** Hands a new port to the panel's frame for `key`; the same key again keeps the line as it is. */
  open(key: string): void;
  send(message: AgentLineMessage): void;
  close(): void;
}

export function createPanelLine(frame: () => Window | null, origin: () => string): PanelLine {
  let key = '';
  let port: MessagePort | undefined;
  const close = () => {
    port?.close();
    port = undefined;
  };
  return {
    open(next) {
      if (next === key && port) return;
      close();
      const target = frame();
      if (!target) return;
      const channel = new MessageChannel();
      port = channel.port1;
      key = next;
      target.postMessage(next, origin(), [channel.port2]);
    },
    send: (message) => port?.postMessage(message),
    close,
  };
}
