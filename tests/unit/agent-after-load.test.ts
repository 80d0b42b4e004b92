import { afterPageLoad } from '@/utils/agent/after-load';

// The panel's frame goes in when the page's load event no longer waits for it: at once on a loaded page, in the task
// after `load` (the page's own load handlers first), or a moment after DOMContentLoaded on a page that keeps loading
// — once, and never after the agent ended.

function loadingPage(readyState: DocumentReadyState) {
  const doc = Object.assign(new EventTarget(), { readyState });
  const win = Object.assign(new EventTarget(), {
    document: doc,
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  });
  return { win: win as unknown as Window, doc };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('a loaded page: at once', () => {
  const { win } = loadingPage('complete');
  const then = vi.fn();
  afterPageLoad(win, 150, new AbortController().signal, then);
  expect(then).toHaveBeenCalledTimes(1);
});

test('a loading page: nothing before its load event, once in the task after it, not again later', () => {
  const { win, doc } = loadingPage('loading');
  const then = vi.fn();
  const pageOwn = vi.fn(() => expect(then).not.toHaveBeenCalled());
  afterPageLoad(win, 150, new AbortController().signal, then);
  win.addEventListener('load', pageOwn); // the page's own handler, added after the agent's
  vi.advanceTimersByTime(10_000);
  expect(then).not.toHaveBeenCalled(); // no DOMContentLoaded yet: however long the page takes to parse
  win.dispatchEvent(new Event('load'));
  expect(pageOwn).toHaveBeenCalledTimes(1);
  expect(then).not.toHaveBeenCalled(); // not inside the page's load event
  vi.advanceTimersByTime(0);
  expect(then).toHaveBeenCalledTimes(1);
  doc.dispatchEvent(new Event('DOMContentLoaded'));
  vi.advanceTimersByTime(1000);
  expect(then).toHaveBeenCalledTimes(1);
});

test('a page still loading after DOMContentLoaded: a moment after it, then not again at load', () => {
  const { win, doc } = loadingPage('loading');
  const then = vi.fn();
  afterPageLoad(win, 150, new AbortController().signal, then);
  doc.dispatchEvent(new Event('DOMContentLoaded'));
  vi.advanceTimersByTime(149);
  expect(then).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(then).toHaveBeenCalledTimes(1);
  win.dispatchEvent(new Event('load'));
  vi.advanceTimersByTime(0);
  expect(then).toHaveBeenCalledTimes(1);
});

test('interactive already: counts from now; an ended agent adds nothing', () => {
  const ended = new AbortController();
  const { win } = loadingPage('interactive');
  const then = vi.fn();
  afterPageLoad(win, 150, ended.signal, then);
  ended.abort();
  vi.advanceTimersByTime(1000);
  win.dispatchEvent(new Event('load'));
  vi.advanceTimersByTime(0);
  expect(then).not.toHaveBeenCalled();

  const { win: other } = loadingPage('interactive'); // the positive control: the same page, agent alive
  afterPageLoad(other, 150, new AbortController().signal, then);
  vi.advanceTimersByTime(150);
  expect(then).toHaveBeenCalledTimes(1);
});
