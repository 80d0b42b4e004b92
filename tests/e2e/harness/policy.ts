import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A browser policy for the extension under test (`launchExtension(browser, { policy })`), scoped so it reaches
// nothing else running on the machine:
// - Chromium reads /etc/chromium/policies/managed/*.json on Linux (root only). The file names only this build's
//   extension id — for an unpacked extension the id is derived from its directory, so another checkout's build is
//   a different extension — and it is removed when the session closes.
// - Firefox reads a policies.json given by `browser.policies.alternatePath`, which it honours only under test
//   automation (the pref below and MOZ_DISABLE_NONLOCAL_CONNECTIONS); the file lives in a temporary directory.

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id of an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

/** Writes the policy file; returns a function that removes it. */
export function installChromiumPolicy(extensionDir: string, policy: Record<string, unknown>): () => void {
  const id = unpackedExtensionId(extensionDir);
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = path.join(CHROMIUM_POLICY_DIR, `karta-nso-e2e-${id}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return () => rmSync(file, { force: true });
}

export interface FirefoxPolicyLaunch {
  prefs: Record<string, unknown>;
  env: Record<string, string>;
  remove: () => void;
}

export function firefoxPolicyLaunch(geckoId: string, policy: Record<string, unknown>): FirefoxPolicyLaunch {
  const dir = mkdtempSync(path.join(tmpdir(), 'karta-nso-policy-'));
  const file = path.join(dir, 'policies.json');
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [geckoId]: policy } } } }));
  return {
    prefs: {
      'browser.policies.alternatePath': file,
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
    },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
