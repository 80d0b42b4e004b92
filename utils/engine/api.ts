import { capturePage } from '../capture';
import { emptyChecklist } from '../checklist/keys';
import type { EngineCommands, PrefillRequest, PrefillResult } from '../messaging/engine';
import { createPageMarks } from '../page-marks/overlay';
import { buildPlan, collectFields, prefillPage, type UndoSnapshot, undoApplied } from '../prefill';
import { classifyPaced } from '../prefill/classify';
import { createPacer, frameJustShown, yieldToPage } from '../prefill/yield';
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
  /** Counts prefills and undos: marks a prefill has not drawn yet are dropped once an undo or a new prefill came. */
  let marksDue = 0;

  async function prefill({ checklist, siteFields, documentChoices }: PrefillRequest): Promise<PrefillResult> {
    marks.clear();
    const due = ++marksDue;
    const result = await prefillPage(doc, checklist, siteFields, { documentChoices });
    undo = result.undo;
    const drawn = resultMarks(result.plan, result.elements, result.report);
    // The report goes first: drawing the marks measures the page's layout after the writes (~10 ms on a 200-field
    // form); they follow in the page's next turn.
    void yieldToPage(doc.defaultView as Window).then(() => {
      if (due === marksDue) marks.show(drawn);
    });
    return {
      report: result.report,
      undoable: result.undo.entries.length > 0,
      ambiguities: result.plan.ambiguities,
    };
  }

  /**
   * The engine comes in ahead of a prefill in reach; it reads and plans the form once then (with no values), and
   * drops what it read. The click still reads the form afresh, but on code the page has run: its functions compiled,
   * the meanings' patterns too (the first reading of a 200-field form at the click took ~12 ms to collect and ~5 ms to
   * classify; warm, ~8 and ~1; the plan's choice of fields and documents ~5 ms less again).
   */
  let warmed = false;
  function warmUp(): void {
    if (warmed) return;
    warmed = true;
    const win = doc.defaultView as Window;
    void collectFields(doc, win)
      .then(async ({ description }) => {
        await classifyPaced(description, createPacer(win));
        buildPlan(description, emptyChecklist()); // no values: the plan's choice of fields and documents
      })
      .catch(() => {});
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
    marksDue++;
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
    ready: () => {
      warmUp();
      return { ready: true };
    },
    ...pickerCommands(doc, marks),
  };

  return {
    async call(name, data) {
      const command = commands[name];
      if (!command) return { ok: false, error: `Неизвестная команда модуля заполнения: ${String(name)}` };
      frameJustShown(doc.defaultView as Window);
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
