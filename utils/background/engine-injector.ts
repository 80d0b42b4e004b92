import type { browser } from 'wxt/browser';

// Injects the capture/prefill engine (entrypoints/engine.ts → /engine.js) into the frame that asked for it, in the
// extension's isolated world, where the panel's content script picks it up. Only frames where our panel runs ask.

export type InjectEngine = (sender: { tab?: { id?: number }; frameId?: number }) => Promise<void>;

export function createEngineInjector(
  scripting: Pick<typeof browser.scripting, 'executeScript'>,
): InjectEngine {
  return async (sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Модуль заполнения можно загрузить только во вкладку');
    await scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/engine.js'],
    });
  };
}
