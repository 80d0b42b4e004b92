import { chromium } from 'playwright-core';
import { chromiumArgs, extensionIdOf, VIEWPORT } from './chromium-args';
import { poll } from './common';
import { assertLaunchable } from './paths';

// Chromium answers `storage.managed` only ~3 s after it starts (its policy service), and the background of a new
// install waits for that first answer before it registers the panel (utils/background/policy-copy.ts): every launch
// on a new profile spent those seconds idle. The e2e run starts the built extension once on an empty profile, lets
// the background keep the policy's answer, and every launch without a policy starts from a copy of that profile
// (profile-templates.ts) — a browser that has run the extension once, with nothing of any test in it. A launch under
// a policy, with other extensions, on a profile of its own, or outside the e2e run (a script, the demo) starts on a
// new profile.

interface Api {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** Starts Chromium with the build once on the empty profile in `dir`, until its background keeps the policy's answer. */
export async function startChromiumOnce(dir: string): Promise<void> {
  const { binary, extensionDir } = assertLaunchable('chromium');
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
    await poll(
      () =>
        worker.evaluate(
          async () =>
            'policyCopy' in
            (await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get('policyCopy')),
        ),
      30_000,
      'the extension to keep the policy answer in the template profile',
    );
  } finally {
    await context.close();
  }
}
