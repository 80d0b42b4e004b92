import type { FieldsSnapshotText } from '../messaging/agent';
import { packText } from '../messaging/packed-text';
import { collectFields } from '../prefill/collect';
import type { SiteSettings } from '../settings/schema';

// The page's form controls as plain data for the panel's preview and field count: no element and no value leaves
// the page (a control's current value is personal data; the description carries labels, names and options only).
// The page gets its turn every few milliseconds while a big form is read. It leaves packed (packed-text.ts).

export async function describeFields(
  doc: Document,
  siteFields?: SiteSettings['fields'],
): Promise<FieldsSnapshotText> {
  const { description } = await collectFields(doc, doc.defaultView as Window, siteFields);
  return packText(JSON.stringify(description));
}
