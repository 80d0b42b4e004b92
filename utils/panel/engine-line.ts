import type { EngineAnswer } from '../engine/api';
import type { LineAnswer, LineRequest } from '../engine/panel-link';
import type { PrefillResult } from '../messaging/engine';
import { takeKeyedPort } from './keyed-port';

// The panel page's end of the engine's own line (utils/engine/panel-link.ts): the click's prefill goes straight to
// the engine in the page and its report comes straight back. The panel makes a key no page script can know and
// sends it with `ready` through the background; the engine posts a MessagePort with that key to the panel's window
// (keyed-port.ts takes it, as the agent's line).

export interface EngineLine {
  /** The key the engine's port must come with. */
  readonly key: string;
  /** The prefill on the line; null while the engine has not opened it (the caller goes through the background). */
  prefill(request: LineRequest['request']): Promise<PrefillResult> | null;
  close(): void;
}

export function openEngineLine(win: Window): EngineLine {
  const key = win.crypto.randomUUID();
  let port: MessagePort | undefined;
  let next = 0;
  const waiting = new Map<number, (answer: EngineAnswer) => void>();
  const stopWaiting = takeKeyedPort(win, key, (taken) => {
    port = taken;
    port.onmessage = ({ data }) => {
      const { id, answer } = (data ?? {}) as Partial<LineAnswer>;
      if (typeof id !== 'number' || !answer) return;
      waiting.get(id)?.(answer);
      waiting.delete(id);
    };
  });
  return {
    key,
    prefill(request) {
      const open = port;
      if (!open) return null;
      const id = ++next;
      return new Promise<PrefillResult>((resolve, reject) => {
        waiting.set(id, (answer) =>
          answer.ok ? resolve(answer.value as PrefillResult) : reject(new Error(answer.error)),
        );
        open.postMessage({ id, request } satisfies LineRequest);
      });
    },
    close() {
      stopWaiting();
      port?.close();
      waiting.clear();
    },
  };
}
