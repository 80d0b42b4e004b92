import type { AgentLineMessage } from '../messaging/agent';
import { takeKeyedPort } from './keyed-port';

// The panel page's end of the agent's own line (utils/agent/panel-line.ts). The panel makes a key no page script can
// know and sends it to its agent through the background; the agent posts a MessagePort to the panel's window with
// that key. Only the first port that comes with the key is taken: anything else posted to the panel's window —
// the page's scripts can post to any frame — is ignored, and what comes on the port is read as the agent's.

export interface AgentLine {
  /** The key the agent's port must come with. */
  readonly key: string;
  close(): void;
}

export function openAgentLine(win: Window, onMessage: (message: AgentLineMessage) => void): AgentLine {
  const key = win.crypto.randomUUID();
  let port: MessagePort | undefined;
  const stopWaiting = takeKeyedPort(win, key, (taken) => {
    port = taken;
    port.onmessage = ({ data }) => {
      if ((data as Partial<AgentLineMessage> | null)?.type === 'fieldsChanged') onMessage(data);
    };
  });
  return {
    key,
    close() {
      stopWaiting();
      port?.close();
    },
  };
}
