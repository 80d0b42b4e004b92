import { createFieldWatch } from '@/utils/agent/field-watch';
import { createLifecycle } from '@/utils/agent/lifecycle';

// Shared by the form watcher's tests: a page of `html`, watched from now on, and how many times the watcher has
// said the controls may have changed.

/** Long enough for a batch of records to be looked at (a frame and the turns after it). */
export const settle = () => new Promise((r) => setTimeout(r, 40));

export function watching(html: string) {
  document.body.innerHTML = html;
  const life = createLifecycle({ id: 'ext' });
  const notices = { count: 0 };
  const watch = createFieldWatch(document, life, () => notices.count++);
  watch.setOn(true);
  return { life, watch, notices };
}

/**
 * The layout's resize reports, played by the test: the watch's ResizeObserver is replaced by one that records what it
 * observes; `report` delivers entries as the browser would (a width of 0 is no box).
 */
export function fakeResizeObserver() {
  const observers: FakeResizeObserver[] = [];
  class FakeResizeObserver {
    targets = new Set<Element>();
    constructor(public callback: ResizeObserverCallback) {
      observers.push(this);
    }
    observe(el: Element) {
      this.targets.add(el);
    }
    unobserve(el: Element) {
      this.targets.delete(el);
    }
    disconnect() {
      this.targets.clear();
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  return {
    /** What the (single) observer watches now. */
    targets: () => observers[0].targets,
    report: (sizes: Array<[Element, number]>) =>
      observers[0].callback(
        sizes.map(([target, width]) => ({ target, contentRect: { width, height: width ? 20 : 0 } })) as never,
        observers[0] as never,
      ),
  };
}
