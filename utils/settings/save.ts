import type { FieldKey } from '../checklist/keys';
import { readEffectiveSettings } from './effective';
import { fieldLock } from './policy';
import type { Settings } from './schema';
import { readSettings, settingsItem } from './store';
import { type SettingsProblem, validateSettings } from './validate';

// The only writers of local settings: each validates the whole candidate with the strict schema and stores nothing
// when it has a problem.

export type SaveResult = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

export async function saveLocalSettings(candidate: unknown): Promise<SaveResult> {
  const result = validateSettings(candidate);
  if (!result.ok) return result;
  await settingsItem.setValue(result.settings);
  return result;
}

const problem = (path: PropertyKey[], reason: string): SaveResult => ({
  ok: false,
  problems: [{ path, reason, message: reason }],
});

/**
 * Maps checklist `key` to `selector` (null removes the mapping) on the site with pattern `match`. For a site that a
 * policy lists, the mapping goes to a local site with the same pattern (created when absent), unless the policy
 * maps that key itself. For the options page, the field picker and the clerk's document choice alike.
 */
export async function saveFieldMapping(
  match: string,
  key: FieldKey,
  selector: string | null,
): Promise<SaveResult> {
  const [effective, local] = await Promise.all([readEffectiveSettings(), readSettings()]);
  if (effective.locks.has(fieldLock(match, key))) return problem(['fields', key], 'задано администратором');
  const sites = [...local.settings.sites];
  let index = sites.findIndex((site) => site.match === match);
  if (index === -1) {
    const inForce = effective.settings.sites.find((site) => site.match === match);
    if (!inForce) return problem(['sites'], `сайта с шаблоном «${match}» нет в настройках`);
    sites.push({ kind: inForce.kind, match, ...(inForce.label ? { label: inForce.label } : {}) });
    index = sites.length - 1;
  }
  const fields = { ...sites[index].fields };
  if (selector === null) delete fields[key];
  else fields[key] = selector;
  const { fields: _old, ...rest } = sites[index];
  sites[index] = Object.keys(fields).length ? { ...rest, fields } : rest;
  return saveLocalSettings({ ...local.settings, sites });
}
