import { batch, computed, signal } from '@preact/signals';
import { mergeCaptured } from '@/utils/capture/merge';
import { type ChecklistFields, type EligibilityKey, FIELD_KEYS, type FieldKey } from '@/utils/checklist/keys';
import type { PageBridge } from '@/utils/panel/page-bridge';
import { errorText } from '@/utils/values';
import { createPrefillState } from './prefill-state';
import type { CatalogueRules, ChecklistRules } from './rules';
import { type ChecklistBackend, createPanelChecklistStore } from './store';

// The checklist panel's state: a factory of signals, one per mounted panel, disposed on unmount. It reaches the
// page only through the bridge (capture, prefill, undo, the page's fields) and the background through the backend.

export interface ChecklistModelDeps {
  /** The panel page's own document (visibility and focus re-read the checklist). */
  doc: Document;
  backend: ChecklistBackend;
  bridge: PageBridge;
  rules: ChecklistRules;
  catalogue: CatalogueRules;
  saveDelayMs?: number;
  now?: () => number;
  /** Whether this page has a form to fill (МАИС pages). */
  fillsForms: boolean;
}

export type CaptureNotice =
  | { kind: 'captured'; count: number; keys: FieldKey[]; replaced: boolean }
  | { kind: 'nothing' }
  | { kind: 'error'; message: string };

export function createChecklistModel(deps: ChecklistModelDeps) {
  const { doc, rules } = deps;
  const store = createPanelChecklistStore({
    doc,
    backend: deps.backend,
    saveDelayMs: deps.saveDelayMs,
    now: deps.now,
  });
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

  const prefill = createPrefillState({
    bridge: deps.bridge,
    checklist: store.settled,
    flush: store.flush,
    active: deps.fillsForms,
    eligible,
  });

  function show(keys: Iterable<FieldKey>) {
    const next = new Set(shown.value);
    for (const k of keys) next.add(k);
    shown.value = next;
  }

  function editFields(patch: Partial<ChecklistFields>, when: 'later' | 'now'): Promise<void> {
    store.restorable.value = null; // the clerk moved on: «Вернуть» would now overwrite new input
    return store.edit({ fields: patch }, when);
  }

  /** Typing: keep the text as typed, save after a pause. */
  function input(key: FieldKey, raw: string): void {
    void editFields({ [key]: raw }, 'later');
  }

  /** Blur or a committed choice: normalise what can be read (never drop what cannot), save now. */
  function commit(key: FieldKey, raw?: string): Promise<void> {
    const text = raw ?? checklist.value.fields[key];
    const value = rules.normalize(key, text);
    show([key]);
    if (value === checklist.value.fields[key]) return store.flush();
    return editFields({ [key]: value }, 'now');
  }

  function setEligibility(key: EligibilityKey, checked: boolean): Promise<void> {
    store.restorable.value = null;
    return store.edit({ eligibility: { [key]: checked } }, 'now');
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
      const { fields } = await deps.bridge.capture();
      const keys = FIELD_KEYS.filter((k) => (fields[k] ?? '').trim() !== '');
      if (keys.length === 0) return announce({ kind: 'nothing' });
      const before = checklist.value;
      const merged = mergeCaptured(before, fields);
      batch(() => {
        if (merged.replaced) store.restorable.value = { checklist: before, reason: 'replaced' };
        else if (store.restorable.value?.reason === 'replaced') store.restorable.value = null;
        shown.value = new Set(FIELD_KEYS); // highlight what is still missing or invalid
      });
      await store.replace(merged.checklist);
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
    if (Object.keys(patch).length > 0) void editFields(patch, 'now');
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
  };
}

export type ChecklistModel = ReturnType<typeof createChecklistModel>;
