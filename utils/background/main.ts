import { browser } from 'wxt/browser';
import { createEngineCaller } from '../engine/load';
import { toOffice } from '../journal/entry';
import { journalMigrated } from '../journal/index-store';
import { readEffectiveSettings } from '../settings/effective';
import { CONTENT_PACK_KEY, readContentPack } from '../settings/pack-store';
import { SETTINGS_KEY, saveSettingsErrors, settingsItem } from '../settings/store';
import { notifyChecklistChanged } from './checklist-broadcast';
import { CHECKLIST_ALARM, createSessionChecklistStore } from './checklist-store';
import { createFieldPicker } from './field-picker';
import { createJournalWriter } from './journal-writer';
import { createPolicyCopy, POLICY_COPY_KEY } from './policy-copy';
import { createReadCache } from './read-cache';
import { createFieldsReading } from './read-fields';
import { createSiteRegistrar } from './register-sites';
import { reinjectOpenTabs } from './reinject';
import { wireMessages } from './router';
import { createSerialQueue } from './serial-queue';
import { listenForToggleCommand } from './toggle-command';

// The background's whole runtime, started from entrypoints/background.ts. Returns a stop function (tests).

/** Chrome: storage.session stays closed to content scripts, which reach the checklist only through messages. */
async function keepSessionStorageTrusted(): Promise<void> {
  const session = browser.storage.session as {
    setAccessLevel?: (o: { accessLevel: string }) => Promise<void>;
  };
  try {
    await session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Firefox has no access levels: storage.session is never exposed to content scripts there.
  }
}

export function startBackground(): () => void {
  // Settings in force everywhere: local settings merged with the browser policy (utils/settings/effective.ts), read
  // again only after storage says they changed; the content pack likewise. The caches listen first, so a refresh
  // started by the same change already reads the new settings.
  // The policy through its copy: every browser start's first seconds, when Chromium has no policy answer yet, are
  // served from the last answer (policy-copy.ts); the copy changing counts as a policy change.
  const policy = createPolicyCopy(browser.storage.managed);
  const settingsCache = createReadCache(
    async () => (await readEffectiveSettings(policy)).settings,
    browser.storage,
    [{ area: 'local', keys: [SETTINGS_KEY, POLICY_COPY_KEY] }, { area: 'managed' }],
  );
  const packCache = createReadCache(async () => (await readContentPack()).pack, browser.storage, [
    { area: 'local', keys: [CONTENT_PACK_KEY] },
  ]);
  const loadSettings = settingsCache.load;
  const loadPack = packCache.load;
  const registrar = createSiteRegistrar(browser.scripting, loadSettings);
  const journal = createJournalWriter({
    retentionDays: async () => (await loadSettings()).journalRetentionDays,
    // The office in force (a policy may set it): its code and name go into every new line.
    office: async () => toOffice((await loadSettings()).office),
  });
  const checklist = createSessionChecklistStore({
    ttlMinutes: async () => (await loadSettings()).piiTtlMinutes,
  });

  const callEngine = createEngineCaller(browser.scripting);
  const picker = createFieldPicker({ tabs: browser.tabs, windows: browser.windows, callEngine });

  const enqueueRefresh = createSerialQueue();
  const refresh = () =>
    enqueueRefresh(async () => {
      const { errors } = await readEffectiveSettings(policy);
      const report = await registrar.sync();
      await saveSettingsErrors([...errors, ...report.errors]);
    }).catch((error) => console.error('[karta] registering the panel failed', error));

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === CHECKLIST_ALARM) void checklist.expireIfDue();
  };
  const onStartup = () => {
    // An old journal's move (seconds of storage work for a big one) waits until the panel is registered: pages opened
    // meanwhile get the panel and its gate. Recording an outcome starts it at once if it has not started yet.
    void refresh().then(() => journalMigrated().catch(() => undefined));
    void checklist.expireIfDue();
  };
  // Install, update, reload: pages already open get a fresh agent in place of the previous version's.
  const onInstalled = () => {
    void checklist.expireIfDue();
    void refresh()
      .then(loadSettings)
      .then((settings) => reinjectOpenTabs(settings, browser.tabs, browser.scripting))
      .catch(() => 0);
  };

  // A policy change (storage.managed, or its copy corrected by the browser's first answer) re-registers like a local
  // change; a checklist change reaches every panel.
  const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && POLICY_COPY_KEY in changes)) void refresh();
    if (area === 'session' && 'checklist' in changes) void notifyChecklistChanged(browser.tabs);
  };

  void keepSessionStorageTrusted();
  const stops = [
    wireMessages({
      loadSettings,
      loadPack,
      journal,
      checklist,
      callEngine,
      picker,
      readFields: createFieldsReading(browser.scripting),
    }),
    settingsItem.watch(() => void refresh()),
    () => browser.storage.onChanged.removeListener(onStorageChanged),
    listenForToggleCommand(),
    settingsCache.stop,
    packCache.stop,
  ];
  browser.storage.onChanged.addListener(onStorageChanged);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onStartup.addListener(onStartup);
  browser.runtime.onInstalled.addListener(onInstalled);
  onStartup(); // every wake-up: a no-op when nothing changed

  return () => {
    for (const stop of stops) stop();
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onStartup.removeListener(onStartup);
    browser.runtime.onInstalled.removeListener(onInstalled);
  };
}
