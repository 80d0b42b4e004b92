import { afterEach, expect, test, vi } from 'vitest';
import { afterRender, createPacer, frameJustShown, type Pacer } from '@/utils/prefill/yield';

// A window whose clock and frames the test drives: frames come only when the test says so; `timers: false` leaves
// out the fallback timer too, so only a frame can end a wait for one.
function pageWindow(timers = true, visibilityState: DocumentVisibilityState = 'visible') {
  let clock = 0;
  const frames: Array<() => void> = [];
  const win = {
    document: { visibilityState },
    performance: { now: () => clock },
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    setTimeout: timers ? globalThis.setTimeout.bind(globalThis) : () => 0,
    clearTimeout: timers ? globalThis.clearTimeout.bind(globalThis) : () => {},
    MessageChannel,
  } as unknown as Window;
  return {
    win,
    work: (ms: number) => {
      clock += ms;
    },
    frame: () => {
      for (const cb of frames.splice(0)) cb();
    },
  };
}

const settled = (p: Promise<void> | undefined) => {
  let done = false;
  void p?.then(() => {
    done = true;
  });
  return async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    return done;
  };
};

/** `count` slices of 12 ms, each followed by a turn that is over without a frame. */
async function expectPlainTurns(page: ReturnType<typeof pageWindow>, pacer: Pacer, count: number) {
  for (let i = 0; i < count; i++) {
    page.work(12);
    expect(await settled(pacer.pace())()).toBe(true); // no frame was needed
  }
}

/** The next turn waits for the page's frame: not over before it, over after it. */
async function expectWaitForFrame(page: ReturnType<typeof pageWindow>, pacer: Pacer) {
  const due = settled(pacer.pace());
  expect(await due()).toBe(false);
  page.frame();
  expect(await due()).toBe(true);
}

test('a turn waits for a frame once work has gone on for 45 ms since the last such wait, not at every slice', async () => {
  const page = pageWindow(false);
  const pacer = createPacer(page.win, 12);
  page.work(12);
  // No frame seen yet on this page: the first turn waits for one.
  const first = settled(pacer.pace());
  expect(await first()).toBe(false);
  page.frame();
  expect(await first()).toBe(true);

  // A frame was just waited for: the next turns are plain turns until 45 ms of work have passed since.
  await expectPlainTurns(page, pacer, 3);
  page.work(12); // 48 ms since the last frame
  await expectWaitForFrame(page, pacer);
  expect(pacer.yields).toBe(5);
});

test('a page that shows no frames (a hidden tab) is not waited on for more than a moment', async () => {
  const page = pageWindow(true, 'hidden');
  const pacer = createPacer(page.win, 0);
  page.work(1);
  const turn = pacer.pace();
  const started = Date.now();
  await turn;
  expect(Date.now() - started).toBeLessThan(1000);
  expect(pacer.yields).toBe(1);
});

test('work begun on an idle page (a command from the panel) turns without a frame until 45 ms have passed', async () => {
  const page = pageWindow(false);
  frameJustShown(page.win);
  const pacer = createPacer(page.win, 12);
  await expectPlainTurns(page, pacer, 3); // the first one waits for a frame in the test above
  page.work(12); // 48 ms since the work began
  await expectWaitForFrame(page, pacer);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Whether `p` has ended once the timers due by `ms` from now have run (fake timers). */
async function endedWithin(p: Promise<void>, ms: number): Promise<boolean> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
}

test('after a write on a shown page, the wait lasts until the page draws its frame, however late on a loaded machine', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const page = pageWindow();
  const wait = afterRender(page.win);
  expect(await endedWithin(wait, 120)).toBe(false); // a frame 120 ms late is still waited for
  page.frame();
  expect(await endedWithin(wait, 0)).toBe(true);
});

test('after a write on a hidden page, the wait ends after a moment without a frame', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const hidden = afterRender(pageWindow(true, 'hidden').win);
  expect(await endedWithin(hidden, 60)).toBe(true);
});

test('a shown page that draws no frame for half a second is then waited on for a moment only, until it draws one', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const page = pageWindow();
  const first = afterRender(page.win);
  expect(await endedWithin(first, 450)).toBe(false);
  expect(await endedWithin(first, 60)).toBe(true);
  // Known to draw nothing: the next waits end after a moment, as on a hidden page.
  expect(await endedWithin(afterRender(page.win), 60)).toBe(true);
  // It draws again (the frames asked for come): waited for as long as a shown page is.
  page.frame();
  const next = afterRender(page.win);
  page.frame();
  expect(await endedWithin(next, 0)).toBe(true);
  expect(await endedWithin(afterRender(page.win), 120)).toBe(false);
});
