import { openShadowRoots } from '../prefill/roots';
import { createPacer } from '../prefill/yield';
import { createChurnWatch } from './churn';
import { HOST_TAG } from './host';
import type { Lifecycle } from './lifecycle';
import { createShownWatch } from './shown-watch';
import {
  anyArrivalUnder,
  arrivalMatters,
  frameDocuments,
  holdsFrames,
  isFillable,
  isWatched,
  namesFillable,
  pendingIn,
  WATCHED_ATTRIBUTES,
  watchedIn,
} from './watched-controls';

// Tells the agent when the page's fillable controls may have changed, so it reads a fresh description — and costs
// nothing for everything else a busy page does all day (a grid redrawn every 100 ms with its selection checkboxes, a
// clock, a «busy» class flipped on <body>, spinners turned by inline styles). Class and style changes are not observed
// at all: whether a control is shown comes from the layout (shown-watch.ts). Mutation records are filtered before
// anything is scheduled: only added or removed nodes that are or hold a fillable control, a label, a legend, a frame or
// a component not defined yet (looked at again once it renders), attribute changes that alter a control's kind or
// state, and text replaced inside a label or legend count. A burst of those is looked at once, in the next animation
// frame, in the changed subtrees only: which watched elements came, went or changed. Whether that altered the
// description (a framework re-rendering the same form does not) is for the agent to compare (describe-fields.ts). The
// look goes in turns of a few milliseconds (utils/prefill/yield.ts): a card of thousands of controls appearing at once
// does not hold up the page's next frames. A subtree the page keeps refilling with controls (a grid redrawn every 100
// ms with an editor in each row), renaming them (a clock in a label) or replacing all its rows (with or without
// controls) is passed over while it churns and looked at once when quiet. Watching stops while the panel is collapsed or the tab is hidden; showing it again reports a change,
// since the page may have changed meanwhile — and so does every start, which is how the panel gets its first
// description.

export interface FieldWatch {
  /** Start or stop watching (the panel shown or collapsed). */
  setOn(on: boolean): void;
}

type Root = Document | ShadowRoot;

