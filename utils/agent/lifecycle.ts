// One agent's life on one page. Everything it sets up hangs on one AbortSignal: listeners are added with
// `{ signal }`, observers and timers register their undo with `onAbort`. The agent ends when the extension that
// injected it is gone (reloaded, updated, disabled): the browser then clears `runtime.id` in this world, and the
// agent lets the page go — nothing a page can send ends it.

export interface Lifecycle {
  readonly signal: AbortSignal;
  /** False once the extension is gone or the agent was stopped; ends the agent the first time it is false. */
  alive(): boolean;
  onAbort(undo: () => void): void;
  stop(): void;
}

export function createLifecycle(runtime: { id?: string } | undefined): Lifecycle {
  const controller = new AbortController();
  const { signal } = controller;
  return {
    signal,
    alive() {
      if (signal.aborted) return false;
      if (runtime?.id == null) controller.abort();
      return !signal.aborted;
    },
    onAbort(undo) {
      if (signal.aborted) undo();
      else signal.addEventListener('abort', undo, { once: true });
    },
    stop: () => controller.abort(),
  };
}
