// Panel-frame functions for `waitForPanelFunction`: the count of fields the prefill button shows, as the clerk reads
// it («найдено полей: N»). Each runs in the panel's frame on its own (it is passed as source), so it uses nothing
// from this module.

/** The number the prefill button shows (null before it shows one). */
export function shownCount(): number | null {
  const m = /найдено полей: (\d+)/.exec(document.querySelector('[data-action="prefill"]')?.textContent ?? '');
  return m ? Number(m[1]) : null;
}

/** The number the prefill button shows, once it is above `before`. */
export function countAbove(before: number): number | null {
  const m = /найдено полей: (\d+)/.exec(document.querySelector('[data-action="prefill"]')?.textContent ?? '');
  return m && Number(m[1]) > before ? Number(m[1]) : null;
}

/** True once the prefill button shows exactly `expected`. */
export function countIs(expected: number): boolean {
  const m = /найдено полей: (\d+)/.exec(document.querySelector('[data-action="prefill"]')?.textContent ?? '');
  return m !== null && Number(m[1]) === expected;
}