export function createFieldWatch(doc: Document, life: Lifecycle, onChange: () => void): FieldWatch {
  const win = doc.defaultView as Window & typeof globalThis;
  let wanted = false;
  /** 0: no look asked for; -1: one under way; else the frame it is asked for. */
  let frame = 0;
  /** Every watched element counted when last looked at. */
  const known = new Set<Element>();
  /** The documents observed (the page's and its same-origin frames'); shadow roots are observed but not kept. */
  const observed = new Set<Document>();
  // What the records since the last look point at.
  let arrived: Element[] = [];
  let touched: Element[] = [];
  let removed = false;
  let flipped = false;
  /** Watched elements the next look checks. */
  let unchecked: Element[] = [];
  /** Counts stops: a look that was giving the page its turn ends if the watch stopped meanwhile. */
  let epoch = 0;

  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(() => void look());
  };
  /** Custom elements still waiting for their definition (pendingIn), watched for their box until they are defined. */
  const pending = new Set<Element>();
  // Once defined, such an element renders into its new shadow root and its box appears or changes size: a report
  // that finds it defined brings it to the next look as an arrival, its shadow root adopted. No mutation record comes
  // with an upgrade.
  const shown = createShownWatch(win, (el, flip) => {
    if (pending.has(el) && el.matches(':defined')) {
      forget(el);
      arrived.push(el);
    } else if (!flip) return;
    flipped = true;
    schedule();
  });

  const arriving = (n: Node) => arrivalMatters(n, HOST_TAG);
  // Every node that is or holds a watched element (frames and shadow hosts included): a removed node mattered only
  // if it is one, and a record whose parent is none is passed over at once. A moved subtree arrives again and is
  // held again; a node that no longer holds anything costs at most one look. A holder's ancestors are holders too,
  // so a walk up stops at the first one — except from an arrived node, whose new ancestors are not held yet.
  const holders = new WeakSet<Node>();
  const hold = (el: Node, arrivedHere = false) => {
    for (let node: Node | null = el; node; ) {
      if (!arrivedHere && holders.has(node)) return;
      holders.add(node);
      if (node.nodeType === 11) node = (node as ShadowRoot).host;
      else if (node.nodeType === 9) node = (node as Document).defaultView?.frameElement ?? null;
      else node = node.parentNode;
    }
  };
  // Held like a watched control, so its removal sweeps it from the pending.
  const awaitDefinitionIn = (root: Element | Root) => {
    for (const el of pendingIn(root)) {
      pending.add(el);
      hold(el);
      shown.observe(el);
    }
  };
  // Subtrees the page keeps changing are passed over while they churn (churn.ts) and looked at once when quiet; what
  // went from them meanwhile is swept from the known.
  const [passedOver, churned, forgetChurn] = createChurnWatch(win, (subtrees) => {
    arrived.push(...(subtrees as Iterable<Element>)); // a look takes a document or shadow root as well
    removed = true;
    schedule();
  });
  const lost = (r: MutationRecord) => {
    if (!holders.has(r.target)) return false;
    for (let i = 0; i < r.removedNodes.length; i++) if (holders.has(r.removedNodes[i])) return true;
    return false;
  };
  const observer = new win.MutationObserver((records) => {
    /** The record targets this batch changed watched elements under. */
    const changed = new Set<Node>();
    /** Targets whose children this batch replaced wholesale, whatever they hold: churn counts them too. */
    const refilled = new Set<Node>();
    for (const r of records) {
      if (passedOver(r.target)) continue;
      if (r.type === 'attributes') {
        if (known.has(r.target as Element) || arriving(r.target)) {
          touched.push(r.target as Element);
          changed.add(r.target);
        }
        continue;
      }
      // Text replaced inside a label or legend renames a control.
      const named = (r.target as Partial<Element>).closest?.('label,legend');
      if (named && (known.has(named) || namesFillable(named))) {
        touched.push(named);
        changed.add(r.target);
      }
      const added = r.addedNodes;
      // Every child new (rows replaced wholesale): one pass over the parent tells whether any one needs a closer look.
      const parent = r.target as Element;
      const wholesale = added.length > 4 && added.length >= parent.childElementCount;
      if (wholesale) refilled.add(r.target);
      if (!wholesale || anyArrivalUnder(parent, HOST_TAG)) {
        for (let i = 0; i < added.length; i++) {
          if (!arriving(added[i])) continue;
          arrived.push(added[i] as Element);
          changed.add(r.target);
        }
      }
      if (!removed && lost(r)) {
        removed = true;
        changed.add(r.target);
      }
    }
    for (const target of changed) refilled.add(target);
    refilled.forEach(churned);
    if (changed.size) schedule();
  });

  /** Checks `el` again; whether it counts now or did before (either way, what it says may have changed). */
  const check = (el: Element): boolean => {
    const was = known.has(el);
    const now = isWatched(el);
    if (now) {
      known.add(el);
      hold(el);
      if (!was && isFillable(el)) shown.observe(el);
    } else if (was) {
      known.delete(el);
      shown.unobserve(el);
    }
    return was || now;
  };
  // Observes a document and the shadow roots inside it, or the shadow roots in an arrived subtree (its document is
  // observed already); what they hold is checked next. Observing a root again only renews its options, so shadow
  // roots are not remembered here: a set of them kept every component the page ever dropped alive (rows of web
  // components coming and going all day).
  const adopt = (root: Document | Element) => {
    if (root.nodeType === 9) observed.add(root as Document);
    for (const r of root.nodeType === 9
      ? [root as Document, ...openShadowRoots(root)]
      : openShadowRoots(root)) {
      observer.observe(r, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
      for (const el of watchedIn(r)) unchecked.push(el);
      awaitDefinitionIn(r);
    }
  };
  const forget = (el: Element) => {
    known.delete(el);
    pending.delete(el);
    shown.unobserve(el);
  };

  const look = async () => {
    if (!life.alive()) return;
    const gen = epoch;
    frame = -1; // a look is under way: what the records bring meanwhile waits for the next one
    let changed = flipped;
    const came = arrived;
    const hit = touched;
    const lostSome = removed;
    arrived = [];
    touched = [];
    removed = flipped = false;
    // A removed (or navigated) frame leaves its old document behind, still «connected» to itself: with frames
    // about, membership is checked against the documents the page holds now.
    const framed = came.some((el) => el.isConnected && holdsFrames(el));
    const withFrames = framed || (lostSome && observed.size > 1); // the page's own document is always observed
    const docs = withFrames ? new Set(frameDocuments(doc)) : null;
    if (lostSome || docs) {
      for (const el of known)
        if (!el.isConnected || (docs && !docs.has(el.ownerDocument))) {
          forget(el);
          changed = true;
        }
      for (const el of pending) if (!el.isConnected) forget(el);
    }
    if (docs) {
      // Nothing happens in a document no frame shows any more.
      for (const d of observed) if (!docs.has(d)) observed.delete(d);
      for (const d of docs) if (!observed.has(d)) adopt(d);
    }
    for (const el of hit) {
      if (!el.isConnected) continue;
      const inside = watchedIn(el);
      if (known.has(el) && !inside.includes(el)) inside.push(el); // no longer a fillable control
      for (const w of inside) unchecked.push(w);
    }
    for (const el of came) {
      if (!el.isConnected) continue;
      hold(el, true);
      for (const w of watchedIn(el)) unchecked.push(w);
      awaitDefinitionIn(el);
      adopt(el);
    }
    // Checking is the long part (a card of 2,000 controls and their labels): in turns, so the page keeps painting.
    const pacer = createPacer(win);
    for (let i = 0; i < unchecked.length; i++) {
      if (check(unchecked[i])) changed = true;
      const turn = pacer.pace();
      if (turn) await turn;
      if (gen !== epoch) return; // stopped meanwhile
    }
    unchecked = [];
    frame = 0;
    if (changed) onChange();
    if (arrived.length || touched.length || removed || flipped) schedule();
  };

  const stop = () => {
    epoch++;
    unchecked = [];
    observer.disconnect();
    shown.disconnect();
    forgetChurn();
    observed.clear();
    known.clear();
    pending.clear();
    arrived = [];
    touched = [];
    removed = flipped = false;
    frame = 0; // a look already asked for finds nothing to look at
  };
  const apply = () => {
    const active = wanted && doc.visibilityState !== 'hidden' && life.alive();
    if (!active) return stop();
    if (!observed.size) for (const d of frameDocuments(doc)) adopt(d);
    flipped = true; // the panel hears of the page as it is now (also when it asks again: a panel page loaded anew)
    schedule();
  };
  // A same-origin iframe that loads later brings a new document; `load` does not bubble, the capture phase sees it.
  doc.addEventListener(
    'load',
    (e) => {
      if (!observed.size || (e.target as Element | null)?.localName !== 'iframe') return;
      arrived.push(e.target as Element);
      schedule();
    },
    { capture: true, signal: life.signal },
  );
  doc.addEventListener('visibilitychange', apply, { signal: life.signal });
  life.onAbort(stop);
  return {
    setOn(on) {
      wanted = on;
      apply();
    },
  };
}
