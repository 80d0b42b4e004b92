import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtSession, LaunchOptions } from './types';

// Entry point for e2e tests: `describe.each(BROWSERS)('%s', (browser) => { … launchExtension(browser) … })`.

export { axeViolations } from './axe';
export { poll } from './common';
export { PANEL_TAG } from './in-page';
export { ROOT } from './paths';
export { type FixtureServer, startFixtureServer } from './server';
export * from './types';

export async function launchExtension(
  browser: BrowserName,
  opts: LaunchOptions & { headless?: boolean } = {},
): Promise<ExtSession> {
  const session =
    browser === 'chromium'
      ? await launchChromium({ headless: opts.headless, policy: opts.policy })
      : await launchFirefox(opts);
  try {
    if (opts.local) await session.setStorage('local', opts.local);
    // Either way, return only once the background has registered the panel, so the first page opened gets it.
    if (opts.settings !== undefined) await session.applySettings(opts.settings);
    else await session.waitForRegistration();
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}
