import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addressOfPattern } from '@/utils/background/field-picker';
import { startBackground } from '@/utils/background/main';
import { createEngine, ENGINE_GLOBAL, installEngine } from '@/utils/engine/api';
import type { ScriptingForEngine } from '@/utils/engine/load';
import { PICKER_ATTRIBUTE } from '@/utils/engine/pick-overlay';
import type { SenderInfo } from '@/utils/messaging/senders';
import { createFakeScripting } from './background-fake-scripting';
import { ask, senders } from './background-senders';

// The field picker through the background, as the options page uses it: pickFieldOnPage finds (or opens) a tab the
// site decides, runs the engine's pick there (the page is happy-dom's document; the pointer is played by
// `elementsFromPoint`), stores the selector in `settings` and goes back to the options tab; testSelectorOnPage
// counts on the open tab. Only extension pages may ask.

const MATCH = 'http://127.0.0.1/mais/*';
const PAGE_URL = 'http://127.0.0.1:5173/mais/card?id=1';

let stop: () => void = () => {};
afterEach(() => {
  stop();
  layer()?.remove();
  document.body.innerHTML = '';
  delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
  delete (globalThis as Record<string, unknown>)[ENGINE_GLOBAL];
});

const layer = () => document.querySelector(`[${PICKER_ATTRIBUTE}]`) as HTMLElement | null;

/** executeScript as the browser runs it: the engine file installs on this global, functions run with args. */
function engineScripting(): ScriptingForEngine & { files: number } {
  const scripting = {
    files: 0,
    async executeScript({ files, func, args }: Parameters<ScriptingForEngine['executeScript']>[0]) {
      if (files) {
        scripting.files++;
        installEngine(globalThis, () => createEngine(document));
        return [{ result: undefined }];
      }
      return [{ result: await func?.(...(args ?? [])) }];
    },
  };
  return scripting;
}

async function startWith(settings: unknown, managed?: unknown) {
  const scripting = engineScripting();
  Object.assign(fakeBrowser, {
    scripting: { ...createFakeScripting(), executeScript: scripting.executeScript },
  });
  Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => {}, removeListener: () => {} } });
  Object.assign(fakeBrowser.storage.session, { setAccessLevel: async () => {} });
  await fakeBrowser.storage.local.set({ settings });
  if (managed) await fakeBrowser.storage.managed.set(managed);
  await fakeBrowser.windows.create({ focused: true });
  stop = startBackground();
  return scripting;
}

/** The options page, opened as a tab. */
async function optionsSender(): Promise<SenderInfo> {
  const url = `chrome-extension://${fakeBrowser.runtime.id}/options.html#settings`;
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return { id: fakeBrowser.runtime.id, url, tab: { id: tab.id, url } };
}

/** Waits for the picker's layer, then clicks `target` through it. */
async function clickWhenPicking(target: Element) {
  await vi.waitFor(() => expect(layer()).not.toBeNull());
  (document as { elementsFromPoint?: unknown }).elementsFromPoint = () => [layer(), target, document.body];
  layer()?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 5, clientY: 5 }));
}

async function storedFields() {
  const { settings } = (await fakeBrowser.storage.local.get('settings')) as {
    settings: { sites: Array<{ match: string; fields?: Record<string, string> }> };
  };
  return settings.sites.find((s) => s.match === MATCH)?.fields;
}

const FORM = '<form id="card"><label>Страховой номер <input name="ss"></label><input name="other"></form>';

test('a field picked on the site’s open tab is stored, and the options tab comes back to the front', async () => {
  await startWith({ sites: [{ kind: 'mais', match: MATCH, label: 'МАИС' }] });
  await fakeBrowser.tabs.create({ url: 'https://elsewhere.ru/' });
  const page = await fakeBrowser.tabs.create({ url: PAGE_URL });
  const options = await optionsSender();
  document.body.innerHTML = FORM;

  const answer = ask(options, 'pickFieldOnPage', { match: MATCH, key: 'snils' });
  await clickWhenPicking(document.querySelector('[name="ss"]') as Element);
  expect(await answer).toEqual({ status: 'picked', selector: 'input[name="ss"]', matchCount: 1 });
  expect(await storedFields()).toEqual({ snils: 'input[name="ss"]' });
  const [active] = await fakeBrowser.tabs.query({ active: true });
  expect(active.id).toBe(options.tab?.id);
  expect(active.id).not.toBe(page.id);

  expect(await ask(options, 'testSelectorOnPage', { match: MATCH, selector: 'input' })).toEqual({
    status: 'tested',
    matchCount: 2,
    pageUrl: PAGE_URL,
  });
});

