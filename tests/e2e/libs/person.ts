import type { ExpectedField, FormState, PersonAction } from '../../fixtures/libs/types';
import type { TestPage } from '../harness';

// Drives a fixture page the way a person does: real mouse clicks and key presses (playwright in Chromium, puppeteer
// over WebDriver BiDi in Firefox), options and calendar cells found by their visible text.

interface RawInput {
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: {
    type(text: string, options?: { delay?: number }): Promise<void>;
    /** playwright: the text in one `input` event (beforeinput/input of `insertText`), as a paste gives it. */
    insertText?(text: string): Promise<void>;
  };
}
interface RawSelect {
  selectOption?(selector: string, value: string): Promise<unknown>;
  select?(selector: string, value: string): Promise<unknown>;
}

/** In page: does some rendered element's own text read exactly `text`? */
export function textShown(text: string): boolean {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  return Array.from(document.querySelectorAll('body *')).some(
    (e) => norm(e.textContent) === text && e.getClientRects().length > 0 && !e.querySelector('*'),
  );
}

/**
 * In page: where a person would click — the element matching `selector`, or the last visible element whose own text is
 * exactly `text` (in open shadow roots too) — once that point has held still over two short waits (lists animate open and re-filter); null while
 * there is none, while it moves, or while it had to be scrolled into view (positions then settle). The point must
 * reach the element itself, a part of it, a sibling overlay of its wrapper or its <label>. One round trip per look.
 */
export async function steadyClickPoint(
  selector: string | null,
  text: string | null,
): Promise<{ x: number; y: number } | null> {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  /** Every element of the page, in open shadow roots too (a list a web component renders in its own). */
  const everyElement = (): Element[] => {
    const out: Element[] = [];
    const visit = (root: Element | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document.body);
    return out;
  };
  const pointNow = (): { x: number; y: number } | null => {
    let candidates: Element[];
    if (selector) candidates = Array.from(document.querySelectorAll(selector)).slice(0, 1);
    else {
      const all = everyElement().filter((e) => norm(e.textContent) === text);
      candidates = all.filter((e) => !all.some((o) => o !== e && e.contains(o))).reverse();
    }
    for (const el of candidates) {
      const box = el.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      if (box.top < 0 || box.bottom > innerHeight) {
        el.scrollIntoView({ block: 'center' });
        return null;
      }
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // Hit-tested in the element's own tree: in a shadow root, the document would answer with its host.
      const hit = (el.getRootNode() as Document | ShadowRoot).elementFromPoint(x, y);
      if (!hit) continue;
      const label = hit.closest('label') as HTMLLabelElement | null;
      // A sibling overlay has no text of its own; a sibling with other text is another item (the option beside the
      // one aimed at, in a list still moving under the pointer).
      const overlay =
        el.parentElement?.contains(hit) && [norm(el.textContent), ''].includes(norm(hit.textContent));
      if (el.contains(hit) || hit.contains(el) || overlay || label?.control === el) {
        return { x, y };
      }
    }
    return null;
  };
  const first = pointNow();
  if (!first) return null;
  for (let i = 0; i < 2; i++) {
    await new Promise((r) => setTimeout(r, 30));
    const now = pointNow();
    if (!now || Math.abs(now.x - first.x) >= 1 || Math.abs(now.y - first.y) >= 1) return null;
  }
  return first;
}

/** Clicks like a person: once the target shows and has stopped moving. */
async function clickWhenSteady(page: TestPage, selector: string | null, text: string | null): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const at = await page.evaluate(steadyClickPoint, selector, text);
    if (at) {
      await (page.raw as RawInput).mouse.click(at.x, at.y);
      return;
    }
    await new Promise((r) => setTimeout(r, 30)); // pacing between looks while there is nothing to click yet
  }
  const seen = await page.evaluate(whatIsThere, selector, text);
  throw new Error(`${selector ?? `«${text}»`} is not there to click on ${page.url()}: ${seen}`);
}

/** In page, for the failure message: each element that matches and what covers its centre. */
export function whatIsThere(selector: string | null, text: string | null): string {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const name = (e: Element | null) =>
    e ? `${e.localName}${e.id ? `#${e.id}` : ''}.${[...e.classList].slice(0, 2).join('.')}` : 'nothing';
  const all = selector
    ? Array.from(document.querySelectorAll(selector))
    : Array.from(document.querySelectorAll('body *')).filter((e) => norm(e.textContent) === text);
  const found = all.slice(-4).map((e) => {
    const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return `${name(e)} at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} under ${name(hit)}`;
  });
  const popups = Array.from(document.querySelectorAll('[role="dialog"], .cdk-overlay-pane'))
    .map((e) => `${name(e)} «${norm(e.textContent).slice(0, 60)}»`)
    .join('; ');
  return `${all.length} found (viewport ${innerWidth}×${innerHeight}, scrolled ${scrollY}): ${found.join('; ') || '—'}; open: ${popups || 'none'}`;
}

async function selectNative(page: TestPage, selector: string, value: string): Promise<void> {
  const raw = page.raw as RawSelect;
  // playwright's selectOption and puppeteer's select both choose the option as the browser's own picker would.
  if (raw.selectOption) await raw.selectOption(selector, value);
  else await raw.select!(selector, value);
}

/** In page: remembers the focused element before a click (a property of the page's window, not of its DOM). */
function noteFocus(): void {
  (window as unknown as { __personFocus?: Element | null }).__personFocus = document.activeElement;
}

