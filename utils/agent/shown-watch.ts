// Which controls the page shows, as the browser's own layout reports it: a ResizeObserver hears of a control whose
// box appears or disappears (display:none on it or any ancestor, a collapsed <details>, a hidden section) without the
// watcher listening to the page's class and style changes — a busy page flips those all day for reasons that have
// nothing to do with its form. Each reading of the form hands over what it went through (`watch`): a control seen for
// the first time starts from what the reading saw of it, so a box that came or went while the reading was under way
// is a change too; a flip between «no box» and «a box» after that is a change. Size changes alone (a resized window,
// the panel docking) are not.

export interface ShownWatch {
  /**
   * Watches these elements from now on, and only them. `boxless[i]`: whether the reading found no box for the i-th;
   * elements past its end (frames, components waiting for their definition) start from their first report.
   */
  watch(elements: Element[], boxless: boolean[]): void;
  disconnect(): void;
}

/** `onReport` hears every report; `flipped` says the box appeared or went. */
export function createShownWatch(
  win: Window & typeof globalThis,
  onReport: (el: Element, flipped: boolean) => void,
): ShownWatch {
  const empty = new WeakMap<Element, boolean>();
  const observer = new win.ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      // A control taken out of the page: the mutation records tell (and pass over a grid that keeps redrawing); the
      // next reading lets it go.
      if (!target.isConnected) continue;
      const now = contentRect.width === 0 && contentRect.height === 0;
      const was = empty.get(target);
      empty.set(target, now);
      onReport(target, was !== undefined && was !== now);
    }
  });
  return {
    watch(elements, boxless) {
      observer.disconnect(); // the elements a reading no longer found are let go (an observation keeps its element)
      elements.forEach((el, i) => {
        if (!empty.has(el)) empty.set(el, boxless[i]);
        observer.observe(el);
      });
    },
    disconnect: () => observer.disconnect(),
  };
}
