import { batch, computed, effect, signal } from '@preact/signals';
import {
  type Checklist,
  type ChecklistFields,
  type Eligibility,
  emptyChecklist,
  FIELD_KEYS,
  FIELD_MAX_LENGTH,
  type FieldKey,
} from '@/utils/checklist/keys';
import { clampField } from '@/utils/checklist/text';
import type { StoredChecklist } from '@/utils/messaging';
import { errorText } from '@/utils/values';

// The panel page's copy of the session checklist. The background's storage.session is the only store: this keeps
// the last value read or written, saves edits (debounced while typing, at once on blur), and re-reads when the tab
// becomes visible or focused, since another tab may have captured or cleared it. Nothing here polls.
//
// Edits are patches. Every patch made while a read is on its way (and every patch made before the first read
// answered) is applied again to what the read brings and then saved, so a click made before the checklist has
// loaded is merged into it — it can never replace the stored checklist with an empty one.

export interface ChecklistBackend {
  get(): Promise<StoredChecklist | null>;
  save(checklist: Checklist): Promise<StoredChecklist>;
  clear(): Promise<void>;
  /** Tells when the stored checklist changed (another tab captured, cleared or typed); returns the unsubscribe. */
  onChange?(listener: () => void): () => void;
}

export interface ChecklistPatch {
  fields?: Partial<ChecklistFields>;
  eligibility?: Partial<Eligibility>;
}

export interface Restorable {
  checklist: Checklist;
  /** Why the previous checklist can be brought back: «Очистить» or a capture of another citizen. */
  reason: 'cleared' | 'replaced';
}

export interface PanelChecklistStoreOptions {
  doc: Document;
  backend: ChecklistBackend;
  /** Debounce of saves while typing. */
  saveDelayMs?: number;
  now?: () => number;
}

const MINUTE = 60_000;

export function isChecklistEmpty(c: Checklist): boolean {
  return FIELD_KEYS.every((k) => !c.fields[k]) && !Object.values(c.eligibility).some(Boolean);
}

/** The patch applied, each value as it will be stored: without invisible characters, cut at its field's limit. */
export function applyPatch(c: Checklist, patch: ChecklistPatch): Checklist {
  const fields = { ...c.fields };
  for (const [key, value] of Object.entries(patch.fields ?? {}) as [FieldKey, string][])
    fields[key] = clampField(value, FIELD_MAX_LENGTH[key]);
  return { fields, eligibility: { ...c.eligibility, ...patch.eligibility } };
}

function mergePatches(a: ChecklistPatch, b: ChecklistPatch): ChecklistPatch {
  return { fields: { ...a.fields, ...b.fields }, eligibility: { ...a.eligibility, ...b.eligibility } };
}

const isEmptyPatch = (p: ChecklistPatch) =>
  Object.keys(p.fields ?? {}).length === 0 && Object.keys(p.eligibility ?? {}).length === 0;

