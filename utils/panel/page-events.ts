import type { PageEventType } from './page-bridge';

// The listeners of the page's events, by type: what a bridge to the page (the real one or a local stand-in) keeps.

export interface PageEventListeners {
  on(type: PageEventType, listener: () => void): () => void;
  emit(type: PageEventType): void;
  clear(): void;
}

export function createPageEventListeners(): PageEventListeners {
  const listeners = new Map<PageEventType, Set<() => void>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(type) {
      for (const listener of listeners.get(type) ?? []) listener();
    },
    clear: () => listeners.clear(),
  };
}
