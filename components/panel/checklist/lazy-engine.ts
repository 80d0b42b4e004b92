import { type ReadonlySignal, signal } from '@preact/signals';
import { missingEligibilityWith } from '@/utils/checklist/eligibility';
import type { EligibilityKey } from '@/utils/checklist/keys';
import type { Category, ChecklistModelEngines } from './engines';
import { isDateField } from './fields';
import type { LoadedEngine } from './real-engines';

// Capture, prefill and the checklist rules weigh more than the rest of the panel together, so the page does not
// load them up front (budget: < 25 KB gzipped before the clerk acts). They arrive on the first sign that the clerk
// turns to the panel (focus, pointer, capture, prefill); until then validation stays quiet and the plan is empty.

export interface LazyEngine {
  engines: ChecklistModelEngines;
  /** Start loading now (idempotent); resolves when ready. */
  preload(): Promise<void>;
  loaded: ReadonlySignal<boolean>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function createLazyEngine(
  load: () => Promise<LoadedEngine>,
  categories: readonly Category[],
  /** The memo's advice per missing condition (pack.maisAdvice). */
  advice: Record<EligibilityKey, string>,
): LazyEngine {
  const engine = signal<LoadedEngine | null>(null);
  const loaded = signal(false);
  const onLoad: ((e: LoadedEngine) => void)[] = [];
  let pending: Promise<LoadedEngine> | null = null;

  function ensure(): Promise<LoadedEngine> {
    pending ??= load().then(
      (e) => {
        engine.value = e;
        loaded.value = true;
        for (const start of onLoad.splice(0)) start(e);
        return e;
      },
      (err) => {
        pending = null; // a later action may try again
        throw err;
      },
    );
    return pending;
  }
  /** Reading the signal makes computed values (errors, the plan) recompute once the engine arrives. */
  const current = () => engine.value;
  const ready = () => {
    const e = engine.peek();
    if (!e) throw new Error('модуль заполнения ещё не загружен');
    return e;
  };

  const engines: ChecklistModelEngines = {
    rules: {
      validate: (key, value, fields) => current()?.rules.validate(key, value, fields) ?? null,
      normalize: (key, raw) => current()?.rules.normalize(key, raw) ?? raw.trim(),
      display: (key, value) =>
        current()?.rules.display(key, value) ??
        (isDateField(key) ? value.replace(ISO_DATE, '$3.$2.$1') : value),
      missingEligibility: (e) => missingEligibilityWith(e, advice),
    },
    catalogue: { categories, match: (text) => current()?.catalogue.match(text) ?? null },
    capture: {
      capturePage: async (doc) => (await ensure()).capture.capturePage(doc),
      mergeCaptured: (checklist, fields) => ready().capture.mergeCaptured(checklist, fields),
    },
    prefill: {
      ready: async () => {
        await ensure();
      },
      planPrefill: (doc, checklist, site) => {
        const e = current();
        if (!e) throw new Error('модуль заполнения ещё не загружен');
        return e.prefill.planPrefill(doc, checklist, site);
      },
      applyPrefill: (plan, doc) => ready().prefill.applyPrefill(plan, doc),
      undoPrefill: (undo) => ready().prefill.undoPrefill(undo),
      highlight: (plan, report, doc) => ready().prefill.highlight?.(plan, report, doc) ?? (() => {}),
      observeFieldCount(doc, cb, opts) {
        let stop: (() => void) | null = null;
        let stopped = false;
        const start = (e: LoadedEngine) => {
          if (!stopped) stop = e.prefill.observeFieldCount(doc, cb, opts);
        };
        const e = engine.peek();
        if (e) start(e);
        else onLoad.push(start);
        return () => {
          stopped = true;
          stop?.();
        };
      },
    },
  };

  return {
    engines,
    loaded,
    preload: async () => {
      await ensure();
    },
  };
}
