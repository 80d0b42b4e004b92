import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUiLanguage } from '@/utils/i18n';

// fakeBrowser keeps state between tests unless reset. happy-dom's navigator says en-US: pages are tested in Russian.
beforeEach(() => {
  fakeBrowser.reset();
  setUiLanguage('ru');
});
