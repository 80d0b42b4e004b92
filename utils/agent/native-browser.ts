// The panel content script's `wxt/browser` (wired in wxt.config.ts for that bundle only): the browser's own
// promise-based extension API. Chrome MV3 and Firefox both return promises from the calls the panel makes
// (storage, runtime), so the 10 KB webextension-polyfill stays in the extension pages and the background, where it is
// free, and out of every matched page (size budget).
// Looked up on each use, not when the agent starts: the browser builds the API's objects in the page's process on the
// first touch (~5 ms), which at document_start would hold up the page's parser; a МАИС page's agent first needs the
// API once the page has loaded.
type ExtensionApi = typeof import('webextension-polyfill');

const globals = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

export const browser: ExtensionApi = new Proxy({} as ExtensionApi, {
  get: (_, key) => (globals.browser ?? (globals.chrome as ExtensionApi))[key as keyof ExtensionApi],
});
