import { browser } from 'wxt/browser';
import type { AgentProtocol, BackgroundProtocol } from '../messaging/protocol';

// The page agent's side of the extension's messages, on the same wire as @webext-core/messaging (which the
// background and the panel use): a request is `{ id, type, data, timestamp }`, an answer `{ res }` or `{ err }` with
// the error as `{ message }`. The library stays out of the agent: every matched page parses the agent
// before the clerk acts (size budget), and the agent needs one call out and one command in.

type Sender = { id?: string; tab?: unknown };

let nextId = Math.floor(Math.random() * 1e4);

/** The error as the library's deserializer reads it; the message is all the background uses (no stack from a page). */
function serialized(error: unknown): unknown {
  return error instanceof Error ? { message: error.message } : error;
}

/** A message to the background; rejects with the background's error (or when nothing answers). */
export async function toBackground<K extends 'agentHello' | 'agentEvent' | 'readFields'>(
  type: K,
  data: Parameters<BackgroundProtocol[K]>[0],
): Promise<ReturnType<BackgroundProtocol[K]>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const { res, err } = (await browser.runtime.sendMessage(message)) as {
    res?: unknown;
    err?: { message?: string };
  };
  if (err != null) throw new Error(err.message ?? String(err));
  return res as ReturnType<BackgroundProtocol[K]>;
}

/** Handles the background's `agentCommand` messages; returns the function that stops listening. */
export function onAgentCommand(
  handle: (call: { data: Parameters<AgentProtocol['agentCommand']>[0]; sender?: Sender }) => unknown,
): () => void {
  const listener = (message: unknown, sender: Sender, respond: (answer: unknown) => void) => {
    const m = message as { type?: unknown; timestamp?: unknown; data?: unknown } | null;
    if (m?.type !== 'agentCommand' || typeof m.timestamp !== 'number') return false;
    (async () => handle({ data: m.data as never, sender }))().then(
      (res) => respond({ res }),
      (err) => respond({ err: serialized(err) }),
    );
    return true;
  };
  const events = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
