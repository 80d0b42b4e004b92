import type { FieldsSnapshotText } from '../messaging/agent';
import { fieldsToWire } from '../messaging/fields-wire';
import { packText } from '../messaging/packed-text';
import { collectFields } from '../prefill/collect';
import type { SiteSettings } from '../settings/schema';

// The page's form controls as plain data for the panel's preview and field count: no element and no value leaves
// the page (a control's current value is personal data; the description carries labels, names and options only).
// The page gets its turn every few milliseconds while a big form is read. It leaves packed (packed-text.ts).
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

export function createFieldsDescriber(
  doc: Document,
  siteFields: SiteSettings['fields'],
  onChanged: (fields: FieldsSnapshotText) => void,
): FieldsDescriber {
  /** The last description passed on, packed (small: the page's heap does not keep the whole text). */
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
        .then(async () => {
          queued = false;
          const { description } = await collectFields(doc, doc.defaultView as Window, siteFields);
          const text = await packText(fieldsToWire(description));
          // Compared when read, not when begun: a `forget` meanwhile (a panel page loaded anew) gets this reading.
          if (text === last) return; // the same text packs the same way
          last = text;
          onChanged(text);
        })
        .catch(() => {});
    },
  };
}
