import { describeIssues, isRecord } from './problems';
import { type PolicySettings, policySchema, type Settings, type SiteSettings } from './schema';
import { RU_ERRORS } from './store';

// Settings an IT department sets by browser policy: Chrome / Yandex Browser `3rdparty.extensions.<id>`, Firefox
// `policies.json` → `3rdparty.Extensions.<id>`; the extension reads them from `storage.managed`. A policy is checked
// like an imported file: any problem rejects the whole policy (reported, local settings stay in force).
//
// Merge, field by field: every option the policy sets wins; `office.name` and `office.code` separately. A policy
// `sites` list replaces the local list (name, kind, pattern); for each of its sites the local site with the same
// pattern may still add what the policy leaves out: the issue selector, and field mappings for keys the policy
// does not map. So the field picker and the clerk's document choice keep working on sites the policy names.

export type ParsedPolicy =
  | { status: 'none' }
  | { status: 'applied'; policy: PolicySettings }
  | { status: 'rejected'; problems: string[] };

export function parsePolicy(raw: unknown): ParsedPolicy {
  if (raw === undefined || raw === null || (isRecord(raw) && Object.keys(raw).length === 0))
    return { status: 'none' };
  const result = policySchema.safeParse(raw, RU_ERRORS);
  if (result.success) return { status: 'applied', policy: result.data };
  return { status: 'rejected', problems: describeIssues(result.error, raw) };
}

/** What the policy fixes: option names, `office.name`/`office.code`, `sites`, and `fields:<pattern>:<key>`. */
export type Locks = ReadonlySet<string>;
export const fieldLock = (match: string, key: string) => `fields:${match}:${key}`;
export const issueSelectorLock = (match: string) => `issueSelector:${match}`;

function mergeSite(
  policySite: SiteSettings,
  local: SiteSettings | undefined,
  locks: Set<string>,
): SiteSettings {
  const site: SiteSettings = { ...policySite };
  if (policySite.issueSelector !== undefined) locks.add(issueSelectorLock(policySite.match));
  else if (local?.issueSelector !== undefined) site.issueSelector = local.issueSelector;
  for (const key of Object.keys(policySite.fields ?? {})) locks.add(fieldLock(policySite.match, key));
  const fields = { ...local?.fields, ...policySite.fields };
  if (Object.keys(fields).length) site.fields = fields;
  return site;
}

export function mergeSettings(
  local: Settings,
  policy: PolicySettings | null,
): { settings: Settings; locks: Locks } {
  const locks = new Set<string>();
  if (!policy) return { settings: local, locks };
  const settings: Settings = { ...local };
  for (const key of ['gateEnabled', 'piiTtlMinutes', 'journalRetentionDays'] as const) {
    if (policy[key] === undefined) continue;
    (settings as Record<string, unknown>)[key] = policy[key];
    locks.add(key);
  }
  if (policy.office) {
    const office = { ...local.office };
    for (const part of ['name', 'code'] as const) {
      if (policy.office[part] === undefined) continue;
      office[part] = policy.office[part];
      locks.add(`office.${part}`);
    }
    settings.office = office;
  }
  if (policy.sites) {
    locks.add('sites');
    settings.sites = policy.sites.map((site) =>
      mergeSite(
        site,
        local.sites.find((s) => s.match === site.match),
        locks,
      ),
    );
  }
  return { settings, locks };
}
