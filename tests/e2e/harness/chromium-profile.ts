import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, extensionIdOf, VIEWPORT } from './chromium-args';
import { assertLaunchable } from './paths';

// Chromium answers `storage.managed` only ~3 s after it starts (its policy service), and the background of a new
// install waits for that first answer before it registers the panel (utils/background/policy-copy.ts): every launch
// on a new profile spent those seconds idle. The e2e run starts the built extension once on an empty profile, lets
// the background keep the policy's answer, and every launch without a policy starts from a copy of that profile —
// a browser that has run the extension once, with nothing of any test in it. A launch under a policy, with other
// extensions, on a profile of its own, or outside the e2e run (a script, the demo) starts on a new profile.

const TEMPLATE_ENV = 'KARTA_CHROMIUM_PROFILE_TEMPLATE';

interface Api {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** Starts Chromium with the build once, until its background has kept the policy's answer; returns the profile. */
export async function makeChromiumProfileTemplate(): Promise<string> {
  const { binary, extensionDir } = assertLaunchable('chromium');
  const dir = mkdtempSync(path.join(tmpdir(), 'karta-nso-chromium-template-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: binary,
    headless: true,
    args: chromiumArgs([extensionDir]),
    viewport: VIEWPORT,
    locale: 'ru-RU',
  });
  try {
    await extensionIdOf(context);
    const worker = context.serviceWorkers()[0];
    const deadline = Date.now() + 30_000;
    const kept = () =>
      worker.evaluate(
        async () =>
          'policyCopy' in
          (await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('policyCopy')),
      );
    while (!(await kept())) {
      if (Date.now() > deadline)
        throw new Error('the extension never kept the policy answer in the template profile');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await context.close();
  }
  return dir;
}

/** A fresh copy of the run's template and the way to remove it, or null when the run made none. */
export function copyChromiumProfile(): { dir: string; remove: () => void } | null {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'karta-nso-chromium-profile-'));
  cpSync(template, dir, { recursive: true });
  const remove = () => {
    process.off('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);
  return { dir, remove };
}

/** For the run's globalSetup: makes the template, names it to the workers; returns its removal. */
export async function provideChromiumProfileTemplate(): Promise<() => void> {
  const dir = await makeChromiumProfileTemplate();
  process.env[TEMPLATE_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
