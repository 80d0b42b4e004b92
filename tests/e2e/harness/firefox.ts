import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { createSession, createTestPage, poll } from './common';
import { focusPanelControl, frameAddress } from './in-page';
import { assertLaunchable } from './paths';
import { firefoxPolicyLaunch } from './policy';
import { copyProfileTemplate } from './profile-templates';
import type { ExtSession, TestPage } from './types';

// Firefox ESR through puppeteer-core over WebDriver BiDi; the build of .output/firefox-mv3 is installed as a
// temporary add-on. The moz-extension UUID is pinned by a pref so extension pages have a known address.

export const GECKO_ID = 'karta-nso-clerk@osn.nso.ru'; // wxt.config.ts browser_specific_settings.gecko.id
export const FIREFOX_EXTENSION_UUID = '3f7d2c1a-5b8e-4c6d-9a0f-1e2b3c4d5e6f';
const VIEWPORT = { width: 1280, height: 800 };
const PANEL_PATH = '/panel.html';

async function pressCombo(page: Page, combo: string): Promise<void> {
  // puppeteer presses one key at a time: hold the modifiers of `Alt+Shift+K` around the last key.
  const keys = combo.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const last = keys.pop()!;
  for (const k of keys) await page.keyboard.down(k);
  await page.keyboard.press(last);
  for (const k of keys.reverse()) await page.keyboard.up(k);
}

function wrapPage(page: Page, knownUrl?: string): TestPage {
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error instanceof Error ? error.message : String(error)));
  // BiDi reports extension frames as about:blank; the frame itself knows its address.
  let known: Frame | null = null;
  const panelFrame = async (): Promise<Frame> => {
    if (known && !known.detached) {
      const still = await known.evaluate(frameAddress).catch(() => '');
      if (still.endsWith(PANEL_PATH)) return known;
    }
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const address = await frame.evaluate(frameAddress).catch(() => '');
      if (address.startsWith('moz-extension:') && address.endsWith(PANEL_PATH)) {
        known = frame;
        return frame;
      }
    }
    throw new Error(`no panel frame on ${page.url()}`);
  };
  return createTestPage({
    browser: 'firefox',
    evaluate: (fn, args) =>
      (typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn, ...args)) as Promise<never>,
    frameEvaluate: async (urlPart, fn, args) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
      if (!frame) throw new Error(`frameEvaluate: no frame whose URL contains "${urlPart}"`);
      return (typeof fn === 'string' ? frame.evaluate(fn) : frame.evaluate(fn, ...args)) as Promise<never>;
    },
    panelEvaluate: async (fn, args) => {
      const frame = await panelFrame();
      return (typeof fn === 'string' ? frame.evaluate(fn) : frame.evaluate(fn, ...args)) as Promise<never>;
    },
    panelFill: async (selector, value) => {
      const tag = await (await panelFrame()).evaluate(focusPanelControl, selector);
      if (tag === 'missing') throw new Error(`"${selector}" not found in the panel`);
      if (value === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(value);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    fill: (selector, value) => page.locator(selector).fill(value),
    press: (key) => pressCombo(page, key),
    screenshot: async (path, fullPage) => {
      await page.screenshot({ path, fullPage });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    // puppeteer over BiDi keeps reporting about:blank for moz-extension tabs; report the address we opened.
    url: () => (knownUrl && page.url() === 'about:blank' ? knownUrl : page.url()),
    close: () => page.close(),
    dialogs,
    consoleErrors,
    raw: page,
  });
}

/** Opens a moz-extension page. Firefox ≥153 needs --remote-allow-system-access for it, and the BiDi navigation
 *  never reports completion, so wait for the document itself instead of the goto() promise. */
async function openExtensionTab(browser: Browser, url: string): Promise<TestPage> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 0 }).catch(() => {});
  // A page that cannot open (an extension page while the extension reloads) is closed, not left for every retry.
  await poll(
    () => page.evaluate((u) => location.href.startsWith(u) && document.readyState === 'complete', url),
    15_000,
    `extension page ${url} to load`,
  ).catch(async (error: unknown) => {
    await page.close().catch(() => {});
    throw error;
  });
  return wrapPage(page, url);
}

export async function launchFirefox(
  opts: { headless?: boolean; policy?: Record<string, unknown>; alsoLoad?: string[] } = {},
): Promise<ExtSession> {
  const { binary, extensionDir } = assertLaunchable('firefox');
  const policy = opts.policy ? firefoxPolicyLaunch(GECKO_ID, opts.policy) : null;
  const profile = copyProfileTemplate('firefox');
  const removeFiles = () => {
    policy?.remove();
    profile?.remove();
  };
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      ...(profile ? { userDataDir: profile.dir } : {}),
      browser: 'firefox',
      executablePath: binary,
      headless: opts.headless ?? true,
      defaultViewport: VIEWPORT,
      args: ['--remote-allow-system-access'],
      ...(policy ? { env: { ...process.env, ...policy.env } } : {}),
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        'intl.locale.requested': 'ru-RU',
        'intl.accept_languages': 'ru-RU, ru',
        ...policy?.prefs,
      },
    });
  } catch (error) {
    removeFiles();
    throw error;
  }
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== GECKO_ID) throw new Error(`installed add-on id ${installed}, expected ${GECKO_ID}`);
    for (const dir of opts.alsoLoad ?? []) await browser.installExtension(dir);
  } catch (error) {
    await browser.close();
    removeFiles();
    throw new Error(`Firefox could not install ${extensionDir}: ${error}`);
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  return createSession({
    browser: 'firefox',
    extensionOrigin,
    openPage: async (url) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPage(page);
    },
    openExtensionPage: (path) => openExtensionTab(browser, extensionOrigin + path),
    close: async () => {
      try {
        await browser.close();
      } finally {
        removeFiles();
      }
    },
    raw: browser,
  });
}
