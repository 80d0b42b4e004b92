import { bin, hasCommand, run } from './run.mjs';

// Builds the extension. Concurrent builds (a test run beside a bench run) take a shared lock.

const LOCK = '/tmp/karta-build.lock';
const TARGETS = {
  chromium: { args: ['build'], out: '.output/chrome-mv3' },
  firefox: { args: ['build', '-b', 'firefox'], out: '.output/firefox-mv3' },
};

/** Builds each browser in turn; resolves to true when all succeeded. */
export async function buildExtension(browsers = ['chromium', 'firefox']) {
  const useLock = hasCommand('flock');
  for (const browser of browsers) {
    const { args } = TARGETS[browser];
    const code = useLock ? await run('flock', [LOCK, bin('wxt'), ...args]) : await run(bin('wxt'), args);
    if (code !== 0) {
      console.error(`Сборка для ${browser} не удалась (код ${code}).`);
      return false;
    }
  }
  return true;
}

export const outputDir = (browser) => TARGETS[browser].out;
