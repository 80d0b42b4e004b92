import { capturePage } from '../capture';
import type { EngineCommands, PrefillRequest, PrefillResult } from '../messaging/engine';
import { createPageMarks, type Mark } from '../page-marks/overlay';
import { applyPrefill, planPrefill, type UndoSnapshot, undoPrefill } from '../prefill';
import type { PrefillPlan } from '../prefill/types';
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

  async function prefill({ checklist, siteFields }: PrefillRequest): Promise<PrefillResult> {
    marks.clear();
    const plan = planPrefill(doc, checklist, { fields: siteFields });
    const result = await applyPrefill(plan, doc);
    undo = result.undo;
    marks.show(resultMarks(plan, (key) => result.report[key]?.status === 'filled'));
    return { report: result.report, undoable: result.undo.entries.length > 0 };
  }

  function preview({ checklist, siteFields }: PrefillRequest): { hinted: number } {
    const plan = planPrefill(doc, checklist, { fields: siteFields });
    marks.show(
      plan.targets
        .filter((t) => !t.problem)
        .flatMap((t) =>
          visibleOf(t).map((element) => ({ element, kind: 'hint' as const, text: shownValue(t) })),
        ),
    );
    return { hinted: marks.count('hint') };
  }

  function clearPreview(): { hinted: number } {
    marks.clear('hint');
    return { hinted: 0 };
  }

  function undoLast(): { restored: number } {
    marks.clear();
    const restored = undo?.entries.length ?? 0;
    if (undo) undoPrefill(undo);
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

type Target = PrefillPlan['targets'][number];

/** The control the clerk sees for a target (a split date's boxes are several). */
function visibleOf(t: Target): HTMLElement[] {
  return t.control.elements.length > 0 ? t.control.elements : [t.control.element];
}

/** A select's option value means nothing to the clerk: the hint shows the option's text. */
function shownValue(t: Target): string {
  return t.control.options?.find((o) => o.value === t.value)?.text.trim() || t.value;
}

/** After a fill: what was written stays marked until edited; required fields left empty until filled. */
function resultMarks(plan: PrefillPlan, filled: (key: Target['key']) => boolean): Mark[] {
  const out: Mark[] = [];
  for (const t of plan.targets) {
    if (filled(t.key)) for (const element of visibleOf(t)) out.push({ element, kind: 'filled' });
  }
  const written = new Set(out.map((m) => m.element));
  for (const element of requiredEmpty(plan))
    if (!written.has(element)) out.push({ element, kind: 'required' });
  return out;
}

function requiredEmpty(plan: PrefillPlan): HTMLElement[] {
  const form =
    plan.targets[0]?.control.element.closest('form') ?? plan.targets[0]?.control.element.ownerDocument;
  if (!form) return [];
  return [...form.querySelectorAll<HTMLElement>('[required], [aria-required="true"]')].filter(
    (el) => (el as HTMLInputElement).value?.trim() === '' && el.getClientRects().length > 0,
  );
}

/** Leaves the engine on the isolated world's global, once per frame (a second injection keeps the first). */
export function installEngine(target: object, make: () => Engine): void {
  const holder = target as Record<string, Engine | undefined>;
  holder[ENGINE_GLOBAL] ??= make();
}
