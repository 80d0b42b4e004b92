import { capturePage } from '../capture';
import type { EngineCommands, PrefillRequest, PrefillResult } from '../messaging/engine';
import { createPageMarks } from '../page-marks/overlay';
import { buildPlan, collectFields, prefillPage, type UndoSnapshot, undoApplied } from '../prefill';
import { previewMarks, resultMarks } from './marks';
import { pickerCommands } from './pick';

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
  const marks = createPageMarks(doc);

  async function prefill({ checklist, siteFields, documentChoices }: PrefillRequest): Promise<PrefillResult> {
    marks.clear();
    const result = await prefillPage(doc, checklist, siteFields, { documentChoices });
    undo = result.undo;
    marks.show(resultMarks(result.plan, result.elements, result.report));
    return {
      report: result.report,
      undoable: result.undo.entries.length > 0,
      ambiguities: result.plan.ambiguities,
    };
  }

  async function preview({ checklist, siteFields }: PrefillRequest): Promise<{ hinted: number }> {
    const { description, elements } = await collectFields(doc, doc.defaultView as Window, siteFields);
    marks.show(previewMarks(buildPlan(description, checklist), elements));
    return { hinted: marks.count('hint') };
  }

  function clearPreview(): { hinted: number } {
    marks.clear('hint');
    return { hinted: 0 };
  }

  async function undoLast(): Promise<{ restored: number }> {
    marks.clear();
    const restored = undo ? await undoApplied(undo) : 0;
    undo = null;
    return { restored };
  }

  const commands: Record<keyof EngineCommands, (data: never) => unknown> = {
    capture: () => ({ fields: capturePage(doc).fields }),
    prefill,
    undo: undoLast,
    preview,
    clearPreview,
    ...pickerCommands(doc, marks),
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
