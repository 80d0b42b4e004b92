import type { TestPage } from './types';

// «Nothing happened» is proven against something that must happen, in the same page and after the act under test:
// a real click on a plain button the harness adds to the page. The page handles events in order, so once its own
// listener has seen this click, every event dispatched before it (a held click, a key, a submission) has been
// handled too — any effect it had is visible by then, with no sleep.

const CONTROL_ID = 'karta-e2e-control';

/** Adds the control button once; returns how many clicks its listener has seen so far. */
function addControl(id: string): number {
  const w = window as unknown as { kartaE2eControl?: number };
  if (!document.getElementById(id)) {
    const button = document.createElement('button');
    button.id = id;
    button.type = 'button';
    button.textContent = 'Контроль теста';
    button.style.cssText = 'position:fixed;left:0;bottom:0;z-index:2147483647;margin:0';
    w.kartaE2eControl = 0;
    button.addEventListener('click', () => {
      w.kartaE2eControl = (w.kartaE2eControl ?? 0) + 1;
    });
    (document.body ?? document.documentElement).append(button);
  }
  return w.kartaE2eControl ?? 0;
}

/** Clicks the page's control button with real mouse events and waits until the page has handled that click. */
export async function positiveControl(page: TestPage): Promise<void> {
  const seen = await page.evaluate(addControl, CONTROL_ID);
  await page.click(`#${CONTROL_ID}`);
  await page.waitForFunction(
    (before: number) => ((window as unknown as { kartaE2eControl?: number }).kartaE2eControl ?? 0) > before,
    { args: [seen], timeout: 5_000 },
  );
}
