import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_ALARM } from '@/utils/background/checklist-store';
import { startBackground } from '@/utils/background/main';
import { emptyChecklist } from '@/utils/checklist/keys';
import { localIsoDate } from '@/utils/journal/dates';
import { type DayRead, readDay, watchDayCounts } from '@/utils/journal/day-store';
import { installMissingApis } from './background-apis';
import { ask, senders, TAB } from './background-senders';

// The wired background against fakeBrowser: outcomes into the journal and the checklist in storage.session, each
// message with its sender.

let stop: () => void = () => {};
afterEach(() => stop());

describe('background: outcomes and the checklist', () => {
  test('outcomes: recorded from the panel page, counted for the popup; a content script cannot record', async () => {
    installMissingApis();
    stop = startBackground();
    await ask(senders.panel(), 'recordOutcome', {
      outcome: 'refused',
      steps: ['offer'],
      siteKind: 'issuance',
    });
    const counts = await ask(senders.panel(), 'recordOutcome', {
      outcome: 'refused',
      steps: [],
      siteKind: 'issuance',
    });
    expect(counts.refused).toBe(2);
    expect(await ask(senders.popup(), 'getTodayCounts')).toEqual({
      accepted: 0,
      leaflet: 0,
      refused: 2,
      mais: 0,
    });
    await expect(
      ask(senders.agent(), 'recordOutcome', { outcome: 'accepted', steps: [], siteKind: 'issuance' }),
    ).rejects.toThrow(/не принимается/);
    await expect(
      ask(senders.panel(), 'recordOutcome', {
        outcome: 'nope' as 'refused',
        steps: [],
        siteKind: 'issuance',
      }),
    ).rejects.toThrow(/Неизвестный итог/);
    expect(await ask(senders.popup(), 'getTodayCounts')).toEqual({
      accepted: 0,
      leaflet: 0,
      refused: 2,
      mais: 0,
    });
  });

  test('an outcome sent as its tab closes is stored, and the answer comes only once it is stored', async () => {
    installMissingApis();
    stop = startBackground();
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: TAB.url });
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
    const answer = ask(senders.panel({ id: tab.id as number, url: TAB.url }), 'recordOutcome', {
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
    await ask(senders.panel(), 'recordOutcome', { outcome: 'accepted', steps: [], siteKind: 'issuance' });
    const { entries } = await readDay(localIsoDate(new Date()));
    expect(entries.map((e) => e.office)).toEqual([office]);
  });

  test('checklist: only the panel page reads and writes it; it lives in storage.session with the TTL', async () => {
    installMissingApis();
    await fakeBrowser.storage.local.set({ settings: { version: 1, sites: [], piiTtlMinutes: 5 } });
    stop = startBackground();
    const checklist = emptyChecklist();
    checklist.fields.lastName = 'Иванова';
    const before = Date.now();
    const saved = await ask(senders.panel(), 'saveChecklist', checklist);
    expect(saved.expiresAt).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(await ask(senders.panel(), 'getChecklist')).toEqual(saved);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Иванова');

    // A page's content script can neither read the citizen nor plant another one.
    await expect(ask(senders.agent(), 'getChecklist')).rejects.toThrow(/не принимается/);
    const planted = emptyChecklist();
    planted.fields.lastName = 'Подставной';
    await expect(ask(senders.agent(), 'saveChecklist', planted)).rejects.toThrow(/не принимается/);
    await expect(ask(senders.popup(), 'clearChecklist')).rejects.toThrow(/не принимается/);
    expect((await ask(senders.panel(), 'getChecklist'))?.checklist.fields.lastName).toBe('Иванова');

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
    await ask(senders.panel(), 'saveChecklist', emptyChecklist());
    await ask(senders.panel(), 'clearChecklist');
    expect(await ask(senders.panel(), 'getChecklist')).toBeNull();
  });
});
