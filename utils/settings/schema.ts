import { z } from 'zod';
import { FIELD_KEYS } from '../checklist/keys';
import { isValidMatchPattern } from './match-pattern';

export const SITE_KINDS = ['issuance', 'mais'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const siteSchema = z.object({
  kind: z.enum(SITE_KINDS, { message: 'Тип сайта должен быть «issuance» (выдача карты) или «mais» (МАИС)' }),
  match: z.string().refine(isValidMatchPattern, {
    message: 'Шаблон адреса не распознан; пример: https://mais.nso.ru/*',
  }),
  /** Human name shown to the administrator. */
  label: z.string().optional(),
  /** CSS selector of the page's issue control; overrides the soft gate's text heuristic. */
  issueSelector: z.string().optional(),
  /** Per-site field mapping: checklist key → CSS selector. Wins over the label heuristics. */
  fields: z.partialRecord(z.enum(FIELD_KEYS), z.string()).optional(),
});

// Every field but `sites` has a default, so `{ version: 1, sites: [...] }` (a policy, a test) is valid.
export const settingsSchema = z.object({
  version: z.literal(1),
  sites: z.array(siteSchema),
  /** Hold the page's issue control until an outcome is recorded. */
  gateEnabled: z.boolean().default(true),
  /** Personal data in the checklist is wiped after this many minutes. */
  piiTtlMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Outcome journal retention. */
  journalRetentionDays: z.number().int().min(1).max(3650).default(400),
});

export type SiteSettings = z.infer<typeof siteSchema>;
export type Settings = z.infer<typeof settingsSchema>;

/** Sites `npm run demo` serves on 127.0.0.1 (any port); no production sites until an administrator adds them. */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/demo/issuance*', label: 'Демо: выдача социальной карты' },
    { kind: 'mais', match: 'http://127.0.0.1/demo/mais*', label: 'Демо: МАИС НСО' },
  ],
  gateEnabled: true,
  piiTtlMinutes: 30,
  journalRetentionDays: 400,
};
