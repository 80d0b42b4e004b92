import { FIELD_KEYS } from '../checklist/keys';
import { LIMITS, SITE_KINDS } from './schema';

// `storage.managed_schema` (Chrome / Yandex Browser policy): the settings a policy may set, in Chrome's JSON-schema
// subset, built from the same constants as the zod schema and written to the build as managed-schema.json
// (wxt.config.ts). Chrome shows policy values that do not fit it as errors in chrome://policy; the extension then
// validates the rest with the zod schema like an imported file.

const text = { type: 'string' } as const;

export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

export function managedSchema() {
  const site = {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: [...SITE_KINDS] },
      match: text,
      label: text,
      issueSelector: text,
      fields: { type: 'object', properties: Object.fromEntries(FIELD_KEYS.map((key) => [key, text])) },
    },
  };
  return {
    type: 'object',
    properties: {
      sites: { type: 'array', items: site },
      gateEnabled: { type: 'boolean' },
      piiTtlMinutes: {
        type: 'integer',
        minimum: LIMITS.piiTtlMinutes.min,
        maximum: LIMITS.piiTtlMinutes.max,
      },
      journalRetentionDays: {
        type: 'integer',
        minimum: LIMITS.journalRetentionDays.min,
        maximum: LIMITS.journalRetentionDays.max,
      },
      office: { type: 'object', properties: { name: text, code: text } },
    },
  };
}
