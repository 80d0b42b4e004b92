import workerConsole from 'node:console';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUiLanguage } from '@/utils/i18n';
import './happy-dom-selectors';

// Before every test: the extension API stubs (WXT installs them once per worker, and the files of the `pure` project
// share a worker, where one file may unstub globals), fakeBrowser reset (it keeps state between tests unless reset),
// and the Russian interface (happy-dom's navigator says en-US). The stubs also go in before a file's own imports: a
// module may look for the API when it is first imported. Once for all files: happy-dom's selectors taught the
// browsers' `:defined` and `:empty` (happy-dom-selectors.ts).
const stubExtensionApi = () => {
  vi.stubGlobal('chrome', fakeBrowser);
  vi.stubGlobal('browser', fakeBrowser);
};
stubExtensionApi();

// happy-dom loads no frame's page: the agent's panel frame (an extension address) gets its `error` event, and happy-dom
// also prints the refusal with its stack, for every frame appended, to the worker's own console (the one it was given
// before the test runner put its own in place). That line is the test DOM's, not the product's, and its stacks hid
// the output that matters; every other error still prints.
// Once per worker: the files of the `pure` project run this setup in one worker, one after another.
const quiet = workerConsole as Console & { happyDomFramesQuiet?: true };
if (!quiet.happyDomFramesQuiet) {
  const printError = quiet.error.bind(quiet);
  quiet.error = (...args: unknown[]) => {
    const message = (args[0] as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && message.endsWith('Iframe page loading is disabled.')) return;
    printError(...args);
  };
  quiet.happyDomFramesQuiet = true;
}

beforeEach(() => {
  stubExtensionApi();
  fakeBrowser.reset();
  setUiLanguage('ru');
});
