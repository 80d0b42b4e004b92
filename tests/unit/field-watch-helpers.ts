import { createFieldWatch, type FieldWatch } from '@/utils/agent/field-watch';
import { readForm } from '@/utils/agent/fields-reader';
import { createLifecycle } from '@/utils/agent/lifecycle';

// Shared by the form watcher's tests: a page of `html`, watched from now on, and how many times the watcher has
// said the controls may have changed. Each time it does, the form is read as the agent has it read
// (utils/agent/fields-reader.ts), and the watcher follows what that reading went through.

/** Long enough for a batch of records to be looked at (a frame and the turns after it). */
export const settle = () => new Promise((r) => setTimeout(r, 40));

export function watching(html: string) {
  document.body.innerHTML = html;
  const life = createLifecycle({ id: 'ext' });
  const notices = { count: 0 };
  const watch: FieldWatch = createFieldWatch(document, life, () => {
    notices.count++;
    void readForm(window, undefined).then(({ walk }) => watch.follow(walk));
  });
  watch.setOn(true);
  return { life, watch, notices };
}

/**
 * A change made by `change`, and the watcher's one notice of it (waited for): the notices come one by one, so a change
 * made before that is not reported on its own shows in the count.
 */
export function noticeEach(notices: { count: number }) {
  let seen = notices.count;
  return async (change: () => void) => {
    change();
    await vi.waitFor(() => expect(notices.count).toBe(seen + 1));
    seen = notices.count;
  };
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

/**
 * Mutation records as a browser delivers them: happy-dom reports each node a `replaceChildren` moves as a record of
 * its own, where a browser reports one record with all of them. Consecutive childList records of one target are
 * merged into one.
 */
export function browserLikeMutationRecords() {
  const Real = window.MutationObserver;
  const merge = (records: MutationRecord[]) => {
    const out: MutationRecord[] = [];
    for (const r of records) {
      const last = out.at(-1);
      if (last && r.type === 'childList' && last.type === 'childList' && last.target === r.target) {
        out[out.length - 1] = {
          ...last,
          addedNodes: [...last.addedNodes, ...r.addedNodes],
          removedNodes: [...last.removedNodes, ...r.removedNodes],
        } as unknown as MutationRecord;
      } else
        out.push({
          type: r.type,
          target: r.target,
          attributeName: r.attributeName,
          addedNodes: [...r.addedNodes],
          removedNodes: [...r.removedNodes],
        } as unknown as MutationRecord);
    }
    return out;
  };
  class BrowserLike extends Real {
    constructor(callback: MutationCallback) {
      super((records, observer) => callback(merge(records), observer));
    }
  }
  vi.stubGlobal('MutationObserver', BrowserLike);
}
