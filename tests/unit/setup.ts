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

beforeEach(() => {
  stubExtensionApi();
  fakeBrowser.reset();
  setUiLanguage('ru');
});
