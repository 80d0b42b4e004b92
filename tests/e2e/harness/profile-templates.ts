import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startChromiumOnce } from './chromium-profile';
import { startFirefoxOnce } from './firefox-profile';
import type { BrowserName } from './types';

// The profiles every launch of the e2e run starts from: made once by this file (the run's vitest globalSetup) for
// the browsers the run includes, side by side, and removed after it; each launch copies its browser's template
// (why each browser has one: chromium-profile.ts, firefox-profile.ts). Without a template (a script, the demo) a
// launch creates its own profile.

/** What each browser's template is: an empty profile directory, filled by a first start. */
const FIRST_START: Record<BrowserName, (dir: string) => Promise<void>> = {
  chromium: startChromiumOnce,
  firefox: startFirefoxOnce,
};

/** Names the template's directory to the test workers, which inherit the environment. */
const templateEnv = (browser: BrowserName) => `KARTA_${browser.toUpperCase()}_PROFILE_TEMPLATE`;

/** A fresh copy of the run's template for `browser` and the way to remove it, or null when the run made none. */
export function copyProfileTemplate(browser: BrowserName): { dir: string; remove: () => void } | null {
  const template = process.env[templateEnv(browser)];
  if (!template) return null;
  const dir = mkdtempSync(path.join(tmpdir(), `karta-nso-${browser}-profile-`));
  cpSync(template, dir, { recursive: true });
  const remove = () => {
    process.off('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  // A launch whose session is never closed (its describe filtered out) leaves no copy behind either.
  process.once('exit', remove);
  return { dir, remove };
}

export default async function setup(): Promise<() => void> {
  const only = process.env.E2E_BROWSER;
  const browsers = (Object.keys(FIRST_START) as BrowserName[]).filter((b) => !only || b === only);
  const dirs = browsers.map((b) => mkdtempSync(path.join(tmpdir(), `karta-nso-${b}-template-`)));
  const removeAll = () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(browsers.map((b, i) => FIRST_START[b](dirs[i])));
  } catch (error) {
    removeAll();
    throw error;
  }
  browsers.forEach((b, i) => {
    process.env[templateEnv(b)] = dirs[i];
  });
  return removeAll;
}
