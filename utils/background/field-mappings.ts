import type { FieldKey } from '../checklist/keys';
import type { FieldMappingsRequest, FieldMappingsResult } from '../messaging/protocol';
import { type SaveResult, saveFieldMapping } from '../settings/save';
import type { Settings } from '../settings/schema';
import { siteFor } from './panel-config';
import { createSerialQueue } from './serial-queue';

// The clerk's one-click answer for an unclear document block, remembered for the site of the tab it was given in:
// each field's key bound to the field's selector through the settings' validated writer. The site is the one the
// tab's address belongs to, never one the message names.

type SaveMapping = (match: string, key: FieldKey, selector: string | null) => Promise<SaveResult>;

const oneAtATime = createSerialQueue();

export function saveChosenFields(
  settings: Settings,
  url: string | undefined,
  request: FieldMappingsRequest,
  save: SaveMapping = saveFieldMapping,
): Promise<FieldMappingsResult> {
  return oneAtATime(async () => {
    const site = siteFor(settings, url);
    if (!site) return { ok: false, message: 'Выбор не запомнен: страница не относится к настроенным сайтам' };
    const bound = Object.entries(site.fields ?? {}) as [FieldKey, string][];
    for (const { key, selector } of request.fields) {
      // An earlier, opposite answer bound the same field to the other document's key: the field keeps one meaning.
      for (const [other, earlier] of bound) {
        if (other !== key && earlier === selector) await save(site.match, other, null);
      }
      const result = await save(site.match, key, selector);
      if (!result.ok) {
        const why = result.problems.map((p) => p.message).join('; ');
        return { ok: false, message: `Выбор не запомнен: ${why}` };
      }
    }
    return { ok: true };
  });
}
