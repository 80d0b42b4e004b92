import { watchFrames } from './frames';
import { findIssueControl, isTextEntry, submitControl } from './heuristics';
import { eventInit, type HeldAction, heldKind, replay } from './replay';
import { deepPath, type ShadowRootOf } from './shadow-roots';

// The soft gate: holds the page's own issue control until the clerk records the outcome of the conversation.
// Created before any page script runs, its capture-phase listeners on each watched window come first, so stopping an
// event there silences every page handler of it (window capture ones included). It holds every event of the control's
// activation — pointer, mouse, touch, click, keys, submit — whoever made it (clerk or page script); only its own
// replay passes.

export type GateState = 'armed' | 'holding' | 'open';

export interface GateOptions {
  /** The page's window; its same-origin frames are watched too. */
  win: Window;
  /** Aborting it removes every listener and observer. */
  signal: AbortSignal;
  /** Opens closed shadow roots too (`openOrClosedShadowRoot` from shadow-roots.ts); without it open roots only. */
  shadowRootOf?: ShadowRootOf;
  /** False once the extension is gone (reloaded, updated): the gate then lets everything through for good. */
  alive?: () => boolean;
  /** The extension's own UI in the page (its shadow root): events inside it are never held. */
  ownUi?: Node;
  /** Called once per held activation (the panel expands and explains); not before the first `configure`. */
  onHold: (control: Element) => void;
}

export interface GateSettings {
  enabled: boolean;
  /** The site's CSS selector of its issue control; a valid one replaces the label heuristic, an invalid one is ignored. */
  issueSelector?: string;
}

export interface Gate {
  readonly state: GateState;
  /**
   * The site's settings, when they arrive (again on every change). Until then the gate holds what the heuristic
   * names, silently. An activation held meanwhile is carried out at once if the gate is off or the site's selector
   * does not name its control; otherwise it stays held and `onHold` is called.
   */
  configure(settings: GateSettings): void;
  /** Opens the gate for the rest of the visit and carries out the held action, if any, exactly once. */
  release(): void;
  /** Opens the gate for the rest of the visit and drops the held action (the citizen chose Карта жителя). */
  open(): void;
  /** A new visitor: hold the next issue activation again. */
  rearm(): void;
}

const TYPES =
  'pointerdown mousedown touchstart pointerup mouseup touchend click dblclick keydown keypress keyup submit';
/** Events that begin an activation, and those that end it: one `onHold` per activation. */
const STARTS = /^(pointerdown|keydown)$/;
const ENDS = /^(click|dblclick|keyup|submit)$/;

/** The submit button of a submission, or null (also when an engine names the form itself). */
const submitterOf = (event: Event) => {
  const submitter = (event as SubmitEvent).submitter as HTMLElement | null | undefined;
  return submitter && submitter !== event.target ? submitter : null;
};

export function createGate(options: GateOptions): Gate {
  const { win, shadowRootOf, onHold, ownUi } = options;
  const alive = options.alive ?? (() => true);
  const life = new AbortController();
  const signal = life.signal;
  if (options.signal.aborted) life.abort();
  options.signal.addEventListener('abort', () => life.abort(), { once: true });

  let state: GateState = 'armed';
  let held: HeldAction | null = null;
  let settings: GateSettings | null = null;
  let inActivation = false;
  let replaying = false;
  const roots = new WeakSet<ShadowRoot>();

  const controlOf = (event: Event, path: EventTarget[]): Element | null => {
    if (event.type === 'submit') {
      const form = event.target as HTMLFormElement;
      return form.localName === 'form'
        ? submitControl(form, submitterOf(event), settings?.issueSelector)
        : null;
    }
    if (event.type.startsWith('key')) {
      const { key } = event as KeyboardEvent;
      if ((key !== 'Enter' && key !== ' ') || isTextEntry(path[0])) return null;
    }
    return findIssueControl(path, settings?.issueSelector);
  };

  const hold = (event: Event) => {
    if (replaying || state === 'open' || settings?.enabled === false || signal.aborted) return;
    if (!alive()) {
      state = 'open';
      held = null;
      life.abort();
      return;
    }
    const path = deepPath(event, shadowRootOf, watchRoot);
    if (ownUi && path.includes(ownUi)) return;
    const control = controlOf(event, path);
    if (!control) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const { type } = event;
    const kind = heldKind(type);
    held ??= {
      kind,
      control,
      target: path[0] as Element,
      path,
      init: eventInit(event),
      form: kind === 'submit' ? (event.target as HTMLFormElement) : undefined,
      submitter: submitterOf(event),
    };
    state = 'holding';
    const starts = STARTS.test(type) && !(event as KeyboardEvent).repeat;
    if (settings && (!inActivation || starts)) onHold(control);
    inActivation = !ENDS.test(type);
  };

  const listen = (target: EventTarget) => {
    // Same function, same capture flag: attaching twice to one target is a no-op.
    for (const type of TYPES.split(' '))
      target.addEventListener(type, hold, { capture: true, passive: false, signal });
  };
  // Events that never leave a shadow root (submit, scripted non-composed ones) are caught on the root itself.
  function watchRoot(root: ShadowRoot): void {
    if (roots.has(root)) return;
    roots.add(root);
    listen(root);
  }

  const carryOut = (action: HeldAction) => {
    replaying = true;
    try {
      replay(action);
    } finally {
      replaying = false;
    }
  };

  watchFrames(win, signal, listen);

  return {
    get state() {
      return state;
    },
    configure(next) {
      settings = next;
      const action = held;
      if (!action || signal.aborted) return;
      const { form, submitter, path } = action;
      const control = !next.enabled
        ? null
        : form
          ? submitControl(form, submitter ?? null, next.issueSelector)
          : findIssueControl(path, next.issueSelector);
      if (control) {
        action.control = control;
        onHold(control);
        return;
      }
      held = null;
      state = 'armed';
      carryOut(action);
    },
    release() {
      if (state === 'open' || signal.aborted) return;
      const action = held;
      held = null;
      state = 'open';
      if (action) carryOut(action);
    },
    open() {
      held = null;
      if (!signal.aborted) state = 'open';
    },
    rearm() {
      if (signal.aborted) return;
      held = null;
      inActivation = false;
      state = 'armed';
    },
  };
}
