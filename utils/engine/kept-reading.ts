import { PENDING_SELECTOR } from '../agent/watched-controls';
import { classifyPaced } from '../prefill/classify';
import { collectFields, type SiteFields } from '../prefill/collect';
import { chosenTextOf } from '../prefill/collect-describe';
import type { Collected } from '../prefill/types';
import { createPacer } from '../prefill/yield';
import { isOwn, watchUntilChange } from './change-watch';

// The form as the engine last read it (readied ahead of a prefill, or for the preview's marks), kept for the click
// while nothing on the page has changed since: the click then plans and writes at once instead of reading a form
// that is the same. Any change a reading could see — a node, an attribute or a text anywhere in the documents and
// shadow roots it read, a value typed or chosen, a frame loading, the window resized, the address — drops it, and the
// click reads afresh; so does a list whose shown choice differs at the click (a page script can set a select's value
// silently). A form with components still waiting for their definition is not kept at all.
// Each write is still checked against the live control (connected, visible, writable) as it happens.

/** How long a reading is kept with no click: the heap gets it back from a form left open. */
const KEEP_MS = 120_000;

interface Kept {
  key: string;
  reading: Collected;
  changedNow(): boolean;
  stop(): void;
}

export interface ReadingKeeper {
  /** Reads the form afresh, classified, and keeps it when nothing changed while it was read. */
  read(siteFields?: SiteFields): Promise<Collected>;
  /** The kept reading for these site fields if the page is as it was; it stays kept. */
  current(siteFields?: SiteFields): Collected | null;
  /** The same, given up: the click's writes change the page. */
  take(siteFields?: SiteFields): Collected | null;
  /** Whether a reading for these site fields is under way. */
  reading(siteFields?: SiteFields): boolean;
  drop(): void;
}

const keyOf = (siteFields?: SiteFields) => JSON.stringify(siteFields ?? {});

/**
 * A component not defined yet (as the form watcher waits for them) gets its controls with no record of it when it is:
 * a form with one is not kept. The extension's own hosts are never defined.
 */
const awaitsDefinition = (root: Document | ShadowRoot) =>
  Array.from(root.querySelectorAll(PENDING_SELECTOR)).some((el) => !isOwn(el));

/** Whether every list still shows the choice the reading saw. */
function choicesAsRead({ description, elements }: Collected): boolean {
  return description.controls.every((control) => {
    if (control.selectedText === undefined) return true;
    const els = elements.get(control.ref);
    return !!els && chosenTextOf(els.element, els.widget) === control.selectedText;
  });
}

export function createReadingKeeper(doc: Document): ReadingKeeper {
  let kept: Kept | null = null;
  /** Counts readings: one that ended after a newer one began is not kept. */
  let readings = 0;
  /** The site fields of the reading under way. */
  let underWay: string | null = null;

  const drop = () => {
    kept?.stop();
    kept = null;
  };

  async function read(siteFields?: SiteFields): Promise<Collected> {
    drop();
    const own = ++readings;
    underWay = keyOf(siteFields);
    const win = doc.defaultView as Window;
    let changed = false;
    const watch = watchUntilChange(win, () => {
      changed = true;
      if (kept?.stop === stop) kept = null;
    });
    const timer = setTimeout(() => {
      if (kept?.stop === stop) drop();
    }, KEEP_MS);
    const stop = () => {
      clearTimeout(timer);
      watch.stop();
    };
    try {
      // Each document and shadow root is watched from the moment the walk reaches it.
      const roots = watch.rootsList();
      const reading = await collectFields(doc, win, siteFields, {
        walked: { roots, controls: [], boxless: [] },
      });
      await classifyPaced(reading.description, createPacer(win));
      const collected = { description: reading.description, elements: reading.elements };
      if (changed || own !== readings || roots.some(awaitsDefinition)) stop();
      else kept = { key: keyOf(siteFields), reading: collected, changedNow: watch.changedNow, stop };
      return collected;
    } catch (error) {
      stop();
      throw error;
    } finally {
      if (own === readings) underWay = null;
    }
  }

  function current(siteFields?: SiteFields): Collected | null {
    if (!kept) return null;
    const { reading } = kept;
    const win = doc.defaultView as Window;
    let same = false;
    try {
      same =
        !kept.changedNow() &&
        kept.key === keyOf(siteFields) &&
        reading.description.url === win.location.href &&
        choicesAsRead(reading);
    } catch {
      // An element of a frame's document that is gone (Firefox: a dead object): the page is not as it was.
    }
    if (same) return reading;
    drop();
    return null;
  }

  return {
    read,
    current,
    take(siteFields) {
      const reading = current(siteFields);
      drop();
      return reading;
    },
    reading: (siteFields) => underWay === keyOf(siteFields),
    drop,
  };
}
