import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/utils/background/main';
import { togglePanelInActiveTab } from '@/utils/background/toggle-command';
import { DEFAULT_PACK } from '@/utils/content-pack';
import { installMissingApis, site } from './background-apis';
import { ask, senders, TAB } from './background-senders';
import { line } from './journal-helpers';

// The wired background against fakeBrowser: every message as the browser delivers it, with its sender.

let stop: () => void = () => {};
afterEach(() => stop());

describe('background', () => {
  test('registers the panel for the stored sites on start and stores no errors for good settings', async () => {
    const apis = installMissingApis();
    await fakeBrowser.storage.local.set({ settings: { version: 1, sites: [site('https://a.ru/*')] } });
    stop = startBackground();
    await vi.waitFor(() =>
      expect(apis.scripting.patterns()).toEqual({ 'karta-panel-0': ['https://a.ru/*'] }),
    );
    expect(apis.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  test('an old journal is moved to day keys only once the panel is registered', async () => {
    const apis = installMissingApis();
    await fakeBrowser.storage.local.set({
      settings: { version: 1, sites: [site('https://a.ru/*')] },
      journal: [line('accepted', new Date(2026, 2, 10, 9, 0))],
    });
    const order: string[] = [];
    const register = apis.scripting.registerContentScripts.bind(apis.scripting);
    apis.scripting.registerContentScripts = async (list) => {
      await register(list);
      order.push('registered');
    };
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('journal:'))) order.push('journal moved');
      return set(items);
    });
    // A background starting after an update: its modules load afresh.
    vi.resetModules();
    const fresh = await import('@/utils/background/main');
    stop = fresh.startBackground();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('journal$')).journal$).toEqual({ v: 2 }),
    );
    expect(order).toEqual(['registered', 'journal moved']);
  });

  test('re-registers when settings change, and stores the Russian errors for the options page', async () => {
    const apis = installMissingApis();
    await fakeBrowser.storage.local.set({ settings: { version: 1, sites: [site('https://a.ru/*')] } });
    stop = startBackground();
    await vi.waitFor(() => expect(Object.keys(apis.scripting.patterns())).toHaveLength(1));

    await fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        sites: [site('https://b.ru/*'), site('nonsense'), site('https://c.ru/*', 'mais')],
      },
    });
    await vi.waitFor(() =>
      expect(apis.scripting.patterns()).toEqual({
        'karta-panel-0': ['https://b.ru/*'],
        'karta-panel-1': ['https://c.ru/*'],
      }),
    );
    await vi.waitFor(async () => {
      const { settingsErrors } = await fakeBrowser.storage.local.get('settingsErrors');
      expect(settingsErrors).toEqual([
        expect.stringMatching(/^Сайт №2 \(«nonsense»\): поле match: шаблон адреса/),
      ]);
    });
  });

  test('panelHello answers the panel with the configuration of its tab, and no one else', async () => {
    installMissingApis();
    await fakeBrowser.storage.local.set({
      settings: { version: 1, sites: [site('http://127.0.0.1/mais/*', 'mais')], piiTtlMinutes: 15 },
    });
    stop = startBackground();
    const config = await ask(senders.panel(), 'panelHello');
    expect(config).toEqual({
      kind: 'mais',
      site: { kind: 'mais', match: 'http://127.0.0.1/mais/*' },
      gateEnabled: true,
      piiTtlMinutes: 15,
      pack: DEFAULT_PACK,
    });
    expect(await ask(senders.panel({ id: 8, url: 'http://127.0.0.1:5173/other' }), 'panelHello')).toBeNull();
    for (const sender of [senders.agent(), senders.popup(), senders.otherExtension(), senders.panelAsTab()])
      await expect(ask(sender, 'panelHello')).rejects.toThrow(/не принимается/);
  });

  test('agentHello gives the top frame of a configured page its kind, gate settings and remembered layout only', async () => {
    installMissingApis();
    await fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        sites: [{ kind: 'issuance', match: 'http://127.0.0.1/mais/*', issueSelector: '#issue' }],
        gateEnabled: false,
      },
    });
    stop = startBackground();
    expect(await ask(senders.agent(), 'agentHello')).toEqual({
      kind: 'issuance',
      gate: { enabled: false, issueSelector: '#issue' },
      siteFields: undefined,
      collapsed: false,
    });
    // The panel left collapsed: the page's agent hears it from the background, never from storage itself.
    await fakeBrowser.storage.local.set({ ui: { collapsed: true } });
    expect(await ask(senders.agent(), 'agentHello')).toMatchObject({ collapsed: true });
    await expect(ask(senders.subframe(), 'agentHello')).rejects.toThrow(/не принимается/);
    await expect(ask(senders.panel(), 'agentHello')).rejects.toThrow(/не принимается/);
  });

  test('readFields puts the form reader into the top frame of a МАИС page whose agent asks, for no one else', async () => {
    const apis = installMissingApis();
    await fakeBrowser.storage.local.set({
      settings: {
        version: 1,
        sites: [site('http://127.0.0.1:5173/mais/*', 'mais'), site('http://127.0.0.1:5173/issue/*')],
      },
    });
    stop = startBackground();
    await ask(senders.agent(), 'readFields');
    expect(apis.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: TAB.id, frameIds: [0] },
      files: ['/fields-reader.js'],
    });
    const issuance = { id: 9, url: 'http://127.0.0.1:5173/issue/card' };
    for (const sender of [senders.agent(issuance), senders.subframe(), senders.panel(), senders.popup()])
      await expect(ask(sender, 'readFields')).rejects.toThrow(/не принимается/);
    expect(apis.scripting.executeScript).toHaveBeenCalledTimes(1);
  });

  test('the panel reaches its own tab’s agent (top frame) with validated commands only', async () => {
    const apis = installMissingApis();
    apis.tabsSendMessage.mockImplementation((_id, _msg, _opts, reply: (r: unknown) => void) =>
      reply({ res: null }),
    );
    stop = startBackground();
    await ask(senders.panel(), 'toAgent', { name: 'setLayout', data: { collapsed: true } });
    const [tabId, message, options] = apis.tabsSendMessage.mock.calls[0];
    expect(tabId).toBe(TAB.id);
    expect(message).toMatchObject({
      type: 'agentCommand',
      data: { name: 'setLayout', data: { collapsed: true } },
    });
    expect(options).toEqual({ frameId: 0 });
    await expect(
      ask(senders.panel(), 'toAgent', { name: 'gate', data: { action: 'explode' } } as never),
    ).rejects.toThrow(/не распознано/);
    await expect(ask(senders.agent(), 'toAgent', { name: 'gate', data: { action: 'open' } })).rejects.toThrow(
      /не принимается/,
    );
    expect(apis.tabsSendMessage).toHaveBeenCalledTimes(1);
  });

  test('agent events go to the panel of the same tab; a field description (it has its own line) and unknown events are refused', async () => {
    const apis = installMissingApis();
    apis.tabsSendMessage.mockImplementation((_id, _msg, _opts, reply: (r: unknown) => void) =>
      reply({ res: null }),
    );
    stop = startBackground();
    await ask(senders.agent(), 'agentEvent', { type: 'gateHeld' });
    const [tabId, message] = apis.tabsSendMessage.mock.calls[0];
    expect(tabId).toBe(TAB.id);
    expect(message).toMatchObject({ type: 'panelEvent', data: { type: 'gateHeld' } });
    await ask(senders.agent(), 'agentEvent', { type: 'formSubmitted' });
    expect(apis.tabsSendMessage.mock.calls[1][1]).toMatchObject({
      type: 'panelEvent',
      data: { type: 'formSubmitted' },
    });
    for (const wrong of [
      { type: 'toggle' },
      { type: 'gateHeld', fields: 'H4sI' },
      { type: 'fieldsChanged', fields: 'H4sI' },
      { type: 'fieldsChanged', fields: { controls: [] } },
    ])
      await expect(ask(senders.agent(), 'agentEvent', wrong as never)).rejects.toThrow(/не распознано/);
    await expect(ask(senders.panel(), 'agentEvent', { type: 'gateHeld' })).rejects.toThrow(/не принимается/);
    expect(apis.tabsSendMessage).toHaveBeenCalledTimes(2);
  });

  test('the toggle-panel shortcut sends a toggle to the active tab’s panel page', async () => {
    const apis = installMissingApis();
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://b.ru/' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.ru/', active: true });
    stop = startBackground();
    for (const l of apis.commandListeners) l('something-else');
    expect(apis.tabsSendMessage).not.toHaveBeenCalled();
    for (const l of apis.commandListeners) l('toggle-panel');
    await vi.waitFor(() => expect(apis.tabsSendMessage).toHaveBeenCalled());
    const [tabId, message] = apis.tabsSendMessage.mock.calls[0];
    expect(tabId).toBe(tab.id);
    expect(message).toMatchObject({ type: 'panelEvent', data: { type: 'toggle' } });
  });

  test('a tab without the panel is ignored', async () => {
    const apis = installMissingApis();
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://elsewhere.ru/', active: true });
    // Nothing listens in that tab: the browser answers with no response.
    apis.tabsSendMessage.mockImplementation((_id, _msg, _opts, reply: (r: unknown) => void) =>
      reply(undefined),
    );
    await expect(togglePanelInActiveTab()).resolves.toBe(false);
    apis.tabsSendMessage.mockImplementation((_id, _msg, _opts, reply: (r: unknown) => void) =>
      reply({ res: null }),
    );
    await expect(togglePanelInActiveTab()).resolves.toBe(true);
  });
});
