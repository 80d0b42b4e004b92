import { leanFields } from '../messaging/fields-text';
import type { SiteSettings } from '../settings/schema';
import { type FieldsReaderHook, type FormWalk, setFieldsReaderHook } from './fields-reader';

// The page's form controls as plain data for the panel's preview and field count: no element and no value leaves
// the page (a control's current value is personal data; the description carries labels, names and options only).
// The reading itself is not this agent's code: `read` has the background inject the form reader, which reads (a big
// form in turns, just after the page has shown a frame), hands its description and what it went through back
// through the world's hook, and leaves nothing behind (fields-reader.ts). The form watcher only says the controls may
// have changed; the description is what tells: a framework re-rendering the same form gives the same text, and the
// panel hears nothing of it. The panel never asks for it: the watcher's first word after the panel turns it on reads
// the form once, and `forget` makes that reading reach the panel even when it is the same as the last one (a panel
// page loaded again has nothing yet).

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
  global: typeof globalThis,
  doc: Document,
  siteFields: SiteSettings['fields'],
  read: () => Promise<unknown>,
  onChanged: (fields: string) => void,
  onWalk: (walk: FormWalk) => void,
): FieldsDescriber {
  /** The digest of the last description passed on ('' after `forget`). */
  let last = '';
  /** Readings run one after another; one waiting to start covers every change until it starts. */
  let queue: Promise<unknown> = Promise.resolve();
  let queued = false;
  const hook: FieldsReaderHook = {
    doc,
    siteFields,
    take(description, walk) {
      // Compared when read, not when asked: a `forget` meanwhile (a panel page loaded anew) gets this reading. The
      // text is made once, as the panel gets it (fields-text.ts), and digested (a few ms for a 2,000-field card);
      // what the reading went through is watched after that.
      const text = JSON.stringify(leanFields(description));
      const known = digest(text);
      if (known !== last) {
        onChanged(text);
        last = known;
      }
      onWalk(walk);
    },
  };
  setFieldsReaderHook(global, hook);
  const recheck = () => {
    if (queued) return;
    queued = true;
    queue = queue
      .then(() => {
        queued = false;
        return read();
      })
      .catch(() => {}); // nothing read: the watcher's next word asks again
  };
  return {
    forget: () => {
      last = '';
    },
    recheck,
  };
}
