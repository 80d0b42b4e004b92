// Long work on the page gives the page its turn every few milliseconds, so a form of thousands of controls never
// freezes it: `scheduler.yield()` where the browser has it, else a MessageChannel macrotask (not throttled like
// timers in a background tab). A turn is not a frame, though: Chromium runs a chain of such slices ahead of
// rendering for up to ~100 ms, so a turn FRAME_DUE_MS after the last wait for a frame waits for one (and so does the
// first turn on a page: what the page was about to show, such as the panel's own frame, is shown first).

/** Work per slice: under one 16 ms frame, leaving the page time to paint and handle input; fewer turns cost less. */
export const SLICE_MS = 12;

/** Longest stretch of paced work between two frames the page shows (under three frames at 60 Hz). */
const FRAME_DUE_MS = 45;
/** When paced work last waited for a frame on each window. */
const lastFrame = new WeakMap<Window, number>();

/**
 * Work that starts just after the page has shown a frame owes the page no frame at its first turn: a command the clerk
 * gave in the panel (the page has shown its frames while the clerk decided), a reading injected after the frame that
 * asked for it. The next wait for a frame is FRAME_DUE_MS from now.
 */
export function frameJustShown(win: Window): void {
  lastFrame.set(win, (win.performance ?? performance).now());
}

export interface Pacer {
  /** Call between units of work: resolves at once while the slice lasts, else after the page had its turn. */
  pace(): Promise<void> | undefined;
  /** Times the work gave way to the page so far. */
  readonly yields: number;
}

type SchedulerLike = { yield?: () => Promise<void> };

/** A macrotask on the page's event loop. */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const Channel =
    (win as unknown as { MessageChannel?: typeof MessageChannel }).MessageChannel ?? MessageChannel;
  return new Promise((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A pacer for one piece of work. `sliceMs: 0` yields at every call (tests of "gives way on a large form");
 * `Infinity` never yields (synchronous callers).
 */
export function createPacer(win: Window, sliceMs = SLICE_MS): Pacer {
  const now = () => (win.performance ?? performance).now();
  let sliceStart = now();
  let yields = 0;
  return {
    pace() {
      if (sliceMs === Number.POSITIVE_INFINITY || now() - sliceStart < sliceMs) return undefined;
      yields++;
      const due = now() - (lastFrame.get(win) ?? -FRAME_DUE_MS) >= FRAME_DUE_MS;
      return (due ? nextFrame(win) : yieldToPage(win)).then(() => {
        sliceStart = now();
        if (due) lastFrame.set(win, sliceStart);
      });
    },
    get yields() {
      return yields;
    },
  };
}

/** After the timers the page set meanwhile (a widget's on blur, a mask's reformatting): a timer queued after theirs. */
export function afterPageTimers(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Where frames do not run (a hidden tab), a wait for one ends after this long. */
const NO_FRAMES_MS = 50;
/**
 * A shown page draws its next frame, only later on a loaded machine: a wait for it after a write ends without it only
 * this late (ended at 50 ms while a frame took 100, React Suite's date box got its digits a frame together and refused
 * the date). A shown page that lets this pass without a frame draws none, and is waited on as a hidden one is until
 * it draws one again.
 */
const LATE_FRAME_MS = 500;
const frameless = new WeakSet<Window>();

/** After the page's next frame, or `ms` without one; then a task, so the page has run what the frame set. */
function nextFrame(win: Window, ms = NO_FRAMES_MS): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.clearTimeout(timer);
      void yieldToPage(win).then(resolve);
    };
    const timer = win.setTimeout(finish, ms);
    win.requestAnimationFrame?.(finish);
  });
}

/**
 * After a write: the page's framework re-renders in a microtask (Vue), at the end of the event (React), in an effect
 * or the next animation frame (pickers that move focus between their parts). Resolves after the next frame, however
 * late on a shown page; after a short wait where frames do not run (a hidden tab).
 */
export async function afterRender(win: Window): Promise<void> {
  const shown = win.document?.visibilityState !== 'hidden' && !frameless.has(win);
  let framed = false;
  // Asked before the wait's own, so in the frame that ends the wait this one has run. nextFrame itself does not say
  // how it ended: the form reader's turns share it, and the reader is at its byte budget.
  win.requestAnimationFrame?.(() => {
    framed = true;
  });
  await nextFrame(win, shown ? LATE_FRAME_MS : NO_FRAMES_MS);
  if (framed) frameless.delete(win);
  else if (shown) frameless.add(win);
}
