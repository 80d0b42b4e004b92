import { isRecord } from './problems';

// Migrations of the settings object between storage item versions, used by the storage item (store.ts) and by
// imported files alike. Each takes the previous version's value and never throws: what it cannot read it returns
// unchanged, and parsing reports it.

/** v1 → v2: the object's own `version` field goes; the storage item's version is the only one. */
function dropVersionField(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { version: _version, ...rest } = value;
  return rest;
}

export const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  2: dropVersionField,
};

/** Runs the migrations after `fromVersion` up to `toVersion`. */
export function migrateSettings(value: unknown, fromVersion: number, toVersion: number): unknown {
  let migrated = value;
  for (let v = fromVersion + 1; v <= toVersion; v++)
    migrated = SETTINGS_MIGRATIONS[v]?.(migrated) ?? migrated;
  return migrated;
}
