import type { FieldsSnapshotText } from '../messaging/agent';
import { fieldsToWire } from '../messaging/fields-wire';
import { packText } from '../messaging/packed-text';
import { collectFields } from '../prefill/collect';
import type { SiteSettings } from '../settings/schema';

// The page's form controls as plain data for the panel's preview and field count: no element and no value leaves
// the page (a control's current value is personal data; the description carries labels, names and options only).
// The page gets its turn every few milliseconds while a big form is read. It leaves packed (packed-text.ts).
// The form watcher only says the controls may have changed; the description is what tells: a framework re-rendering
// the same form gives the same text, and the panel hears nothing of it.

export interface FieldsDescriber {
  /** The description now, packed, for the panel's request. */
  describe(): Promise<FieldsSnapshotText>;
  /** Reads the description again; calls `onChanged` with it when it differs from the last one read. */
  recheck(): void;
}

export function createFieldsDescriber(
  doc: Document,
  siteFields: SiteSettings['fields'],
  onChanged: (fields: FieldsSnapshotText) => void,
): FieldsDescriber {
  /** The last description read, packed (small: the page's heap does not keep the whole text). */
  let last = '';
  let queue = Promise.resolve();
  let queued = false;
  const read = async () => {
    const { description } = await collectFields(doc, doc.defaultView as Window, siteFields);
    last = await packText(fieldsToWire(description));
    return last;
  };
  return {
    describe: read,
    recheck() {
      if (queued) return; // a read already waiting will see this change too
      queued = true;
      queue = queue
        .then(async () => {
          queued = false;
          const before = last;
          if ((await read()) === before) return; // the same text packs the same way
          onChanged(last);
        })
        .catch(() => {});
    },
  };
}
