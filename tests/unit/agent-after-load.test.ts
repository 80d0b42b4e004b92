import { afterPageLoad } from '@/utils/agent/after-load';

// The panel's frame goes in when the page's load event no longer waits for it: at once on a loaded page, at `load`,
// or a moment after DOMContentLoaded on a page that keeps loading — once, and never after the agent ended.

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

test('a loading page: nothing before its load event, once at it, not again later', () => {
  const { win, doc } = loadingPage('loading');
  const then = vi.fn();
  afterPageLoad(win, 150, new AbortController().signal, then);
  vi.advanceTimersByTime(10_000);
  expect(then).not.toHaveBeenCalled(); // no DOMContentLoaded yet: however long the page takes to parse
  win.dispatchEvent(new Event('load'));
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
  expect(then).not.toHaveBeenCalled();

  const { win: other } = loadingPage('interactive'); // the positive control: the same page, agent alive
  afterPageLoad(other, 150, new AbortController().signal, then);
  vi.advanceTimersByTime(150);
  expect(then).toHaveBeenCalledTimes(1);
});
