import type { EngineCommands } from '../messaging/engine';
import { ENGINE_GLOBAL } from './api';

// How the engine is loaded: the background injects `/engine.js` (entrypoints/engine.ts) into the top frame of the
// panel's tab the first time the panel asks for capture or prefill (the call finds no engine there), then calls it
// there with `scripting.executeScript({ func })`. Both run in the extension's isolated world, out of the page's
// reach; the page's own process parses the engine only after the clerk acted.

type InjectionResult = { result?: unknown };

export interface ScriptingForEngine {
  executeScript(injection: {
    target: { tabId: number; frameIds?: number[] };
    files?: string[];
    // biome-ignore lint/suspicious/noExplicitAny: the injected function's arguments are plain JSON
    func?: (...args: any[]) => unknown;
    args?: unknown[];
  }): Promise<InjectionResult[]>;
}

export type CallEngine = <K extends keyof EngineCommands>(
  tabId: number,
  name: K,
  data?: Parameters<EngineCommands[K]>[0],
) => Promise<ReturnType<EngineCommands[K]>>;

// Serialised by the browser and run in the page's isolated world: it may use only its arguments and globals.
// An engine not yet in the page answers `missing`, so a loaded engine costs one call and a new one three.
function callInstalled(global: string, name: string, data: unknown): unknown {
  const engine = (
    globalThis as unknown as Record<string, { call(n: string, d: unknown): unknown } | undefined>
  )[global];
  return engine ? engine.call(name, data) : { ok: false, missing: true };
}

export function createEngineCaller(scripting: ScriptingForEngine): CallEngine {
  // A load under way is shared: a prefill clicked while the panel is readying the engine (or two calls at once)
  // waits for that load instead of parsing the engine into the page a second time.
  const loading = new Map<number, Promise<unknown>>();
  const load = (target: { tabId: number; frameIds: number[] }) => {
    let pending = loading.get(target.tabId);
    if (!pending) {
      pending = scripting
        .executeScript({ target, files: ['/engine.js'] })
        .finally(() => loading.delete(target.tabId));
      loading.set(target.tabId, pending);
    }
    return pending;
  };
  return async (tabId, name, data) => {
    const target = { tabId, frameIds: [0] };
    const call = async () => {
      const [answer] = await scripting.executeScript({
        target,
        func: callInstalled,
        args: [ENGINE_GLOBAL, name, data ?? null],
      });
      return answer?.result as { ok?: boolean; value?: unknown; error?: string; missing?: true } | undefined;
    };
    let result = await call();
    if (result?.missing) {
      await load(target);
      result = await call();
      if (result?.missing) throw new Error('модуль заполнения не загрузился');
    }
    if (!result || typeof result !== 'object')
      throw new Error('модуль заполнения не ответил; перезагрузите страницу');
    if (!result.ok) throw new Error(result.error ?? 'модуль заполнения не смог выполнить команду');
    return result.value as never;
  };
}
