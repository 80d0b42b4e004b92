import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_ALARM } from '@/utils/background/checklist-store';
import { startBackground } from '@/utils/background/main';
import { qrFor } from '@/utils/background/panel-config';
import { togglePanelInActiveTab } from '@/utils/background/toggle-command';
import { CATEGORIES } from '@/utils/catalogue/categories';
import { emptyChecklist } from '@/utils/checklist/keys';
import { DEFAULT_PACK } from '@/utils/content-pack';
import { localIsoDate } from '@/utils/journal/dates';
import { type DayRead, readDay, watchDayCounts } from '@/utils/journal/day-store';
import { sendMessage } from '@/utils/messaging';
import { createFakeScripting } from './background-fake-scripting';

// The wired background against fakeBrowser: the same handlers a content script reaches over runtime messages.

type Listener = (command: string) => void;

function installMissingApis() {
  const scripting = createFakeScripting();
  const commandListeners: Listener[] = [];
  const setAccessLevel = vi.fn(async () => {});
  const tabsSendMessage = vi.fn();
  Object.assign(fakeBrowser, { scripting });
  Object.assign(fakeBrowser.commands, {
    onCommand: {
      addListener: (l: Listener) => commandListeners.push(l),
      removeListener: (l: Listener) => commandListeners.splice(commandListeners.indexOf(l), 1),
    },
  });
  Object.assign(fakeBrowser.storage.session, { setAccessLevel });
  Object.assign(fakeBrowser.tabs, { sendMessage: tabsSendMessage });
  return { scripting, commandListeners, setAccessLevel, tabsSendMessage };
}

const site = (match: string, kind: 'issuance' | 'mais' = 'issuance') => ({ kind, match });

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

  test('getPanelConfig answers for a matching URL only', async () => {
    installMissingApis();
    await fakeBrowser.storage.local.set({
      settings: { version: 1, sites: [site('http://127.0.0.1/mais/*', 'mais')], piiTtlMinutes: 15 },
    });
    stop = startBackground();
    const config = await sendMessage('getPanelConfig', 'http://127.0.0.1:5173/mais/form?id=1');
    expect(config).toEqual({
      kind: 'mais',
      site: { kind: 'mais', match: 'http://127.0.0.1/mais/*' },
      gateEnabled: true,
      piiTtlMinutes: 15,
      pack: DEFAULT_PACK,
      qr: qrFor(DEFAULT_PACK.service.siteUrl),
      categories: CATEGORIES.map(({ code, name }) => ({ code, name })),
    });
    expect(config?.qr.path).toMatch(/^M/); // a real SVG path the panel draws as is
    expect(config?.categories.map((c) => c.name)).toContain('Ветеран труда Новосибирской области');
    expect(await sendMessage('getPanelConfig', 'http://127.0.0.1:5173/other')).toBeNull();
  });

  test('recordOutcome and getTodayCounts over messages', async () => {
    installMissingApis();
    stop = startBackground();
    await sendMessage('recordOutcome', { outcome: 'refused', steps: ['offer'], siteKind: 'issuance' });
    const counts = await sendMessage('recordOutcome', {
      outcome: 'refused',
      steps: [],
      siteKind: 'issuance',
    });
    expect(counts.refused).toBe(2);
    expect(await sendMessage('getTodayCounts', undefined)).toEqual({
      accepted: 0,
      leaflet: 0,
      refused: 2,
      mais: 0,
    });
    await expect(
      sendMessage('recordOutcome', { outcome: 'nope' as 'refused', steps: [], siteKind: 'issuance' }),
    ).rejects.toThrow(/Неизвестный итог/);
  });

  test('an outcome sent as its tab closes is stored, and the answer comes only once it is stored', async () => {
    installMissingApis();
    stop = startBackground();
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.ru/issue' });
    const today = localIsoDate(new Date());
    const events: string[] = [];
    const stored = new Promise<DayRead>((resolve) => {
      const unwatch = watchDayCounts(today, (read) => {
        events.push('stored');
        unwatch();
        resolve(read);
      });
    });
    // The panel sends on the click and its tab goes away at once: nobody is left to wait for the answer.
    const answer = sendMessage('recordOutcome', {
      outcome: 'refused',
      steps: ['offer'],
      siteKind: 'issuance',
    });
    void answer.then(() => events.push('answered'));
    await fakeBrowser.tabs.remove(tab.id as number);

    expect((await stored).offices).toEqual([
      { office: null, counts: { accepted: 0, leaflet: 0, refused: 1, mais: 0 } },
    ]);
    expect((await readDay(today)).entries).toEqual([
      expect.objectContaining({ outcome: 'refused', siteKind: 'issuance' }),
    ]);
    await answer;
    expect(events).toEqual(['stored', 'answered']);
  });

  test('every new line carries the office from settings', async () => {
    installMissingApis();
    const office = { code: '5401', name: 'ОСОН Ленинского района' };
    await fakeBrowser.storage.local.set({ settings: { version: 1, sites: [], office } });
    stop = startBackground();
    await sendMessage('recordOutcome', { outcome: 'accepted', steps: [], siteKind: 'issuance' });
    const { entries } = await readDay(localIsoDate(new Date()));
    expect(entries.map((e) => e.office)).toEqual([office]);
  });

  test('checklist over messages lives in storage.session with the configured TTL; the alarm wipes it', async () => {
    installMissingApis();
    await fakeBrowser.storage.local.set({ settings: { version: 1, sites: [], piiTtlMinutes: 5 } });
    stop = startBackground();
    const checklist = emptyChecklist();
    checklist.fields.lastName = 'Иванова';
    const before = Date.now();
    const saved = await sendMessage('saveChecklist', checklist);
    expect(saved.expiresAt).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(await sendMessage('getChecklist', undefined)).toEqual(saved);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Иванова');

    // The alarm fires after the time limit.
    vi.useFakeTimers({ toFake: ['Date'], now: saved.expiresAt + 1 });
    try {
      await fakeBrowser.alarms.onAlarm.trigger({
        name: CHECKLIST_ALARM,
        scheduledTime: saved.expiresAt,
        persistAcrossSessions: false,
      });
      await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    } finally {
      vi.useRealTimers();
    }
  });

  test('clearChecklist wipes at once', async () => {
    installMissingApis();
    stop = startBackground();
    await sendMessage('saveChecklist', emptyChecklist());
    await sendMessage('clearChecklist', undefined);
    expect(await sendMessage('getChecklist', undefined)).toBeNull();
  });

  test('the toggle-panel shortcut sends togglePanel to the active tab’s top frame', async () => {
    const apis = installMissingApis();
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://b.ru/' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.ru/', active: true });
    stop = startBackground();
    for (const l of apis.commandListeners) l('something-else');
    expect(apis.tabsSendMessage).not.toHaveBeenCalled();
    for (const l of apis.commandListeners) l('toggle-panel');
    await vi.waitFor(() => expect(apis.tabsSendMessage).toHaveBeenCalled());
    const [tabId, message, options] = apis.tabsSendMessage.mock.calls[0];
    expect(tabId).toBe(tab.id);
    expect(message).toMatchObject({ type: 'togglePanel' });
    expect(options).toEqual({ frameId: 0 });
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
