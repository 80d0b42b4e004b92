import type { FormState, PersonAction } from '../../fixtures/libs/types';
import type { TestPage } from '../harness';

// Drives a fixture page the way a person does: real mouse clicks and key presses (playwright in Chromium, puppeteer
// over WebDriver BiDi in Firefox), options and calendar cells found by their visible text.

interface RawInput {
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void> };
}
interface RawSelect {
  selectOption?(selector: string, value: string): Promise<unknown>;
  select?(selector: string, value: string): Promise<unknown>;
}

/**
 * In page: where a person would click — the element matching `selector`, or the last visible element whose own text is
 * exactly `text` — or null while there is none, or while it had to be scrolled into view (positions then settle).
 * The point must reach the element itself, a part of it, a sibling overlay of its wrapper or its <label>.
 */
export function clickPoint(selector: string | null, text: string | null): { x: number; y: number } | null {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  let candidates: Element[];
  if (selector) candidates = Array.from(document.querySelectorAll(selector)).slice(0, 1);
  else {
    const all = Array.from(document.querySelectorAll('body *')).filter((e) => norm(e.textContent) === text);
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
    const hit = document.elementFromPoint(x, y);
    if (!hit) continue;
    const label = hit.closest('label') as HTMLLabelElement | null;
    if (el.contains(hit) || hit.contains(el) || el.parentElement?.contains(hit) || label?.control === el) {
      return { x, y };
    }
  }
  return null;
}

/** In page: does some rendered element's own text read exactly `text`? */
export function textShown(text: string): boolean {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  return Array.from(document.querySelectorAll('body *')).some(
    (e) => norm(e.textContent) === text && e.getClientRects().length > 0 && !e.querySelector('*'),
  );
}

/** Clicks like a person: once the target shows and has stopped moving (lists animate open and re-filter). */
async function clickWhenSteady(page: TestPage, selector: string | null, text: string | null): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last: { x: number; y: number } | null = null;
  let steady = 0;
  while (Date.now() < deadline) {
    const at = await page.evaluate(clickPoint, selector, text);
    steady = at && last && Math.abs(at.x - last.x) < 1 && Math.abs(at.y - last.y) < 1 ? steady + 1 : 0;
    if (at && steady >= 2) {
      await (page.raw as RawInput).mouse.click(at.x, at.y);
      return;
    }
    last = at;
    await new Promise((r) => setTimeout(r, 60));
  }
  throw new Error(`${selector ?? `«${text}»`} is not there to click on ${page.url()}`);
}

async function selectNative(page: TestPage, selector: string, value: string): Promise<void> {
  const raw = page.raw as RawSelect;
  // playwright's selectOption and puppeteer's select both choose the option as the browser's own picker would.
  if (raw.selectOption) await raw.selectOption(selector, value);
  else await raw.select!(selector, value);
}

export async function actAsPerson(page: TestPage, actions: PersonAction[]): Promise<void> {
  for (const action of actions) {
    if ('click' in action) await clickWhenSteady(page, action.click, null);
    else if ('clickText' in action) await clickWhenSteady(page, null, action.clickText);
    else if ('clickUntil' in action) {
      for (let i = 0; i < 12 && !(await page.evaluate(textShown, action.shows)); i++) {
        await clickWhenSteady(page, action.clickUntil, null);
      }
    } else if ('type' in action) await (page.raw as RawInput).keyboard.type(action.type);
    else if ('press' in action) await page.press(action.press);
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
