// Which watched controls the page shows, as the browser's own layout reports it: a ResizeObserver hears of a control
// whose box appears or disappears (display:none on it or any ancestor, a collapsed <details>, a hidden section)
// without the watcher listening to the page's class and style changes — a busy page flips those all day for
// reasons that have nothing to do with its form. The first report of each control only records its state; a flip
// between «no box» and «a box» after that is a change. Size changes alone (a resized window, the panel docking) are
// not — except to the watcher's components waiting for their definition, for which any report may be the upgrade.

export interface ShownWatch {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

/** `onReport` hears every report, first ones included; `flipped` says the box appeared or went. */
export function createShownWatch(
  win: Window & typeof globalThis,
  onReport: (el: Element, flipped: boolean) => void,
): ShownWatch {
  let empty = new WeakMap<Element, boolean>();
  const observer = new win.ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      const now = contentRect.width === 0 && contentRect.height === 0;
      const was = empty.get(target);
      empty.set(target, now);
      onReport(target, was !== undefined && was !== now);
    }
  });
  return {
    observe: (el) => observer.observe(el),
    unobserve(el) {
      observer.unobserve(el);
      empty.delete(el);
    },
    disconnect() {
      observer.disconnect();
      empty = new WeakMap(); // watching again starts from the first reports
    },
  };
}
