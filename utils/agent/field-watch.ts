import { createChurnWatch } from './churn';
import type { FormWalk } from './fields-reader';
import { HOST_TAG } from './host';
import type { Lifecycle } from './lifecycle';
import { createShownWatch } from './shown-watch';
import {
  anyArrivalUnder,
  arrivalMatters,
  NAMING_OR_NAMED,
  NAMING_TEXT,
  namesFillable,
  WATCHED_ATTRIBUTES,
} from './watched-controls';

// Tells the agent when the page's fillable controls may have changed, so it reads a fresh description — and costs
// nothing for everything else a busy page does all day (a grid redrawn every 100 ms with its selection checkboxes, a
// clock, a «busy» class flipped on <body>, spinners turned by inline styles). Class and style changes are not observed
// at all: whether a control is shown comes from the layout (shown-watch.ts). Mutation records are filtered before
// anything is scheduled: only added or removed nodes that are or hold a fillable control, a label, a legend, a frame or
// a component not defined yet, attribute changes that alter a control's kind or state, text replaced or patched in
// place inside a label, a legend or a list, options put into or taken out of a list, and a choice the clerk makes in a
// list (its trusted `change` event: a choice leaves no record) count; a burst of those asks for one reading, in the
// next animation frame. What to watch comes from the readings themselves (fields-reader.ts): the documents and open
// shadow roots each one went through, the controls and frames whose box may appear or go, the components waiting for
// their definition (once defined they render with no mutation record; their box tells). Whether the description changed
// (a framework re-rendering the same form does not) is for the agent to compare (describe-fields.ts). A subtree the
// page keeps refilling with controls (a grid redrawn every 100 ms with an editor in each row), renaming them (a clock
// in a label) or replacing all its rows (with or without controls) is passed over while it churns and read once when
// quiet. Watching stops while the panel is collapsed or the tab is hidden; showing it again asks for a reading, since
// the page may have changed meanwhile — and so does every start, which is how the panel gets its first description.

export interface FieldWatch {
  /** Start or stop watching (the panel shown or collapsed). */
  setOn(on: boolean): void;
  /** Watches what a reading went through, until the next one. */
  follow(walk: FormWalk): void;
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

const TEXT: MutationObserverInit = { characterData: true, subtree: true };

export function createFieldWatch(doc: Document, life: Lifecycle, onChange: () => void): FieldWatch {
  const win = doc.defaultView as Window & typeof globalThis;
  let wanted = false;
  let on = false;
  /** The frame a reading is asked for in (0: none). */
  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (on && life.alive()) onChange();
      });
  };
  /** Components waiting for their definition, as the last reading found them. */
  let pending = new WeakSet<Element>();
  const shown = createShownWatch(win, (el, flip) => {
    if (pending.has(el) && el.matches(':defined')) pending.delete(el);
    else if (!flip) return;
    schedule();
  });
  // Subtrees the page keeps changing are passed over while they churn (churn.ts) and read once when quiet.
  const [passedOver, churned, forgetChurn] = createChurnWatch(win, schedule);
  const matters = (n: Node) => arrivalMatters(n, HOST_TAG);
  const observer = new win.MutationObserver((records) => {
    /** The record targets this batch changed fields under. */
    const changed = new Set<Node>();
    /** Targets whose children this batch replaced wholesale, whatever they hold: churn counts them too. */
    const refilled = new Set<Node>();
    for (const r of records) {
      if (passedOver(r.target)) continue;
      const target = r.target as Element;
      if (r.type === 'attributes') {
        if (target.matches(NAMING_OR_NAMED) || matters(target)) changed.add(target);
        continue;
      }
      // Text replaced inside a label or legend renames a control; options a list gains or loses (a dictionary loaded
      // after the form) change what it offers. Text patched in place, as frameworks write it, is observed inside these
      // elements only (below): its record's target is the text node.
      const named = (target.nodeType === 3 ? target.parentElement : target)?.closest?.(NAMING_TEXT);
      if (named && (named.localName === 'select' || named.localName === 'datalist' || namesFillable(named)))
        changed.add(target);
      const added = r.addedNodes;
      // Every child new (rows replaced wholesale): one pass over the parent tells whether any one needs a closer look.
      const wholesale = added.length > 4 && added.length >= target.childElementCount;
      if (wholesale) refilled.add(target);
      if (!wholesale || anyArrivalUnder(target, HOST_TAG))
        for (let i = 0; i < added.length; i++) if (matters(added[i])) changed.add(target);
      for (let i = 0; i < r.removedNodes.length && !changed.has(target); i++)
        if (matters(r.removedNodes[i])) changed.add(target);
    }
    for (const target of changed) refilled.add(target);
    refilled.forEach(churned);
    if (changed.size) schedule();
  });

  const stop = () => {
    on = false;
    observer.disconnect();
    shown.disconnect();
    forgetChurn();
    pending = new WeakSet();
  };
  const apply = () => {
    if (!wanted || doc.visibilityState === 'hidden' || !life.alive()) return stop();
    if (!on) observer.observe(doc, OBSERVED);
    on = true;
    schedule(); // the panel hears of the page as it is now (also when it asks again: a panel page loaded anew)
  };
  // A same-origin iframe that loads later brings a new document; `load` does not bubble, the capture phase sees it. A
  // choice made in a list leaves no record (the `selected` state is no attribute) and names which document a block is
  // of («Вид документа»): the clerk's `change` asks for a reading too, so the panel's plan follows the choice. Only a
  // person's (trusted) one: the extension's own fill dispatches `change` on every list it writes, and a reading of a
  // 2,000-field form in the middle of the fill cost the page ~100 ms of script and its longest frame 30 ms more.
  const loadedOrChosen = (e: Event) => {
    const name = (e.target as Element | null)?.localName;
    if (on && (name === 'iframe' || (name === 'select' && e.isTrusted))) schedule();
  };
  for (const type of ['load', 'change'])
    doc.addEventListener(type, loadedOrChosen, { capture: true, signal: life.signal });
  doc.addEventListener('visibilitychange', apply, { signal: life.signal });
  life.onAbort(stop);
  return {
    setOn(next) {
      wanted = next;
      apply();
    },
    follow(walk) {
      if (!on) return;
      // Observing a root again only renews its options; roots no longer in the page are not kept by the observer.
      // Text nodes changed in place (a framework renaming a field or an option) are heard inside labels, legends and
      // lists only: a page that patches its grid's and clock's text all day sends the watcher no record of it.
      for (const root of walk.roots) {
        observer.observe(root, OBSERVED);
        for (const named of root.querySelectorAll(NAMING_TEXT)) observer.observe(named, TEXT);
      }
      pending = new WeakSet(walk.pending);
      shown.watch([...walk.controls, ...walk.pending], walk.boxless);
    },
  };
}
