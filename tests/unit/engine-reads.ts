import type * as Collect from '@/utils/prefill/collect';

// The engine's tests count its readings of the page's form: the collect module with `collectFields` counted as it
// begins and as it ends. Used from each test file's own `vi.mock` factory (a mock is hoisted in the file that declares
// it).

export function countingCollect(
  real: typeof Collect,
  reads: { count: number; ended?: number },
): typeof Collect {
  return {
    ...real,
    collectFields: (...args: Parameters<typeof real.collectFields>) => {
      reads.count++;
      return real.collectFields(...args).finally(() => {
        reads.ended = (reads.ended ?? 0) + 1;
      });
    },
  };
}
