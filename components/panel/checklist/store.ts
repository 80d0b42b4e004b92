import { batch, computed, effect, signal } from '@preact/signals';
import { type Checklist, emptyChecklist, FIELD_KEYS } from '@/utils/checklist/keys';
import type { ChecklistSend } from './engines';

// The panel's copy of the session checklist. The background's storage.session is the only store: this keeps the
// last value read or written, saves edits (debounced while typing, at once on blur), and re-reads when the tab
// becomes visible or focused, since another tab may have captured or cleared it. Nothing here polls.

export interface Restorable {
  checklist: Checklist;
  /** Why the previous checklist can be brought back: «Очистить» or a capture of another citizen. */
  reason: 'cleared' | 'replaced';
}

export interface ChecklistStoreOptions {
  doc: Document;
  send: ChecklistSend;
  /** Debounce of saves while typing. */
  saveDelayMs?: number;
  now?: () => number;
}

const MINUTE = 60_000;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function isChecklistEmpty(c: Checklist): boolean {
  return FIELD_KEYS.every((k) => !c.fields[k]) && !Object.values(c.eligibility).some(Boolean);
}

export function createChecklistStore({
  doc,
  send,
  saveDelayMs = 300,
  now = Date.now,
}: ChecklistStoreOptions) {
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
  let edits = 0; // bumps on every local change, so a read that raced an edit does not overwrite it
  let queue: Promise<void> = Promise.resolve(); // messages go out in order: save, save, clear, …
  let loading: Promise<void> | null = null;
  let disposed = false;

  function enqueue(job: () => Promise<void>): Promise<void> {
    queue = queue.then(job, job);
    return queue;
  }

  function load(): Promise<void> {
    if (loading) return loading;
    const editsBefore = edits;
    loading = (async () => {
      if (dirty) await flush();
      try {
        const stored = await send('getChecklist');
        if (disposed) return;
        batch(() => {
          if (edits === editsBefore) {
            checklist.value = stored?.checklist ?? emptyChecklist();
            settled.value = checklist.value;
          }
          expiresAt.value = stored?.expiresAt ?? null;
          loaded.value = true;
          error.value = null;
          clock.value = now();
        });
      } catch (e) {
        error.value = `Не удалось прочитать чек-лист: ${errorText(e)}`;
      } finally {
        loading = null;
      }
    })();
    return loading;
  }

  /** Sends the pending edit now (no-op when nothing changed). */
  function flush(): Promise<void> {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    if (!dirty) return queue;
    dirty = false;
    const snapshot = checklist.value;
    settled.value = snapshot;
    return enqueue(async () => {
      try {
        const stored = await send('saveChecklist', snapshot);
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

  /** Replaces the checklist; `later` debounces the save (typing), `now` sends it at once. */
  function update(next: Checklist, when: 'later' | 'now'): Promise<void> {
    edits++;
    dirty = true;
    checklist.value = next;
    if (when === 'now') return flush();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void flush(), saveDelayMs);
    return queue;
  }

  function clear(): Promise<void> {
    clearTimeout(saveTimer);
    dirty = false;
    edits++;
    const previous = checklist.value;
    batch(() => {
      restorable.value = isChecklistEmpty(previous) ? null : { checklist: previous, reason: 'cleared' };
      checklist.value = emptyChecklist();
      settled.value = checklist.value;
      expiresAt.value = null;
    });
    return enqueue(async () => {
      try {
        await send('clearChecklist');
      } catch (e) {
        error.value = `Не удалось очистить чек-лист: ${errorText(e)}`;
      }
    });
  }

  function restore(): Promise<void> {
    const r = restorable.value;
    if (!r) return queue;
    restorable.value = null;
    return update(r.checklist, 'now');
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

  function onVisibility() {
    if (doc.visibilityState === 'visible') {
      void load();
      startClock();
    } else {
      stopClock();
      void flush();
    }
  }
  function onFocus() {
    void load();
  }
  const win = doc.defaultView;
  doc.addEventListener('visibilitychange', onVisibility);
  win?.addEventListener('focus', onFocus);

  function dispose() {
    void flush();
    disposed = true;
    stopClock();
    stopClockEffect();
    doc.removeEventListener('visibilitychange', onVisibility);
    win?.removeEventListener('focus', onFocus);
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
    update,
    clear,
    restore,
    dispose,
  };
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;
