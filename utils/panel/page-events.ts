import type { AgentEvent, AgentLineMessage } from '../messaging/agent';
import type { PageEventType } from './page-bridge';

// The listeners of the page's events, by type: what a bridge to the page (the real one or a local stand-in) keeps.

/** A listener hears the event itself when it came from the page's agent (a `fieldsChanged` carries the fields). */
export type PageEventListener = (event?: AgentEvent | AgentLineMessage) => void;

export interface PageEventListeners {
  on(type: PageEventType, listener: PageEventListener): () => void;
  emit(type: PageEventType, event?: AgentEvent | AgentLineMessage): void;
  clear(): void;
}

export function createPageEventListeners(): PageEventListeners {
  const listeners = new Map<PageEventType, Set<PageEventListener>>();
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
    emit(type, event) {
      for (const listener of listeners.get(type) ?? []) listener(event);
    },
    clear: () => listeners.clear(),
  };
}
