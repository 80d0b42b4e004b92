// Runs `then` once the page's load event no longer waits for what it adds (a frame inserted before `load` delays
// it until the frame has loaded too): right away on a loaded page, in the task after the load event (not inside it:
// the agent's listener, added at document_start, would run before the page's own load handlers and keep them
// waiting ~5 ms on the heavy МАИС page), or `afterDomReadyMs` after DOMContentLoaded if the page is still loading by
// then (slow images or scripts that would keep the clerk waiting), whichever comes first. Nothing runs once `signal`
// is aborted.

export function afterPageLoad(
  win: Window,
  afterDomReadyMs: number,
  signal: AbortSignal,
  then: () => void,
): void {
  const doc = win.document;
  let done = false;
  // Whichever comes second, or any after the end, finds nothing to do: no timer needs clearing.
  const run = () => {
    if (done || signal.aborted) return;
    done = true;
    then();
  };
  if (doc.readyState === 'complete') {
    run();
    return;
  }
  win.addEventListener('load', () => win.setTimeout(run), { once: true, signal });
  const domReady = () => win.setTimeout(run, afterDomReadyMs);
  if (doc.readyState === 'interactive') domReady();
  else doc.addEventListener('DOMContentLoaded', domReady, { once: true, signal });
}
