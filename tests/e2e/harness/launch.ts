import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { launchChromium } from './chromium';
import { sitesMatches } from './common';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtSession, LaunchOptions } from './types';

/**
 * Launches the browser with the built extension; returns once the background has registered the panel (unless
 * `waitForRegistration: false`).
 */
export async function launchExtension(
  browser: BrowserName,
  opts: LaunchOptions & { headless?: boolean } = {},
): Promise<ExtSession> {
  const session =
    browser === 'chromium'
      ? await launchChromium({
          headless: opts.headless,
          policy: opts.policy,
          alsoLoad: opts.alsoLoad,
          profileDir: opts.profileDir,
        })
      : await launchFirefox(opts);
  try {
    if (opts.local) await session.setStorage('local', opts.local);
    // Return only once the background has registered the panel (on every default site when the settings are the
    // default ones: it registers them one by one), so the first page opened gets it.
    if (opts.settings !== undefined) await session.applySettings(opts.settings);
    else if (opts.waitForRegistration !== false)
      await session.waitForRegistration(
        opts.policy || opts.local ? undefined : sitesMatches(DEFAULT_SETTINGS),
      );
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}
