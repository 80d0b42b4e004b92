import type { LoadedEngine } from './real-engines';

// The on-demand engine bundle (entrypoints/engine.ts) is injected by the background into the same frame and the same
// isolated world as the panel (scripting.executeScript), and leaves itself on this global there. Pages never see it.

export const ENGINE_GLOBAL = '__kartaNsoEngine';

type EngineHolder = { [ENGINE_GLOBAL]?: LoadedEngine };

export function installEngine(target: object, engine: LoadedEngine): void {
  (target as EngineHolder)[ENGINE_GLOBAL] = engine;
}

export function installedEngine(target: object): LoadedEngine | null {
  return (target as EngineHolder)[ENGINE_GLOBAL] ?? null;
}

/** Asks the background to inject the engine into this frame (once) and returns it. */
export async function loadEngineVia(target: object, inject: () => Promise<unknown>): Promise<LoadedEngine> {
  const ready = installedEngine(target);
  if (ready) return ready;
  await inject();
  const engine = installedEngine(target);
  if (!engine) throw new Error('модуль заполнения не загрузился; перезагрузите страницу');
  return engine;
}