test('Esc stores nothing; a policy’s mapping and an unknown site are refused before any pick', async () => {
  await startWith(
    { sites: [{ kind: 'mais', match: MATCH }] },
    { sites: [{ kind: 'mais', match: MATCH, fields: { idSeries: '#series' } }] },
  );
  await fakeBrowser.tabs.create({ url: PAGE_URL });
  const options = await optionsSender();
  document.body.innerHTML = FORM;

  const answer = ask(options, 'pickFieldOnPage', { match: MATCH, key: 'snils' });
  await vi.waitFor(() => expect(layer()).not.toBeNull());
  layer()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(await answer).toEqual({ status: 'cancelled' });
  expect(await storedFields()).toBeUndefined();

  expect(await ask(options, 'pickFieldOnPage', { match: MATCH, key: 'idSeries' })).toEqual({
    status: 'refused',
    reason: expect.stringMatching(/администратором/),
  });
  expect(await ask(options, 'pickFieldOnPage', { match: 'https://x.ru/*', key: 'snils' })).toEqual({
    status: 'refused',
    reason: expect.stringMatching(/нет в настройках/),
  });
  expect(layer()).toBeNull();
});

test('with no tab open, the site’s address is opened and picked on once loaded', async () => {
  await startWith({ sites: [{ kind: 'mais', match: MATCH }] });
  const options = await optionsSender();
  document.body.innerHTML = FORM;
  const answer = ask(options, 'pickFieldOnPage', { match: MATCH, key: 'lastName' });
  let opened: { id?: number; url?: string } | undefined;
  await vi.waitFor(async () => {
    opened = (await fakeBrowser.tabs.query({})).find((t) => t.url === 'http://127.0.0.1/mais/');
    expect(opened).toBeDefined();
  });
  await fakeBrowser.tabs.update(opened?.id as number, { status: 'complete' } as never);
  await clickWhenPicking(document.querySelector('[name="other"]') as Element);
  expect(await answer).toEqual({ status: 'picked', selector: 'input[name="other"]', matchCount: 1 });
  expect(await storedFields()).toEqual({ lastName: 'input[name="other"]' });
});

test('no page: nothing open and no address in the pattern, or a page that leaves the site; a closed tab cancels', async () => {
  await startWith({
    sites: [
      { kind: 'mais', match: 'https://*.nso.ru/*' },
      { kind: 'mais', match: MATCH },
    ],
  });
  const options = await optionsSender();
  const before = (await fakeBrowser.tabs.query({})).length;
  expect(await ask(options, 'pickFieldOnPage', { match: 'https://*.nso.ru/*', key: 'snils' })).toEqual({
    status: 'no-page',
  });
  expect(await ask(options, 'testSelectorOnPage', { match: MATCH, selector: '#x' })).toEqual({
    status: 'no-page',
  });
  expect(await fakeBrowser.tabs.query({})).toHaveLength(before);

  // The address redirects to a login page the site does not decide.
  const redirected = ask(options, 'pickFieldOnPage', { match: MATCH, key: 'snils' });
  await vi.waitFor(async () => expect(await fakeBrowser.tabs.query({})).toHaveLength(before + 1));
  const [login] = (await fakeBrowser.tabs.query({})).slice(-1);
  await fakeBrowser.tabs.update(
    login.id as number,
    { url: 'http://127.0.0.1/login', status: 'complete' } as never,
  );
  expect(await redirected).toEqual({ status: 'no-page' });

  const page = await fakeBrowser.tabs.create({ url: PAGE_URL });
  document.body.innerHTML = FORM;
  const closed = ask(options, 'pickFieldOnPage', { match: MATCH, key: 'snils' });
  await vi.waitFor(() => expect(layer()).not.toBeNull());
  await fakeBrowser.tabs.onRemoved.trigger(page.id as number, { windowId: 0, isWindowClosing: false });
  expect(await closed).toEqual({ status: 'cancelled' });
  expect(await storedFields()).toBeUndefined();
});

test('only extension pages may pick or test, with well-formed requests', async () => {
  await startWith({ sites: [{ kind: 'mais', match: MATCH }] });
  for (const sender of [senders.panel(), senders.agent(), senders.otherExtension()]) {
    await expect(ask(sender, 'pickFieldOnPage', { match: MATCH, key: 'snils' })).rejects.toThrow(
      /не принимается/,
    );
    await expect(ask(sender, 'testSelectorOnPage', { match: MATCH, selector: '#a' })).rejects.toThrow(
      /не принимается/,
    );
  }
  await expect(
    ask(senders.popup(), 'pickFieldOnPage', { match: MATCH, key: 'password' as 'snils' }),
  ).rejects.toThrow(/не распознано/);
  await expect(ask(senders.popup(), 'testSelectorOnPage', { match: MATCH, selector: '' })).rejects.toThrow(
    /не распознано/,
  );
  expect(layer()).toBeNull();
});

test('the address a pattern names', () => {
  expect(addressOfPattern('https://mais.nso.ru/*')).toBe('https://mais.nso.ru/');
  expect(addressOfPattern('*://mais.nso.ru/app/*/card')).toBe('https://mais.nso.ru/app/');
  expect(addressOfPattern('http://127.0.0.1/fixtures/mais/*')).toBe('http://127.0.0.1/fixtures/mais/');
  expect(addressOfPattern('https://*.nso.ru/*')).toBeNull();
  expect(addressOfPattern('<all_urls>')).toBeNull();
  expect(addressOfPattern('file:///C:/mais/*')).toBeNull();
});
