// The panel content script's `wxt/browser` (wired in wxt.config.ts for that bundle only): the browser's own
// promise-based extension API. Chrome MV3 and Firefox both return promises from the calls the panel makes
// (storage, runtime), so the 10 KB webextension-polyfill stays in the extension pages and the background, where it is
// free, and out of every matched page (size budget).
type ExtensionApi = typeof import('webextension-polyfill');

const globals = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

export const browser: ExtensionApi = globals.browser ?? (globals.chrome as ExtensionApi);