export function createPanelChecklistStore({
  doc,
  backend,
  saveDelayMs = 300,
  now = Date.now,
}: PanelChecklistStoreOptions) {
  const checklist = signal<Checklist>(emptyChecklist());
  /** The checklist as last read, saved or cleared: what other tabs see; follows typing only after the debounce. */
  const settled = signal<Checklist>(checklist.peek());
  const expiresAt = signal<number | null>(null);
  const loaded = signal(false);
  const error = signal<string | null>(null);
  const restorable = signal<Restorable | null>(null);
  const clock = signal(now());
  const minutesLeft = computed(() =>
    expiresAt.value === null ? null : Math.max(0, Math.ceil((expiresAt.value - clock.value) / MINUTE)),
  );

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let clockTimer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  /** Edits made since the read on its way started (or, before the first answer, since the panel opened). */
  let sinceRead: ChecklistPatch | null = {};
  let queue: Promise<void> = Promise.resolve(); // messages go out in order: save, save, clear, …
  let loading: Promise<void> | null = null;
  let readAgain = false;
  let disposed = false;
  /** Bumped by clear and replace: a read sent before them brings what they have just overwritten. */
  let epoch = 0;

  let pending = 0; // saves and clears sent or waiting to be sent
  function enqueue(job: () => Promise<void>): Promise<void> {
    pending += 1;
    const counted = () => job().finally(() => (pending -= 1));
    queue = queue.then(counted, counted);
    return queue;
  }

  function load(): Promise<void> {
    if (loading) {
      readAgain = true; // a change landed while this read was on its way: read once more after it
      return loading;
    }
    loading = (async () => {
      if (dirty && loaded.peek()) await flush();
      sinceRead ??= {};
      const readEpoch = epoch;
      try {
        const stored = await backend.get();
        if (disposed) return;
        if (readEpoch !== epoch) {
          loaded.value = true; // what the clear left is what is stored now
          return;
        }
        const edits = sinceRead ?? {};
        sinceRead = null;
        batch(() => {
          checklist.value = applyPatch(stored?.checklist ?? emptyChecklist(), edits);
          settled.value = stored?.checklist ?? emptyChecklist();
          expiresAt.value = stored?.expiresAt ?? null;
          loaded.value = true;
          error.value = null;
          clock.value = now();
        });
        if (!isEmptyPatch(edits)) {
          dirty = true;
          await flush();
        }
      } catch (e) {
        error.value = `Не удалось прочитать чек-лист: ${errorText(e)}`;
      } finally {
        loading = null;
        if (readAgain && !disposed) {
          readAgain = false;
          void load();
        }
      }
    })();
    return loading;
  }

  /** Sends the pending edit now (no-op when nothing changed, or while the first read has not answered). */
  function flush(): Promise<void> {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    if (!dirty || !loaded.peek()) return queue;
    dirty = false;
    const snapshot = checklist.value;
    settled.value = snapshot;
    return enqueue(async () => {
      try {
        const stored = await backend.save(snapshot);
        if (disposed) return;
        batch(() => {
          expiresAt.value = stored.expiresAt;
          error.value = null;
          clock.value = now();
        });
      } catch (e) {
        dirty = true; // kept in memory; the next edit or blur tries again
        error.value = `Не удалось сохранить чек-лист: ${errorText(e)}`;
      }
    });
  }

  /** Applies an edit; `later` debounces the save (typing), `now` sends it at once. */
  function edit(patch: ChecklistPatch, when: 'later' | 'now'): Promise<void> {
    if (sinceRead) sinceRead = mergePatches(sinceRead, patch);
    dirty = true;
    checklist.value = applyPatch(checklist.value, patch);
    if (when === 'now') return flush();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void flush(), saveDelayMs);
    return queue;
  }

  /** Replaces the whole checklist (a capture merged by the caller, a restore): only once it has loaded. */
  async function replace(next: Checklist): Promise<void> {
    if (!loaded.peek()) await load();
    const clean = applyPatch(next, { fields: next.fields });
    if (sinceRead) sinceRead = { fields: { ...clean.fields }, eligibility: { ...clean.eligibility } };
    dirty = true;
    checklist.value = clean;
    return flush();
  }

  function clear(): Promise<void> {
    epoch += 1;
    clearTimeout(saveTimer);
    dirty = false;
    if (sinceRead) sinceRead = {};
    const previous = checklist.value;
    batch(() => {
      restorable.value = isChecklistEmpty(previous) ? null : { checklist: previous, reason: 'cleared' };
      checklist.value = emptyChecklist();
      settled.value = checklist.value;
      expiresAt.value = null;
    });
    return enqueue(async () => {
      try {
        await backend.clear();
      } catch (e) {
        error.value = `Не удалось очистить чек-лист: ${errorText(e)}`;
      }
    });
  }

  function restore(): Promise<void> {
    const r = restorable.value;
    if (!r) return queue;
    restorable.value = null;
    return replace(r.checklist);
  }

  // One timeout chain, set to the next minute boundary of the countdown, only while the page is visible.
  function stopClock() {
    clearTimeout(clockTimer);
    clockTimer = undefined;
  }
  function startClock() {
    stopClock();
    clock.value = now();
    const until = expiresAt.peek();
    if (disposed || until === null || doc.visibilityState === 'hidden') return;
    const left = until - clock.peek();
    if (left <= 0) {
      restorable.value = null; // wiped for good: no copy stays behind in this tab either
      void load(); // the background has wiped it by now; show that
      return;
    }
    clockTimer = setTimeout(startClock, left % MINUTE || MINUTE);
  }
  const stopClockEffect = effect(() => {
    if (expiresAt.value !== undefined) startClock();
  });

  const listening = new AbortController();
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'visible') {
        void load();
        startClock();
      } else {
        stopClock();
        void flush();
      }
    },
    { signal: listening.signal },
  );
  doc.defaultView?.addEventListener('focus', () => void load(), { signal: listening.signal });
  // Another tab's capture shows here at once; a change this panel wrote itself reads back what it already has.
  // While this panel's own edits are unsaved or on their way, the change is (or will be overtaken by) its own.
  const stopChanges = backend.onChange?.(() => {
    if (!dirty && pending === 0) void load();
  });
  listening.signal.addEventListener('abort', () => stopChanges?.());

  function dispose() {
    void flush();
    disposed = true;
    stopClock();
    stopClockEffect();
    listening.abort();
  }

  return {
    checklist,
    settled,
    expiresAt,
    loaded,
    error,
    restorable,
    minutesLeft,
    load,
    flush,
    edit,
    replace,
    clear,
    restore,
    dispose,
  };
}

export type PanelChecklistStore = ReturnType<typeof createPanelChecklistStore>;
