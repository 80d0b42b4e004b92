import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { Checklist } from '@/utils/checklist/keys';
import type { FillReport, PrefillEngine, PrefillPlan, SiteFields } from './engines';

// Prefill as the panel sees it: the plan shown before the click (recomputed when the checklist changes or the
// page's field count changes), one click that writes, the report, and undo.

export interface PrefillStateOptions {
  doc: Document;
  site?: SiteFields | null;
  // biome-ignore lint/suspicious/noExplicitAny: the plan and undo token are the engine's own types
  engine: PrefillEngine<any, any>;
  /** The checklist as last saved or read (not every keystroke: planning walks the page). */
  checklist: ReadonlySignal<Checklist>;
  /** Saves pending edits first, so the page gets what the clerk sees. */
  flush: () => Promise<void>;
  /** Watch the page only where there is a form to fill (МАИС pages). */
  active: boolean;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function createPrefillState({ doc, site, engine, checklist, flush, active }: PrefillStateOptions) {
  const observedCount = signal<number | null>(null);
  const pageChanges = signal(0);
  const report = signal<FillReport | null>(null);
  const canUndo = signal(false);
  const busy = signal(false);
  const undone = signal(false);
  const error = signal<string | null>(null);
  let undoToken: unknown = null;
  let unhighlight = () => {};

  const plan = computed<PrefillPlan | null>(() => {
    pageChanges.value; // recompute when the page's fields change
    if (!active) return null;
    try {
      return engine.planPrefill(doc, checklist.value, site);
    } catch {
      return null;
    }
  });
  const fieldCount = computed(() => observedCount.value ?? plan.value?.fieldCount ?? 0);

  const stopObserving = active
    ? engine.observeFieldCount(
        doc,
        (count) =>
          batch(() => {
            observedCount.value = count;
            pageChanges.value++;
          }),
        { siteFields: site?.fields },
      )
    : () => {};

  async function run(): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      await flush();
      await engine.ready?.();
      // Planned again at the moment of the click: a late form may have appeared since the preview.
      const fresh = engine.planPrefill(doc, checklist.value, site);
      const result = await engine.applyPrefill(fresh, doc);
      undoToken = result.undo;
      unhighlight();
      unhighlight = engine.highlight?.(fresh, result.report, doc) ?? (() => {});
      batch(() => {
        report.value = result.report;
        canUndo.value = true;
        undone.value = false;
        pageChanges.value++;
      });
    } catch (e) {
      error.value = `Не удалось заполнить форму: ${errorText(e)}`;
    } finally {
      busy.value = false;
    }
  }

  function undo(): void {
    if (!canUndo.value) return;
    try {
      unhighlight();
      engine.undoPrefill(undoToken);
      undoToken = null;
      batch(() => {
        canUndo.value = false;
        report.value = null;
        undone.value = true;
        pageChanges.value++;
      });
    } catch (e) {
      error.value = `Не удалось вернуть прежние значения: ${errorText(e)}`;
    }
  }

  function dispose() {
    stopObserving();
    unhighlight();
  }

  return { plan, fieldCount, report, canUndo, busy, undone, error, run, undo, dispose };
}

export type PrefillState = ReturnType<typeof createPrefillState>;
