import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { chromiumArgs, extensionIdOf, VIEWPORT } from './chromium-args';
import { createSession, createTestPage, toExpression } from './common';
import { assertLaunchable } from './paths';
import { installChromiumPolicy, unpackedExtensionId } from './policy';
import { copyProfileTemplate } from './profile-templates';
import type { ExtSession, TestPage } from './types';

export { VIEWPORT };

// Chromium through playwright-core: a persistent context with the unpacked build of .output/chrome-mv3.

const PANEL_URL = /^chrome-extension:\/\/[a-p]{32}\/panel\.html/;

function wrapPage(page: Page): TestPage {
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  // The panel page is an out-of-process extension frame; playwright lists it among the page's frames by its URL.
  const panelFrame = (): Frame => {
    const frame = page.frames().find((f) => PANEL_URL.test(f.url()));
    if (!frame) throw new Error(`no panel frame on ${page.url()}`);
    return frame;
  };
  const inPanel = (selector: string) => panelFrame().locator(selector).first();
  return createTestPage({
    browser: 'chromium',
    // One expression string: playwright passes a single argument, and CDP evaluation is not subject to page CSP.
    evaluate: (fn, args) => page.evaluate(toExpression(fn, args)),
    frameEvaluate: async (urlPart, fn, args) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
      if (!frame) throw new Error(`frameEvaluate: no frame whose URL contains "${urlPart}"`);
      return frame.evaluate(toExpression(fn, args));
    },
    panelEvaluate: async (fn, args) => panelFrame().evaluate(toExpression(fn, args)),
    panelFill: (selector, value) => inPanel(selector).fill(value),
    mouseClick: (x, y) => page.mouse.click(x, y),
    fill: (selector, value) => page.locator(selector).first().fill(value),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, fullPage) => {
      await page.screenshot({ path, fullPage });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    url: () => page.url(),
    close: () => page.close(),
    dialogs,
    consoleErrors,
    raw: page,
  });
}

export async function launchChromium(
  opts: {
    headless?: boolean;
    policy?: Record<string, unknown>;
    alsoLoad?: string[];
    profileDir?: string;
  } = {},
): Promise<ExtSession> {
  const { binary, extensionDir } = assertLaunchable('chromium');
  const removePolicy = opts.policy ? installChromiumPolicy(extensionDir, opts.policy) : () => {};
  // The run's profile that has run the extension once (chromium-profile.ts): not under a policy, whose first answer
  // a new install waits for, nor beside other extensions.
  const profile =
    opts.policy || opts.alsoLoad?.length || opts.profileDir ? null : copyProfileTemplate('chromium');
  const removeFiles = () => {
    removePolicy();
    profile?.remove();
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(opts.profileDir ?? profile?.dir ?? '', {
      executablePath: binary,
      headless: opts.headless ?? true,
      args: chromiumArgs([extensionDir, ...(opts.alsoLoad ?? [])]),
      viewport: VIEWPORT,
      locale: 'ru-RU',
    });
  } catch (error) {
    removeFiles();
    throw error;
  }
  let id: string;
  try {
    id = await extensionIdOf(context);
    if (opts.policy && id !== unpackedExtensionId(extensionDir))
      throw new Error(
        `extension id ${id} is not the one the policy names (${unpackedExtensionId(extensionDir)})`,
      );
  } catch (error) {
    await context.close();
    removeFiles();
    throw new Error(`Chromium started but the extension's service worker never appeared: ${error}`);
  }
  const extensionOrigin = `chrome-extension://${id}/`;
  const open = async (url: string) => {
    const page = await context.newPage();
    // A page that cannot open (an extension page while the extension reloads) is closed, not left for every retry.
    await page.goto(url, { waitUntil: 'load' }).catch(async (error: unknown) => {
      await page.close().catch(() => {});
      throw error;
    });
    return wrapPage(page);
  };
  return createSession({
    browser: 'chromium',
    extensionOrigin,
    openPage: open,
    openExtensionPage: (path) => open(extensionOrigin + path),
    // Chromium disables a command-line unpacked extension that reloads itself unless developer mode is on.
    prepareReload: async () => {
      const page = await context.newPage();
      await page.goto('chrome://extensions');
      await page.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
          }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
      );
      await page.close();
    },
    close: async () => {
      try {
        await context.close();
      } finally {
        removeFiles();
      }
    },
    raw: context,
  });
}
