// A subtree the page keeps refilling with controls (a grid with an editor in each row, redrawn every 100 ms) or
// renaming them (a clock in a label) is churning: once more than CHURN_BATCHES batches of records within CHURN_MS
// have changed its watched elements, its records are passed over until it has been unchanged for QUIET_MS, and then
// the form is read once more. Only changes that matter count (the form watcher says which), so a container that merely gets
// tooltips or toasts never churns — except that all of a container's rows replaced at once count whatever they hold:
// a grid redrawn ten times a second is otherwise searched for fields at every redraw. The rest of the page is watched
// as before (a card opened meanwhile is counted at once), and a reading takes the churning part as it is.

/**
 * Batches of records within CHURN_MS that may change a subtree's controls before it counts as churning: five seconds,
 * so a clock in a field's label (once a second) churns too. A card the clerk opens is held back (for QUIET_MS) only
 * when its container changed more than three times within those five seconds.
 */
const CHURN_BATCHES = 3;
const CHURN_MS = 5000;
/** How long a churning subtree must stay unchanged before the form is read again: longer than a once-a-second tick. */
export const QUIET_MS = 1500;

/**
 * `onQuiet` hears that the churning subtrees have stopped (the form is then read as it is now). Returns
 * three functions: whether a record under a target is passed over (its subtree churns; each one puts the quiet reading
 * off again), that a batch changed watched elements under a target, and forgetting everything (the watch stopped) —
 * a tuple rather than an object, whose method names every matched page would parse.
 */
export function createChurnWatch(
  win: Window,
  onQuiet: () => void,
): [passesOver: (target: Node) => boolean, changed: (target: Node) => void, clear: () => void] {
  const live = new Set<Node>();
  /** Per record target: when the batches that changed it within the last CHURN_MS came. */
  const churn = new WeakMap<Node, number[]>();
  let quiet = 0;
  const inLive = (node: Node | null): boolean => !!node && (live.has(node) || inLive(node.parentNode));
  const clear = () => {
    win.clearTimeout(quiet);
    live.clear();
  };
  const settle = () => {
    live.clear();
    onQuiet();
  };
  return [
    (target) => {
      if (!inLive(target)) return false;
      win.clearTimeout(quiet);
      quiet = win.setTimeout(settle, QUIET_MS);
      return true;
    },
    (target) => {
      const now = win.performance.now();
      const times = [...(churn.get(target) ?? []).filter((t) => now - t < CHURN_MS), now];
      churn.set(target, times);
      if (times.length > CHURN_BATCHES) live.add(target);
    },
    clear,
  ];
}
