import { z } from 'zod';
import { FIELD_KEYS } from '../checklist/keys';
import { isValidMatchPattern } from './match-pattern';
import { selectorProblem } from './selector';

// The settings object, validated by this one schema wherever it comes from: storage, the options page, an imported
// file or a browser policy. Its version is the storage item's (`SETTINGS_VERSION`, see store.ts); the object
// itself carries none.

export const SETTINGS_VERSION = 2;

export const SITE_KINDS = ['issuance', 'mais'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const LIMITS = {
  piiTtlMinutes: { min: 1, max: 24 * 60 },
  journalRetentionDays: { min: 1, max: 3650 },
  siteLabel: 100,
  selector: 500,
  officeName: 200,
  officeCode: 32,
} as const;

const selector = z
  .string()
  .max(LIMITS.selector, `CSS-селектор длиннее ${LIMITS.selector} символов`)
  .superRefine((value, ctx) => {
    const problem = selectorProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const siteShape = {
  kind: z.enum(SITE_KINDS, { message: 'Тип сайта должен быть «issuance» (выдача карты) или «mais» (МАИС)' }),
  match: z.string().refine(isValidMatchPattern, {
    message: 'Шаблон адреса не распознан; пример: https://mais.nso.ru/*',
  }),
  /** Human name shown to the administrator. */
  label: z.string().trim().max(LIMITS.siteLabel, `Название длиннее ${LIMITS.siteLabel} символов`).optional(),
  /** CSS selector of the page's issue control; overrides the soft gate's text heuristic. */
  issueSelector: selector.optional(),
  /** Per-site field mapping: checklist key → CSS selector. Wins over the label heuristics. */
  fields: z.partialRecord(z.enum(FIELD_KEYS), selector).optional(),
};
export const siteSchema = z.object(siteShape);

/** The office the extension works in: written into journal entries and CSV rows. No personal data. */
export const officeShape = {
  name: z
    .string()
    .trim()
    .min(1, 'Название отделения не может быть пустым')
    .max(LIMITS.officeName, `Название длиннее ${LIMITS.officeName} символов`)
    .optional(),
  code: z
    .string()
    .trim()
    .regex(
      /^[\p{L}\p{N}._/-]{1,32}$/u,
      'Код отделения: от 1 до 32 букв, цифр и знаков «-», «_», «.», «/» без пробелов',
    )
    .optional(),
};

/** Every field without defaults: what a policy may set (each optional there) and the base of the stored shape. */
export const settingsShape = {
  sites: z.array(siteSchema),
  /** Hold the page's issue control until an outcome is recorded. */
  gateEnabled: z.boolean(),
  /** Personal data in the checklist is wiped after this many minutes. */
  piiTtlMinutes: z.number().int().min(LIMITS.piiTtlMinutes.min).max(LIMITS.piiTtlMinutes.max),
  /** Outcome journal retention. */
  journalRetentionDays: z
    .number()
    .int()
    .min(LIMITS.journalRetentionDays.min)
    .max(LIMITS.journalRetentionDays.max),
  office: z.object(officeShape),
};

// Every field but `sites` has a default, so `{ sites: [...] }` (a policy, a test) is valid.
export const settingsSchema = z.object({
  sites: settingsShape.sites,
  gateEnabled: settingsShape.gateEnabled.default(true),
  piiTtlMinutes: settingsShape.piiTtlMinutes.default(30),
  journalRetentionDays: settingsShape.journalRetentionDays.default(400),
  office: settingsShape.office.optional(),
});

/** Strict variant for imported files, policies and the editor: unknown keys are reported, not dropped. */
const strictSite = z.strictObject(siteShape);
export const strictSettingsSchema = z.strictObject({
  ...settingsSchema.shape,
  sites: z.array(strictSite),
  office: z.strictObject(officeShape).optional(),
});
export const policySchema = z
  .strictObject({ ...settingsShape, sites: z.array(strictSite), office: z.strictObject(officeShape) })
  .partial();

export type SiteSettings = z.infer<typeof siteSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type PolicySettings = z.infer<typeof policySchema>;
export type OfficeSettings = NonNullable<Settings['office']>;

/** Sites `npm run demo` serves on 127.0.0.1 (any port); no production sites until an administrator adds them. */
export const DEFAULT_SETTINGS: Settings = {
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/demo/issuance*', label: 'Демо: выдача социальной карты' },
    { kind: 'mais', match: 'http://127.0.0.1/demo/mais*', label: 'Демо: МАИС НСО' },
  ],
  gateEnabled: true,
  piiTtlMinutes: 30,
  journalRetentionDays: 400,
};

const DEMO_PATTERNS = new Set(DEFAULT_SETTINGS.sites.map((s) => s.match));

/** Sites other than the demo pages: while there are none, the extension is not set up for real work. */
export function productionSites(settings: Settings): SiteSettings[] {
  return settings.sites.filter((site) => !DEMO_PATTERNS.has(site.match));
}
