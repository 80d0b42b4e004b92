import { browser } from 'wxt/browser';
import { createEngineCaller } from '../engine/load';
import { toOffice } from '../journal/entry';
import { readSettings, saveSettingsErrors, settingsItem } from '../settings/store';
import { CHECKLIST_ALARM, createSessionChecklistStore } from './checklist-store';
import { createJournalWriter } from './journal-writer';
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

/** The configured office, read defensively: a schema without `office` drops it from the parsed settings. */
function officeSetting(parsed: object, stored: unknown): unknown {
  const fromParsed = (parsed as { office?: unknown }).office;
  return fromParsed ?? (stored as { office?: unknown } | null)?.office;
}

export function startBackground(): () => void {
  const loadSettings = async () => (await readSettings()).settings;
  const registrar = createSiteRegistrar(browser.scripting, loadSettings);
  const journal = createJournalWriter({
    retentionDays: async () => (await loadSettings()).journalRetentionDays,
    office: async () => toOffice(officeSetting(await loadSettings(), await settingsItem.getValue())),
  });
  const checklist = createSessionChecklistStore({
    ttlMinutes: async () => (await loadSettings()).piiTtlMinutes,
  });

  const enqueueRefresh = createSerialQueue();
  const refresh = () =>
    enqueueRefresh(async () => {
      const { errors } = await readSettings();
      const report = await registrar.sync();
      await saveSettingsErrors([...errors, ...report.errors]);
    }).catch((error) => console.error('[karta] registering the panel failed', error));

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === CHECKLIST_ALARM) void checklist.expireIfDue();
  };
  const onStartup = () => {
    void refresh();
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

  void keepSessionStorageTrusted();
  const stops = [
    wireMessages({ loadSettings, journal, checklist, callEngine: createEngineCaller(browser.scripting) }),
    settingsItem.watch(() => void refresh()),
    listenForToggleCommand(),
  ];
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
