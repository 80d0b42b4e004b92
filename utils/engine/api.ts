import { capturePage } from '../capture';
import { emptyChecklist } from '../checklist/keys';
import type { EngineCommands, PrefillRequest, PrefillResult, ReadyRequest } from '../messaging/engine';
import { createPageMarks } from '../page-marks/overlay';
import { buildPlan, prefillPage, type UndoSnapshot, undoApplied } from '../prefill';
import { frameJustShown, yieldToPage } from '../prefill/yield';
import { createReadingKeeper } from './kept-reading';
import { previewMarks, resultMarks } from './marks';
import { createPanelLink, extensionOrigin } from './panel-link';
import { pickerCommands } from './pick';

// What the engine is: capture and prefill, running in the page's top frame in the extension's isolated world (the
// page's scripts cannot see it), injected on demand by the background (utils/engine/load.ts) and called by it with
// plain JSON. It keeps between calls what undo needs and its last reading of an unchanged form (no values); the checklist
// arrives with each prefill and is not kept.

export const ENGINE_GLOBAL = '__kartaNsoEngine';

export type EngineAnswer = { ok: true; value: unknown } | { ok: false; error: string };

export interface Engine {
  call(name: keyof EngineCommands, data: unknown): Promise<EngineAnswer>;
}

export function createEngine(doc: Document, origin = extensionOrigin): Engine {
  let undo: UndoSnapshot | null = null;
  const marks = createPageMarks(doc);
  const kept = createReadingKeeper(doc);
  /** Counts prefills and undos: marks a prefill has not drawn yet are dropped once an undo or a new prefill came. */
  let marksDue = 0;

  async function prefill({ checklist, siteFields, documentChoices }: PrefillRequest): Promise<PrefillResult> {
    marks.clear();
    const due = ++marksDue;
    const reading = kept.take(siteFields);
    const result = await prefillPage(doc, checklist, siteFields, { documentChoices, reading });
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
   * The engine comes in ahead of a prefill in reach; it reads and classifies the form then (with no values) and plans
   * it once, and keeps the reading while the page stays as it was (kept-reading.ts): the click plans and writes at
   * once. A page that changed is read afresh at the click, on code the page has already run.
   */
  function ready(data: ReadyRequest | null): { ready: true } {
    const siteFields = data?.siteFields;
    if (data?.line) link.open(data.line, siteFields);
    // A `ready` again while that reading is under way (a panel page loaded anew, the settings changed) waits for it.
    if (!kept.current(siteFields) && !kept.reading(siteFields))
      void kept
        .read(siteFields)
        .then(({ description }) => buildPlan(description, emptyChecklist())) // the plan's code, run once
        .catch(() => {});
    return { ready: true };
  }

  async function preview({ checklist, siteFields }: PrefillRequest): Promise<{ hinted: number }> {
    const { description, elements } = kept.current(siteFields) ?? (await kept.read(siteFields));
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
    kept.drop();
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
    ready,
    ...pickerCommands(doc, marks),
  };

  async function call(name: keyof EngineCommands, data: unknown): Promise<EngineAnswer> {
    const command = commands[name];
    if (!command) return { ok: false, error: `Неизвестная команда модуля заполнения: ${String(name)}` };
    frameJustShown(doc.defaultView as Window);
    try {
      return { ok: true, value: await command(data as never) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  const link = createPanelLink(doc, origin, (request) => call('prefill', request));

  return { call };
}

/** Leaves the engine on the isolated world's global, once per frame (a second injection keeps the first). */
export function installEngine(target: object, make: () => Engine): void {
  const holder = target as Record<string, Engine | undefined>;
  holder[ENGINE_GLOBAL] ??= make();
}
