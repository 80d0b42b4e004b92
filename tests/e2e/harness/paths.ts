import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Everything the harness needs to find on disk, in one place.

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const OUTPUT_DIRS = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv3'),
} as const;

const APT_PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr' } as const;
type Browser = keyof typeof APT_PACKAGES;

/** Debian's binaries; CHROMIUM_PATH / FIREFOX_PATH override them (read at launch time). */
export function browserBinary(browser: Browser): string {
  return browser === 'chromium'
    ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
    : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
}

/** Fails loudly (never skips) when a browser or a build is missing. */
export function assertLaunchable(browser: Browser): { binary: string; extensionDir: string } {
  const binary = browserBinary(browser);
  if (!existsSync(binary)) {
    throw new Error(
      `Browser for e2e tests not found: ${binary}. Install it with \`apt-get install -y ${APT_PACKAGES[browser]}\`` +
        `${process.env.CI === 'true' ? ' (CI=true: e2e tests never skip a missing browser).' : '.'}`,
    );
  }
  const extensionDir = OUTPUT_DIRS[browser];
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    const flag = browser === 'firefox' ? ' -b firefox' : '';
    throw new Error(
      `Extension build not found in ${extensionDir}. Run \`npx wxt build${flag}\` (npm test does it).`,
    );
  }
  return { binary, extensionDir };
}