/**
 * In page: resolves once the focus has left the element focused before the click and stayed put for a moment; or once
 * a field focused before the click has kept it for 300 ms (a click on the field that already had the focus, as after
 * a Tab into it: a widget that moves the focus to its search box does so within a task or two); else after 3 s.
 */
async function focusSettledInPage(): Promise<void> {
  const before = (window as unknown as { __personFocus?: Element | null }).__personFocus;
  const deadline = Date.now() + 3_000;
  const kept = before && before !== document.body ? Date.now() + 300 : deadline;
  let last: Element | null = null;
  while (Date.now() < deadline) {
    const now = document.activeElement;
    if (now && now !== before && now === last) return;
    if (now === before && Date.now() > kept) return;
    last = now && now !== before ? now : null;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * A person types once the caret is where they clicked: a widget may move the focus to its search box a moment after
 * the click (select2 does it in a later task).
 */
async function focusSettled(page: TestPage): Promise<void> {
  await page.evaluate(focusSettledInPage);
}

/**
 * Whether `text` shows now or once the view has settled: a paged view (a calendar's years) may update its label
 * before its cells, and paging on too early overshoots. Settled is the page's text unchanged over three looks ~60 ms
 * apart; 1.5 s at most.
 */
async function shownSoon(page: TestPage, text: string): Promise<boolean> {
  const deadline = Date.now() + 1_500;
  let last: string | null = null;
  let same = 0;
  do {
    if (await page.evaluate(textShown, text)) return true;
    const now = await page.evaluate(() => document.body.textContent ?? '');
    same = now === last ? same + 1 : 0;
    if (same >= 3) return false;
    last = now;
    await new Promise((r) => setTimeout(r, 60));
  } while (Date.now() < deadline);
  return false;
}

export async function actAsPerson(page: TestPage, actions: PersonAction[]): Promise<void> {
  let clicked = false;
  for (const action of actions) {
    if (('type' in action || 'paste' in action) && clicked) await focusSettled(page);
    clicked = 'click' in action || 'clickText' in action || 'clickAside' in action;
    if (clicked) await page.evaluate(noteFocus);
    if ('click' in action) await clickWhenSteady(page, action.click, null);
    else if ('clickAside' in action) await clickWhenSteady(page, action.clickAside, null);
    else if ('clickText' in action) await clickWhenSteady(page, null, action.clickText);
    else if ('clickUntil' in action) {
      // The button belongs to the view being paged (a calendar's years): once it is there, that view is rendered.
      await page.waitFor(action.clickUntil, { timeout: 10_000 });
      for (let i = 0; i < 12 && !(await shownSoon(page, action.shows)); i++) {
        const before = await page.evaluate(() => document.body.textContent);
        await clickWhenSteady(page, action.clickUntil, null);
        // The framework renders the next page of the view in its own time: look again only once it has.
        await page.waitForFunction((text: string) => document.body.textContent !== text, {
          timeout: 5_000,
          args: [before],
        });
      }
    } else if ('type' in action)
      await (page.raw as RawInput).keyboard.type(action.type, action.delay ? { delay: action.delay } : {});
    else if ('paste' in action) {
      // Firefox's driver (WebDriver BiDi) inserts no text: there the person types it.
      const keyboard = (page.raw as RawInput).keyboard;
      await (keyboard.insertText ? keyboard.insertText(action.paste) : keyboard.type(action.paste));
    } else if ('press' in action) await page.press(action.press);
    else await selectNative(page, action.select, action.value);
  }
}

/** Waits until the page's framework has rendered the form and `__formState` answers; returns that first state. */
export async function readyState(page: TestPage, ready: string): Promise<FormState> {
  await page.waitFor(ready, { timeout: 20_000 });
  await page.waitForFunction(() => typeof (window as { __formState?: unknown }).__formState === 'function', {
    timeout: 20_000,
  });
  return formState(page);
}

export const formState = (page: TestPage): Promise<FormState> =>
  page.evaluate(() => (window as unknown as { __formState(): FormState }).__formState());

/** The field's model and shown text as one comparable string. */
const fieldNow = async (page: TestPage, field: string) => {
  const state = await formState(page);
  return JSON.stringify([state.model[field], state.visible[field]]);
};

/**
 * Fills one field as a person does. A choice that ends in a click (an option, a calendar cell) mostly shows at once;
 * when neither the field's model nor what it shows has changed 2 s after that last click and the option is still
 * there to click (the list stayed open), the click was lost — it landed on a list still re-filtering under the
 * pointer, on a loaded machine — and the person, seeing nothing happen, clicks the option again, once. A list that
 * closed took the click (some widgets commit the choice when the focus leaves), and a click that changed something
 * is never repeated: a second click on a calendar's chosen day may clear it. Returns whether the click was made again.
 */
export async function fillAsPerson(page: TestPage, field: ExpectedField): Promise<boolean> {
  const last = field.person.at(-1);
  if (!last || !('clickText' in last || 'click' in last)) {
    await actAsPerson(page, field.person);
    return false;
  }
  await actAsPerson(page, field.person.slice(0, -1));
  const before = await fieldNow(page, field.field);
  await actAsPerson(page, [last]);
  const deadline = Date.now() + 2_000;
  while (Date.now() < deadline) {
    if ((await fieldNow(page, field.field)) !== before) return false;
    await new Promise((r) => setTimeout(r, 100)); // pacing between looks at the page's own state
  }
  const [selector, text] = 'click' in last ? [last.click, null] : [null, last.clickText];
  const at = await page.evaluate(steadyClickPoint, selector, text);
  if (!at) return false;
  await (page.raw as RawInput).mouse.click(at.x, at.y);
  return true;
}
