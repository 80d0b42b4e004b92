import { defineExtensionMessaging } from '@webext-core/messaging';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onAgentCommand, toBackground } from '@/utils/agent/messenger';
import type { AgentProtocol, BackgroundProtocol } from '@/utils/messaging/protocol';

// The page agent's own few lines of messaging against the library the background uses: both sides of each call
// are real, only the browser's delivery between them is played here.

const AGENT_SENDER = { id: fakeBrowser.runtime.id, url: 'http://127.0.0.1/mais', tab: { id: 7 }, frameId: 0 };
const BACKGROUND_SENDER = { id: fakeBrowser.runtime.id };

/** Delivers a message to the listeners on runtime.onMessage as the browser does, resolving with the answer. */
function deliver(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve as never);
  });
}

let stops: Array<() => void> = [];
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('chrome', {
    runtime: {
      onMessage: fakeBrowser.runtime.onMessage,
      sendMessage: (m: unknown, reply: (r: unknown) => void) => void deliver(m, AGENT_SENDER).then(reply),
    },
    tabs: {
      sendMessage: (_tab: number, m: unknown, _opts: unknown, reply: (r: unknown) => void) =>
        void deliver(m, BACKGROUND_SENDER).then(reply),
    },
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (m: unknown) => deliver(m, AGENT_SENDER) as never,
  );
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('the agent asks the background and gets its answer or its error', async () => {
  const background = defineExtensionMessaging<BackgroundProtocol>();
  stops.push(
    background.onMessage('agentHello', ({ sender }) =>
      sender.tab ? { kind: 'mais' as const, gate: { enabled: false } } : null,
    ),
    background.onMessage('agentEvent', () => {
      throw new Error('Событие не распознано');
    }),
  );
  expect(await toBackground('agentHello', undefined)).toEqual({ kind: 'mais', gate: { enabled: false } });
  await expect(toBackground('agentEvent', { type: 'formSubmitted' })).rejects.toThrow(
    'Событие не распознано',
  );
});

test('the background commands the agent and gets its answer or its error', async () => {
  const agentChannel = defineExtensionMessaging<AgentProtocol>();
  const seen: unknown[] = [];
  stops.push(
    onAgentCommand(async ({ data, sender }) => {
      seen.push(sender);
      if (data.name === 'watchFields') return { watching: data.data.on };
      throw new Error('Команда отклонена');
    }),
  );
  const to = { tabId: 7, frameId: 0 };
  expect(
    await agentChannel.sendMessage('agentCommand', { name: 'watchFields', data: { on: true } } as never, to),
  ).toEqual({ watching: true });
  await expect(
    agentChannel.sendMessage('agentCommand', { name: 'setLayout', data: { collapsed: true } } as never, to),
  ).rejects.toThrow('Команда отклонена');
  expect(seen).toEqual([BACKGROUND_SENDER, BACKGROUND_SENDER]);
});

test('messages of another type or shape are left to other listeners', async () => {
  const handle = vi.fn();
  stops.push(onAgentCommand(handle));
  const results = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'somethingElse', timestamp: 1 },
    BACKGROUND_SENDER as never,
    (() => {}) as never,
  );
  expect(results).toEqual([false]);
  expect(handle).not.toHaveBeenCalled();
});
