// Functions the bench runs inside the page or the panel's frame (serialised: no imports, no closures). Times that
// cross frames are absolute (performance.timeOrigin + now): the page and the panel live in different processes.

/** Page: absolute DOMContentLoaded start and load-event start, ms since the epoch. */
export function pageTimes(): { dcl: number; load: number } {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    dcl: performance.timeOrigin + nav.domContentLoadedEventStart,
    load: performance.timeOrigin + nav.loadEventStart,
  };
}

/** Panel frame: absolute time of its first contentful paint (the panel has nothing to paint before it renders). */
export function panelPaintedAt(): number | null {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return paint ? performance.timeOrigin + paint.startTime : null;
}

/** Panel frame: the fields the prefill button counts on the page (its `data-field-count`), null before it renders. */
export function shownFieldCount(): number | null {
  const count = document.querySelector('[data-action="prefill"]')?.getAttribute('data-field-count');
  return count ? Number(count) : null;
}

/** Panel frame: from now on, note the absolute time the prefill button first shows a count above zero. */
export function noteCountAppears(): void {
  const w = window as unknown as { __countAt?: number };
  w.__countAt = undefined;
  const check = () => {
    const count = Number(document.querySelector('[data-action="prefill"]')?.getAttribute('data-field-count'));
    if (w.__countAt === undefined && count > 0) {
      w.__countAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Panel frame: clicks `selector` and resolves with the ms until `doneSelector` is rendered (null on timeout). */
export function clickAndTime(args: {
  selector: string;
  doneSelector: string;
  timeout: number;
}): Promise<number | null> {
  return new Promise((resolve) => {
    const button = document.querySelector(args.selector) as HTMLButtonElement | null;
    if (!button || button.disabled) return resolve(null);
    const start = performance.now();
    const done = () => {
      if (!document.querySelector(args.doneSelector)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, args.timeout);
    button.click();
  });
}

/** Panel frame: the fields the rendered report says were filled. */
export function reportedFilled(): number {
  return document.querySelectorAll('[data-fill-report] [data-status="filled"]').length;
}

/** Page: records the longest gap between animation frames until stopFrameGaps() (frames the page could paint). */
export function startFrameGaps(): void {
  const w = window as unknown as { __gaps?: { max: number; last: number; on: boolean } };
  const gaps = { max: 0, last: performance.now(), on: true };
  w.__gaps = gaps;
  const loop = () => {
    if (!gaps.on) return;
    const now = performance.now();
    gaps.max = Math.max(gaps.max, now - gaps.last);
    gaps.last = now;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

export function stopFrameGaps(): number {
  const gaps = (window as unknown as { __gaps?: { max: number; last: number; on: boolean } }).__gaps;
  if (!gaps) return Number.NaN;
  gaps.on = false;
  return Math.max(gaps.max, performance.now() - gaps.last);
}

/** Page: the values of controls by id (what a prefill wrote, for the raw loop to write again). */
export function valuesOf(ids: string[]): Array<[string, string]> {
  return ids.map((id) => [id, (document.getElementById(id) as HTMLInputElement | null)?.value ?? '']);
}

/** Page: writes values the way a careful script does (focus, native setter, input, change, blur); returns ms. */
export function rawLoop(entries: Array<[string, string]>): number {
  const start = performance.now();
  for (const [id, value] of entries) {
    const el = document.querySelector(`#${id}`) as HTMLInputElement;
    const proto = Object.getPrototypeOf(el);
    el.focus();
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    el.blur();
  }
  return performance.now() - start;
}

/** Page: shows the late form and resolves with the ms until the page has painted it (its own cost, no extension). */
export function showFormAndPaint(): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    (window as unknown as { __showForm(): number }).__showForm();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  });
}
