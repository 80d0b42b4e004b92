import type { ExtSession } from '../harness';

// Library pages filled side by side, each in a browser of its own: a fill is mostly waiting for the page to settle
// (lists opening, focus moving, frameworks re-rendering), so three pages at once take about a third of the time.
// Never two pages of one browser at once: its tabs share the window's focus, and opening one blurs the field being
// typed into in another.

/** Browsers of a kind side by side; vitest.e2e.config.ts runs as many concurrent tests at once. */
export const BROWSERS_AT_ONCE = 3;

export interface SessionPool {
  /** Runs `work` on a browser no other test is using, and gives it back after. */
  use<T>(work: (session: ExtSession) => Promise<T>): Promise<T>;
}

/** `launch` is called once per browser (a `setupExtension` or a late-bound session launched in `beforeAll`). */
export function createSessionPool(launch: () => ExtSession, size = BROWSERS_AT_ONCE): SessionPool {
  const free = Array.from({ length: size }, launch);
  const waiting: Array<(session: ExtSession) => void> = [];
  const give = (session: ExtSession) => {
    const next = waiting.shift();
    if (next) next(session);
    else free.push(session);
  };
  return {
    async use(work) {
      const session = free.pop() ?? (await new Promise<ExtSession>((resolve) => waiting.push(resolve)));
      try {
        return await work(session);
      } finally {
        give(session);
      }
    },
  };
}
