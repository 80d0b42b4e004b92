import type { PickAnswer, PickCommand, TestSelectorAnswer, TestSelectorCommand } from '../messaging/engine';
import type { PageMarks } from '../page-marks/overlay';
import { controlsInTreeOrder, framesOf } from '../prefill/roots';
import { buildRobustSelector } from '../prefill/selector';
import { isVisible } from '../prefill/visible';
import { createPickOverlay, type PickOverlay } from './pick-overlay';
import {
  controlAt,
  elementAtPoint,
  isNativeField,
  nativeFieldsIn,
  rectInTop,
  selectorTargets,
} from './pick-target';

// The field picker's engine commands. `pick` covers the page with the picker's layer until the administrator
// clicks a field (or presses Enter on the one chosen with Tab), presses Esc, or lets the time limit pass; it answers
// a robust selector and how many elements it matches in all same-origin frames, which is where a prefill looks it
// up. `testSelector` marks what a selector matches for a few seconds (the engine's page marks, in a closed shadow
// root: the page's own elements are not touched) and answers the count.

/** Under the five minutes a browser gives one background request. */
export const PICK_TIME_LIMIT_MS = 2 * 60_000;
export const TEST_HIGHLIGHT_MS = 4000;

/** Events of the pointer the page must not see while the layer is up. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'contextmenu'];

function matcher(doc: Document): (selector: string) => Element[] {
  return (selector) => {
    const { frames } = framesOf(doc, doc.defaultView as Window);
    try {
      return frames.flatMap(({ doc: d }) => Array.from(d.querySelectorAll(selector)));
    } catch {
      return []; // a selector this browser cannot parse matches nothing, as in a prefill
    }
  };
}

/** Fields in page order, for choosing with Tab: native fields and value widgets with none inside. */
function fieldsInOrder(doc: Document): Element[] {
  const { frames } = framesOf(doc, doc.defaultView as Window);
  return frames.flatMap(({ doc: d }) => {
    const natives = controlsInTreeOrder(d).filter((el) => isNativeField(el));
    const widgets = Array.from(d.querySelectorAll('[role], [contenteditable="true"]')).filter(
      (el) => controlAt(el) === el && nativeFieldsIn(el).length === 0,
    );
    const all = [...natives, ...widgets].filter((el) => isVisible(el));
    return all.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  });
}

function bannerFor(title: string): string {
  return `Выбор поля «${title}»: щёлкните это поле на странице. Tab — следующее поле, Enter — выбрать, Esc — отмена.`;
}

export function pickerCommands(doc: Document, marks: PageMarks) {
  const matchAll = matcher(doc);
  let cancelActive = () => {};
  let stopTest = () => {};

  function describe(control: Element): string {
    return buildRobustSelector(selectorTargets(control), matchAll);
  }

  function pick({ title }: PickCommand): Promise<PickAnswer> {
    cancelActive();
    const win = doc.defaultView as Window;
    const stop = new AbortController();
    const { signal } = stop;
    const focused = doc.activeElement as HTMLElement | null;
    const overlay: PickOverlay = createPickOverlay(doc, bannerFor(title));
    const { host } = overlay;
    let current: Element | null = null;

    return new Promise<PickAnswer>((resolve) => {
      const finish = (answer: PickAnswer) => {
        resolve(answer);
        stop.abort();
      };
      cancelActive = () => finish({ status: 'cancelled' });
      const timer = win.setTimeout(cancelActive, PICK_TIME_LIMIT_MS);
      signal.addEventListener('abort', () => {
        win.clearTimeout(timer);
        overlay.remove();
        if (focused?.isConnected) focused.focus({ preventScroll: true }); // the layer took the focus
      });

      const show = (control: Element | null) => {
        current = control;
        overlay.mark(control && rectInTop(control), control ? describe(control) : '');
      };
      const hover = (x: number, y: number) => {
        const hit = elementAtPoint(doc, x, y, host);
        const control = hit && controlAt(hit);
        if (control !== current) show(control);
      };
      const choose = () => {
        if (!current) return;
        const selector = describe(current);
        finish({ status: 'picked', selector, matchCount: matchAll(selector).length });
      };
      const step = (back: boolean) => {
        const fields = fieldsInOrder(doc);
        if (!fields.length) return;
        const at = current ? fields.indexOf(current) : -1;
        const next = fields[(at + (back ? -1 : 1) + fields.length) % fields.length];
        next.scrollIntoView?.({ block: 'center' });
        show(next);
      };
      const swallow = (event: Event) => {
        event.preventDefault();
        event.stopPropagation();
      };

      host.addEventListener('pointermove', (e) => hover(e.clientX, e.clientY), { signal });
      host.addEventListener(
        'click',
        (e) => {
          swallow(e);
          hover(e.clientX, e.clientY);
          choose();
        },
        { signal },
      );
      for (const type of SWALLOWED) host.addEventListener(type, swallow, { signal });
      win.addEventListener(
        'keydown',
        (e) => {
          if (e.key !== 'Escape' && e.key !== 'Enter' && e.key !== 'Tab') return;
          swallow(e);
          e.stopImmediatePropagation();
          if (e.key === 'Escape') cancelActive();
          else if (e.key === 'Enter') choose();
          else step(e.shiftKey);
        },
        { capture: true, signal },
      );
      const follow = () => current && show(current);
      win.addEventListener('scroll', follow, { capture: true, passive: true, signal });
      win.addEventListener('resize', follow, { signal });
      win.addEventListener('pagehide', cancelActive, { signal });
    });
  }

  function testSelector({ selector }: TestSelectorCommand): TestSelectorAnswer {
    stopTest();
    const found = matchAll(selector);
    const win = doc.defaultView as Window;
    const waiting = new AbortController();
    let timer = 0;
    const show = () => {
      if (doc.visibilityState === 'hidden') return;
      waiting.abort();
      const text = (i: number) => (found.length > 1 ? `найдено: ${i + 1} из ${found.length}` : undefined);
      marks.show(
        found.map((el, i) => ({ element: el as HTMLElement, kind: 'found' as const, text: text(i) })),
      );
      timer = win.setTimeout(() => marks.clear('found'), TEST_HIGHLIGHT_MS);
    };
    stopTest = () => {
      waiting.abort();
      win.clearTimeout(timer);
      marks.clear('found');
    };
    // Counted from when the administrator can see the page: it is often a tab in the background.
    doc.addEventListener('visibilitychange', show, { signal: waiting.signal });
    show();
    return { matchCount: found.length };
  }

  return { pick, testSelector };
}
