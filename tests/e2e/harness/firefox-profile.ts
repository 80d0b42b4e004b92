import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserBinary } from './paths';

// Firefox spends over a second of every start creating a new profile (its databases and start-up caches). The e2e
// run makes one profile at its start (profile-templates.ts, the run's globalSetup) and every launch starts from a copy of it:
// the same empty profile each time, with nothing of any earlier test in it. Without the template (a script, the
// demo) a launch creates its own profile as before.

const TEMPLATE_ENV = 'KARTA_FIREFOX_PROFILE_TEMPLATE';

/** Starts Firefox once on an empty profile and closes it; returns the profile's directory. */
export async function makeFirefoxProfileTemplate(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'karta-nso-firefox-template-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserBinary('firefox'),
    headless: true,
    userDataDir: dir,
  });
  await browser.close();
  return dir;
}

/** A fresh copy of the run's template and the way to remove it, or null when the run made none. */
export function copyFirefoxProfile(): { dir: string; remove: () => void } | null {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'karta-nso-firefox-profile-'));
  cpSync(template, dir, { recursive: true });
  const remove = () => {
    process.off('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  // A launch whose session is never closed (its describe filtered out) leaves no copy behind either.
  process.once('exit', remove);
  return { dir, remove };
}

/** For the run's globalSetup: makes the template, names it to the workers; returns its removal. */
export async function provideFirefoxProfileTemplate(): Promise<() => void> {
  const dir = await makeFirefoxProfileTemplate();
  process.env[TEMPLATE_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
