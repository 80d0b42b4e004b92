import type { FieldsSnapshot } from '../messaging/agent';
import { collectControls } from '../prefill/collect';
import type { SiteSettings } from '../settings/schema';

// The page's form controls as plain data for the panel's preview and field count: no element and no value leaves
// the page (a control's current value is personal data; the description carries labels, names and options only).

export function describeFields(doc: Document, siteFields?: SiteSettings['fields']): FieldsSnapshot {
  const win = doc.defaultView as Window;
  const collected = collectControls(doc, win, siteFields);
  return {
    controls: collected.controls.map(({ element: _e, elements: _es, split: _s, ...plain }) => plain),
    groups: collected.groups.map((g) => ({ label: g.label })),
    sandboxedFrames: collected.sandboxedFrames,
    url: win.location.href,
  };
}
