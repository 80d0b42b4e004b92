import { findIssueControl, safeMatches } from './heuristics';

// The soft gate: holds the first activation of the page's own issue control until the clerk records an outcome,
// then carries the held action out. Capture-phase listeners on `window` run before the page's own handlers
// (inline onclick, addEventListener, React/Vue root listeners), so stopping the event there keeps them silent.

type HeldAction =
  | { kind: 'click'; element: HTMLElement }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

export type GateState = 'armed' | 'holding' | 'open';

export interface GateOptions {
  /** The window whose events are watched (the page's top window, an iframe's, or happy-dom's). */
  win: Window;
  /** Site setting: CSS selector of the issue control; overrides the text heuristic. */
  issueSelector?: string;
  /** Tag of our own panel host: events from inside the panel are never held. */
  ownHostTag?: string;
  /**
   * False once the extension is gone (reloaded, disabled, updated): the gate then lets everything through for good,
   * so an orphaned content script never blocks the clerk's system.
   */
  alive?: () => boolean;
  /** Called each time an activation is held (the panel expands and explains). */
  onHold: (control: Element) => void;
}

export interface Gate {
  readonly state: GateState;
  /** Opens the gate for the rest of the visit and replays the held action, if any, without a second click. */
  release(): void;
  /** Opens the gate for the rest of the visit and drops the held action: the citizen chose Карта жителя, so the
   *  plastic card is not issued on their behalf (memo step 4 is for refusals only); a new click goes through. */
  open(): void;
  /** A new visitor: hold the next issue activation again. */
  rearm(): void;
  dispose(): void;
}

/** Elements whose Enter/Space already produce a click event. */
const NATIVE_ACTIVATION = new Set(['button', 'a', 'input']);

function isFromOwnPanel(path: readonly EventTarget[], ownHostTag: string): boolean {
  return path.some((node) => (node as Element)?.localName === ownHostTag);
}

function replay(action: HeldAction): void {
  if (action.kind === 'click') {
    if (action.element.isConnected) action.element.click();
    return;
  }
  const { form, submitter } = action;
  if (!form.isConnected) return;
  try {
    form.requestSubmit(submitter?.isConnected ? submitter : undefined);
  } catch {
    // The submitter stopped being this form's submit button; submit without it rather than lose the action.
    form.requestSubmit();
  }
}

export function createGate(options: GateOptions): Gate {
  const { win, issueSelector, onHold } = options;
  const ownHostTag = options.ownHostTag ?? 'karta-nso-panel';
  let state: GateState = 'armed';
  let held: HeldAction | null = null;

  const alive = options.alive ?? (() => true);

  const hold = (event: Event, action: HeldAction, control: Element) => {
    if (!alive()) {
      state = 'open';
      held = null;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    held = action;
    state = 'holding';
    onHold(control);
  };

  const onClick = (event: Event) => {
    if (state === 'open') return;
    const path = event.composedPath();
    if (isFromOwnPanel(path, ownHostTag)) return;
    const control = findIssueControl(path, issueSelector);
    if (control) hold(event, { kind: 'click', element: control as HTMLElement }, control);
  };

  const onSubmit = (event: Event) => {
    if (state === 'open') return;
    const form = event.target as HTMLFormElement | null;
    if (form?.localName !== 'form') return;
    const submitter = (event as SubmitEvent).submitter ?? null;
    // A submit that no issue control started (a search form, Enter in a filter box) is not ours to hold.
    const formIsTheControl = issueSelector ? safeMatches(form, issueSelector) === true : false;
    const control = formIsTheControl
      ? (submitter ?? form)
      : submitter && findIssueControl([submitter], issueSelector);
    if (control) hold(event, { kind: 'submit', form, submitter }, control);
  };

  // Enter/Space on a native button or link becomes a click by itself; a `[role=button]` element acts on its own
  // keydown handler, so that key press is held too and later replayed as a click.
  const onKeyDown = (event: Event) => {
    const { key } = event as KeyboardEvent;
    if (state === 'open' || (key !== 'Enter' && key !== ' ')) return;
    const path = event.composedPath();
    if (isFromOwnPanel(path, ownHostTag)) return;
    const control = findIssueControl(path, issueSelector);
    // A link without href is not activated by Enter: its keydown handler is the page's own, so hold it too.
    const native =
      NATIVE_ACTIVATION.has(control?.localName ?? '') &&
      (control?.localName !== 'a' || control.hasAttribute('href'));
    if (control && !native) {
      hold(event, { kind: 'click', element: control as HTMLElement }, control);
    }
  };

  win.addEventListener('click', onClick, true);
  win.addEventListener('submit', onSubmit, true);
  win.addEventListener('keydown', onKeyDown, true);

  return {
    get state() {
      return state;
    },
    release() {
      if (state === 'open') return;
      const action = held;
      held = null;
      state = 'open';
      if (action) replay(action);
    },
    open() {
      held = null;
      state = 'open';
    },
    rearm() {
      held = null;
      state = 'armed';
    },
    dispose() {
      held = null;
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('submit', onSubmit, true);
      win.removeEventListener('keydown', onKeyDown, true);
    },
  };
}
