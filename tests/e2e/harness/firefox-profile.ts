import puppeteer from 'puppeteer-core';
import { browserBinary } from './paths';

// Firefox spends over a second of every start creating a new profile (its databases and start-up caches). The e2e
// run makes one profile at its start and every launch starts from a copy of it (profile-templates.ts): the same
// empty profile each time, with nothing of any earlier test in it.

/** Starts Firefox once on the empty profile in `dir` and closes it. */
export async function startFirefoxOnce(dir: string): Promise<void> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserBinary('firefox'),
    headless: true,
    userDataDir: dir,
  });
  await browser.close();
}
