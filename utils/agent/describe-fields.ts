import type { FieldsSnapshot } from '../messaging/agent';
import { collectFields } from '../prefill/collect';
import { afterRender } from '../prefill/yield';
import type { SiteSettings } from '../settings/schema';

// The page's form controls as plain data for the panel's preview and field count: no element and no value leaves
// the page (a control's current value is personal data; the description carries labels, names and options only).
// The page gets its turn every few milliseconds while a big form is read, and a reading starts only after the page
// has shown its next frame: the page lays out what it changed itself, rather than the reading forcing that layout
// inside the frame (a card the page re-renders whole: ~60 ms of its layout a time, held up its next frame).
// The form watcher only says the controls may have changed; the description is what tells: a framework re-rendering
// the same form gives the same text, and the panel hears nothing of it. The panel never asks for it: the watcher's
// first look after the panel turns it on reads the form once, and `forget` makes that reading reach the panel even
// when it is the same as the last one (a panel page loaded again has nothing yet).

export interface FieldsDescriber {
  /** Reads the description again; calls `onChanged` with it when it differs from the last one passed on. */
  recheck(): void;
  /** The next reading to end is passed on whatever the last one was. */
  forget(): void;
}

/**
 * The description's text as its length and FNV-1a hash: the page's heap keeps two numbers between readings, not the
 * whole text. Two different texts of one length share a hash once in four billion: that change would then reach the
 * panel with the next one.
 */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}.${hash}`;
}

export function createFieldsDescriber(
  doc: Document,
  siteFields: SiteSettings['fields'],
  onChanged: (fields: FieldsSnapshot) => void,
): FieldsDescriber {
  /** The last description passed on: its number of controls and its digest ('' after `forget`). */
  let lastCount = 0;
  let last = '';
  let queue = Promise.resolve();
  let queued = false;
  return {
    forget: () => {
      last = '';
    },
    recheck() {
      if (queued) return; // a read already waiting will see this change too
      queued = true;
      queue = queue
        .then(() => afterRender(doc.defaultView as Window))
        .then(async () => {
          queued = false;
          const { description } = await collectFields(doc, doc.defaultView as Window, siteFields);
          // Compared when read, not when begun: a `forget` meanwhile (a panel page loaded anew) gets this reading.
          // Another number of controls is another description: passed on at once, its digest taken after (the
          // text of a 2,000-field card takes ~20 ms to make and digest, while the panel plans in its own process).
          // As many controls but another text is digested twice, before and after sending: keeping the first
          // digest does not fit the agent's byte budget, and the second comes after the panel has its description.
          const count = description.controls.length;
          if (last && count === lastCount && digest(JSON.stringify(description)) === last) return;
          onChanged(description);
          lastCount = count;
          last = digest(JSON.stringify(description));
        })
        .catch(() => {});
    },
  };
}
