import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { CitizenTools } from '@/components/popup/CitizenTools';
import { openCitizenScreen, openLeafletPage } from '@/utils/extension-pages';

// Opening the citizen's screen (its own window, for a second monitor) and the printable leaflet (a tab).

const api = (windowsFail = false) => ({
  runtime: { getURL: (path: string) => `chrome-extension://id${path}` },
  windows: { create: vi.fn(async () => (windowsFail ? Promise.reject(new Error('no windows')) : {})) },
  tabs: { create: vi.fn(async () => ({})) },
});

describe('opening the pages for the citizen', () => {
  test('the citizen’s screen opens in a window of its own', async () => {
    const browser = api();
    await openCitizenScreen(browser as never);
    expect(browser.windows.create).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://id/citizen.html', type: 'popup' }),
    );
    expect(browser.tabs.create).not.toHaveBeenCalled();
  });

  test('without a windows API it opens as a tab', async () => {
    const browser = api(true);
    await openCitizenScreen(browser as never);
    expect(browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/citizen.html' });
  });

  test('the leaflet opens as a tab', async () => {
    const browser = api();
    await openLeafletPage(browser as never);
    expect(browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/leaflet.html' });
  });

  test('the popup’s «Для гражданина» buttons', () => {
    const container = document.createElement('div');
    const onShowCitizen = vi.fn();
    const onPrintLeaflet = vi.fn();
    act(() =>
      render(<CitizenTools onShowCitizen={onShowCitizen} onPrintLeaflet={onPrintLeaflet} />, container),
    );
    act(() => container.querySelector<HTMLButtonElement>('[data-action="show-citizen"]')!.click());
    expect(onShowCitizen).toHaveBeenCalledTimes(1);
    expect(onPrintLeaflet).not.toHaveBeenCalled();
    act(() => container.querySelector<HTMLButtonElement>('[data-action="print-leaflet"]')!.click());
    expect(onPrintLeaflet).toHaveBeenCalledTimes(1);
    act(() => render(null, container));
  });
});
