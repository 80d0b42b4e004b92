// Outlines the fields a fill wrote for a few seconds, through inline style only, and puts the page's own inline
// outline back afterwards.

const OUTLINE = '3px solid #2e7d32';

export interface HighlightOptions {
  durationMs?: number;
  /** Timer source (the page's window), so tests can use fake timers. */
  win?: Pick<Window, 'setTimeout' | 'clearTimeout'>;
}

/** Returns a function that removes the highlight at once (also called by the timer). */
export function highlightFields(elements: HTMLElement[], opts: HighlightOptions = {}): () => void {
  const saved = elements.map((el) => ({
    el,
    hadStyle: el.hasAttribute('style'),
    outline: el.style.getPropertyValue('outline'),
    priority: el.style.getPropertyPriority('outline'),
    offset: el.style.getPropertyValue('outline-offset'),
  }));
  for (const { el } of saved) {
    el.style.setProperty('outline', OUTLINE, 'important');
    el.style.setProperty('outline-offset', '1px');
  }
  let done = false;
  const restore = () => {
    if (done) return;
    done = true;
    timers.clearTimeout(timer);
    for (const { el, hadStyle, outline, priority, offset } of saved) {
      if (outline) el.style.setProperty('outline', outline, priority);
      else el.style.removeProperty('outline');
      if (offset) el.style.setProperty('outline-offset', offset);
      else el.style.removeProperty('outline-offset');
      if (!hadStyle && el.getAttribute('style') === '') el.removeAttribute('style');
    }
  };
  const timers = opts.win ?? globalThis;
  const timer = timers.setTimeout(restore, opts.durationMs ?? 4000);
  return restore;
}
