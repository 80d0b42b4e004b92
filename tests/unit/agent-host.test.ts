import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelHost, HOST_TAG, PANEL_WIDTH_PX } from '@/utils/agent/host';
import { createLifecycle } from '@/utils/agent/lifecycle';
import { loadUiState, saveUiState, UI_STORAGE_KEY } from '@/utils/agent/ui-state';

// The agent's host: a closed shadow root around the panel page's iframe, the reserved width as a style inside the
// host (so removing the host gives the page its width back), and the host back when a page removes it.

const SRC = 'about:blank'; // the panel page's address in the browser; not loaded here
const runtime = { id: 'ext' } as { id?: string };

afterEach(() => {
  for (const el of document.documentElement.querySelectorAll(HOST_TAG)) el.remove();
  runtime.id = 'ext';
});

function start() {
  const life = createLifecycle(runtime);
  const host = createPanelHost(document, life);
  host.showPanel(SRC);
  const element = document.querySelector(HOST_TAG) as HTMLElement;
  return { life, host, element };
}

const docked = () =>
  [...document.querySelectorAll('style')].some((s) => s.textContent?.includes('margin-right'));

test('a closed shadow root on <html> holds a titled iframe of the panel page; the page sees no inside', () => {
  const { element, life } = start();
  expect(element.parentElement).toBe(document.documentElement);
  expect(element.shadowRoot).toBeNull();
  expect(element.querySelector('iframe')).toBeNull(); // the frame is in the closed shadow root, not the light DOM
  life.stop();
});

test('the host and the reserved width are there at once; the frame goes into the closed root when the panel is shown', () => {
  const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
  const life = createLifecycle(runtime);
  const host = createPanelHost(document, life);
  const element = document.querySelector(HOST_TAG) as HTMLElement;
  expect(element.parentElement).toBe(document.documentElement);
  expect(docked()).toBe(true); // before any configuration: the page is laid out once, already narrower
  const root = attachShadow.mock.results[0].value as ShadowRoot;
  expect(root.querySelector('iframe')).toBeNull();
  expect(document.readyState).toBe('complete');
  host.showPanel(SRC);
  const frame = root.querySelector('iframe') as HTMLIFrameElement;
  expect(frame.getAttribute('src')).toBe(SRC);
  expect(frame.title).toContain('Панель');
  host.showPanel(SRC);
  expect(root.querySelectorAll('iframe')).toHaveLength(1);
  attachShadow.mockRestore();
  life.stop();
});

test('expanded reserves the panel width with a screen-only style inside the host; collapsed gives it back', () => {
  const { host, element, life } = start();
  const style = element.querySelector('style')!;
  expect(style.textContent).toContain(`margin-right:${PANEL_WIDTH_PX}px`);
  expect(style.textContent).toContain('@media screen');
  host.setCollapsed(true);
  expect(docked()).toBe(false);
  host.setCollapsed(false);
  expect(docked()).toBe(true);
  life.stop();
});

test('the end of the agent removes the host and with it the reserved width', () => {
  const { life } = start();
  expect(docked()).toBe(true);
  life.stop();
  expect(document.querySelector(HOST_TAG)).toBeNull();
  expect(docked()).toBe(false);
});

test('a page that removes the host gets it back; once the extension is gone it stays removed', async () => {
  const { element, life } = start();
  element.remove();
  await vi.waitFor(() => expect(document.querySelector(HOST_TAG)).toBe(element));
  runtime.id = undefined; // reloaded or updated: this world's runtime is gone
  element.remove();
  await new Promise((r) => setTimeout(r, 20));
  expect(document.querySelector(HOST_TAG)).toBeNull();
  expect(life.signal.aborted).toBe(true);
});

describe('ui state (storage.local key «ui»)', () => {
  test('expanded on first use, remembers collapsed, stores nothing else', async () => {
    expect(await loadUiState()).toEqual({ collapsed: false });
    await saveUiState({ collapsed: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [UI_STORAGE_KEY]: { collapsed: true } });
    expect(await loadUiState()).toEqual({ collapsed: true });
  });

  test('garbage in storage counts as first use', async () => {
    await fakeBrowser.storage.local.set({ [UI_STORAGE_KEY]: 'collapsed' });
    expect(await loadUiState()).toEqual({ collapsed: false });
  });
});
