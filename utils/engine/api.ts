import { capturePage } from '../capture';
import type { EngineCommands, PrefillRequest, PrefillResult } from '../messaging/engine';
import { highlightFields, prefillPage, type UndoSnapshot, undoApplied } from '../prefill';

// What the engine is: capture and prefill, running in the page's top frame in the extension's isolated world (the
// page's scripts cannot see it), injected on demand by the background (utils/engine/load.ts) and called by it with
// plain JSON. It keeps between calls only what undo needs; the checklist arrives with each prefill and is not kept.

export const ENGINE_GLOBAL = '__kartaNsoEngine';

export type EngineAnswer = { ok: true; value: unknown } | { ok: false; error: string };

export interface Engine {
  call(name: keyof EngineCommands, data: unknown): Promise<EngineAnswer>;
}

export function createEngine(doc: Document): Engine {
  let undo: UndoSnapshot | null = null;
  let unhighlight = () => {};

  async function prefill({ checklist, siteFields, documentChoices }: PrefillRequest): Promise<PrefillResult> {
    const result = await prefillPage(doc, checklist, siteFields, { documentChoices });
    undo = result.undo;
    unhighlight();
    const filled = result.plan.targets.filter((t) => result.report[t.key]?.status === 'filled');
    unhighlight = highlightFields(
      filled.flatMap((t) => {
        const els = result.elements.get(t.ref);
        return els?.widget ? [els.widget.root] : (els?.elements ?? []);
      }),
      { win: doc.defaultView ?? undefined },
    );
    return {
      report: result.report,
      undoable: result.undo.entries.length > 0,
      ambiguities: result.plan.ambiguities,
    };
  }

  async function undoLast(): Promise<{ restored: number }> {
    unhighlight();
    const restored = undo ? await undoApplied(undo) : 0;
    undo = null;
    return { restored };
  }

  const commands: Record<keyof EngineCommands, (data: never) => unknown> = {
    capture: () => ({ fields: capturePage(doc).fields }),
    prefill,
    undo: undoLast,
  };

  return {
    async call(name, data) {
      const command = commands[name];
      if (!command) return { ok: false, error: `Неизвестная команда модуля заполнения: ${String(name)}` };
      try {
        return { ok: true, value: await command(data as never) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** Leaves the engine on the isolated world's global, once per frame (a second injection keeps the first). */
export function installEngine(target: object, make: () => Engine): void {
  const holder = target as Record<string, Engine | undefined>;
  holder[ENGINE_GLOBAL] ??= make();
}
