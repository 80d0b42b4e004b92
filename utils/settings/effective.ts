import { browser } from 'wxt/browser';
import { type Locks, mergeSettings, type ParsedPolicy, parsePolicy } from './policy';
import type { Settings } from './schema';
import { overlapProblems } from './sites';
import { readSettings } from './store';

// The settings in force: local settings with the browser policy on top (policy.ts). The background registers
// sites and builds the panel config from these, and the options page shows them.

export interface EffectiveSettings {
  settings: Settings;
  locks: Locks;
  policy: ParsedPolicy;
  /** Every Russian problem to show: stored settings, a rejected policy, overlapping site patterns. */
  errors: string[];
}

/** Where the policy is read: `browser.storage.managed`, or the background's copy of it (policy-copy.ts). */
export interface ManagedArea {
  get(): Promise<unknown>;
}

/** The policy object, or undefined when there is none (Firefox rejects when no policy names this extension). */
export async function readManaged(area: ManagedArea | undefined = browser.storage.managed): Promise<unknown> {
  try {
    return await area?.get();
  } catch {
    return undefined;
  }
}

export function policyErrors(policy: ParsedPolicy): string[] {
  if (policy.status !== 'rejected') return [];
  return [
    'Политика администратора отклонена и не применена, действуют локальные настройки. Ошибки политики:',
    ...policy.problems,
  ];
}

export async function readEffectiveSettings(area?: ManagedArea): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([readSettings(), readManaged(area)]);
  const policy = parsePolicy(managed);
  const { settings, locks } = mergeSettings(
    local.settings,
    policy.status === 'applied' ? policy.policy : null,
  );
  return {
    settings,
    locks,
    policy,
    errors: [...local.errors, ...policyErrors(policy), ...overlapProblems(settings.sites)],
  };
}
