import { batch, computed, signal } from '@preact/signals';
import {
  type Checklist,
  type ChecklistFields,
  type EligibilityKey,
  FIELD_KEYS,
  type FieldKey,
} from '@/utils/checklist/keys';
import type { SiteKind } from '@/utils/settings/schema';
import type {
  CaptureEngine,
  CatalogueRules,
  ChecklistRules,
  ChecklistSend,
  PrefillEngine,
  SiteFields,
} from './engines';
import { createInactivePrefill } from './prefill-inactive';
import type { createPrefillState } from './prefill-state';
import { createChecklistStore } from './store';

// The checklist panel's state: a factory of signals, one per mounted panel, disposed on unmount.

export interface ChecklistModelDeps {
  doc: Document;
  /** The configured site (its `fields` selectors win over the prefill heuristics). */
  site?: SiteFields | null;
  kind: SiteKind;
  send: ChecklistSend;
  capture: CaptureEngine;
  // biome-ignore lint/suspicious/noExplicitAny: the engine's plan and undo token stay opaque here
  prefill: PrefillEngine<any, any>;
  rules: ChecklistRules;
  catalogue: CatalogueRules;
  saveDelayMs?: number;
  now?: () => number;
  /** The prefill state machine (МАИС pages: maisKit passes createPrefillState); inactive when absent. */
  prefillState?: typeof createPrefillState;
  /** Loads the on-demand engine ahead of use (focus or pointer in the panel); absent when engines are eager. */
  preload?: () => Promise<void>;
}

export type CaptureNotice =
  | { kind: 'captured'; count: number; keys: FieldKey[]; replaced: boolean }
  | { kind: 'nothing' }
  | { kind: 'error'; message: string };

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function createChecklistModelWith(deps: ChecklistModelDeps) {
  const { doc, kind, rules } = deps;
  const store = createChecklistStore({ doc, send: deps.send, saveDelayMs: deps.saveDelayMs, now: deps.now });
  const { checklist } = store;
  /** Keys whose validation message is on screen: after blur, after capture. */
  const shown = signal<ReadonlySet<FieldKey>>(new Set());
  const captureNotice = signal<CaptureNotice | null>(null);
  const capturing = signal(false);

  const errors = computed(() => {
    const fields = checklist.value.fields;
    const out: Partial<Record<FieldKey, string>> = {};
    for (const key of FIELD_KEYS) {
      const message = rules.validate(key, fields[key], fields);
      if (message) out[key] = message;
    }
    return out;
  });
  const visibleErrors = computed(() => {
    const out: Partial<Record<FieldKey, string>> = {};
    for (const key of shown.value) if (errors.value[key]) out[key] = errors.value[key];
    return out;
  });
  const eligibilityMissing = computed(() => rules.missingEligibility(checklist.value.eligibility));
  const eligible = computed(() => eligibilityMissing.value.length === 0);

  const prefill = (deps.prefillState ?? createInactivePrefill)({
    doc,
    site: deps.site,
    engine: deps.prefill,
    checklist: store.settled,
    flush: store.flush,
    active: kind === 'mais',
  });

  function show(keys: Iterable<FieldKey>) {
    const next = new Set(shown.value);
    for (const k of keys) next.add(k);
    shown.value = next;
  }

  function withFields(patch: Partial<ChecklistFields>): Checklist {
    store.restorable.value = null; // the clerk moved on: «Вернуть» would now overwrite new input
    const c = checklist.value;
    return { eligibility: c.eligibility, fields: { ...c.fields, ...patch } };
  }

  /** Typing: keep the text as typed, save after a pause. */
  function input(key: FieldKey, raw: string): void {
    void store.update(withFields({ [key]: raw }), 'later');
  }

  /** Blur or a committed choice: normalise what can be read (never drop what cannot), save now. */
  function commit(key: FieldKey, raw?: string): Promise<void> {
    const text = raw ?? checklist.value.fields[key];
    const value = rules.normalize(key, text);
    show([key]);
    if (value === checklist.value.fields[key]) return store.flush();
    return store.update(withFields({ [key]: value }), 'now');
  }

  function setEligibility(key: EligibilityKey, checked: boolean): Promise<void> {
    store.restorable.value = null;
    const c = checklist.value;
    return store.update({ fields: c.fields, eligibility: { ...c.eligibility, [key]: checked } }, 'now');
  }

  function announce(notice: CaptureNotice): CaptureNotice {
    captureNotice.value = notice;
    return notice;
  }

  async function capture(): Promise<CaptureNotice> {
    if (capturing.value) return captureNotice.value ?? { kind: 'nothing' };
    capturing.value = true;
    try {
      if (!store.loaded.value) await store.load(); // merge into the stored checklist, not an empty one
      const { fields } = await deps.capture.capturePage(doc);
      const keys = FIELD_KEYS.filter((k) => (fields[k] ?? '').trim() !== '');
      if (keys.length === 0) return announce({ kind: 'nothing' });
      const before = checklist.value;
      const merged = deps.capture.mergeCaptured(before, fields);
      batch(() => {
        if (merged.replaced) store.restorable.value = { checklist: before, reason: 'replaced' };
        else if (store.restorable.value?.reason === 'replaced') store.restorable.value = null;
        shown.value = new Set(FIELD_KEYS); // highlight what is still missing or invalid
      });
      await store.update(merged.checklist, 'now');
      return announce({ kind: 'captured', count: keys.length, keys, replaced: merged.replaced });
    } catch (e) {
      return announce({ kind: 'error', message: `Не удалось прочитать страницу: ${errorText(e)}` });
    } finally {
      capturing.value = false;
    }
  }

  /** Normalises whatever was typed but not yet blurred, then fills the page's form. */
  async function runPrefill(): Promise<void> {
    const fields = checklist.value.fields;
    const patch: Partial<ChecklistFields> = {};
    for (const key of FIELD_KEYS) {
      const value = rules.normalize(key, fields[key]);
      if (value !== fields[key]) patch[key] = value;
    }
    if (Object.keys(patch).length > 0) void store.update(withFields(patch), 'now');
    await prefill.run();
  }

  async function clear(): Promise<void> {
    batch(() => {
      shown.value = new Set();
      captureNotice.value = null;
      prefill.report.value = null;
    });
    await store.clear();
  }

  async function restore(): Promise<void> {
    if (store.restorable.value?.reason === 'replaced') captureNotice.value = null;
    await store.restore();
  }

  function dispose() {
    prefill.dispose();
    store.dispose();
  }

  void store.load();

  return {
    kind,
    catalogue: deps.catalogue,
    rules,
    checklist,
    expiresAt: store.expiresAt,
    minutesLeft: store.minutesLeft,
    loaded: store.loaded,
    error: store.error,
    restorable: store.restorable,
    shown,
    errors,
    visibleErrors,
    eligibilityMissing,
    eligible,
    captureNotice,
    capturing,
    prefill,
    load: store.load,
    flush: store.flush,
    input,
    commit,
    setEligibility,
    capture,
    runPrefill,
    clear,
    restore,
    dispose,
    preload: () => (deps.preload ?? (async () => {}))().catch(() => {}),
  };
}

export type ChecklistModel = ReturnType<typeof createChecklistModelWith>;
