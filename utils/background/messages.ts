import type { ContentPack } from '../content-pack';
import { onMessage } from '../messaging';
import { productionSites, type Settings } from '../settings/schema';
import type { ChecklistStore } from './checklist-store';
import type { InjectEngine } from './engine-injector';
import type { JournalWriter } from './journal-writer';
import { findPanelConfig } from './panel-config';

// Every message the background answers, wired in one place. Handlers validate what they receive: the data comes
// from content scripts running on pages we do not control.

export interface MessageDeps {
  loadSettings: () => Promise<Settings>;
  /** The content pack in force: an imported one, else the built-in memo. */
  loadPack: () => Promise<ContentPack>;
  journal: JournalWriter;
  checklist: ChecklistStore;
  injectEngine: InjectEngine;
}

/** Registers the handlers; returns a function that removes them all. */
export function wireMessages({
  loadSettings,
  loadPack,
  journal,
  checklist,
  injectEngine,
}: MessageDeps): () => void {
  const removers = [
    onMessage('getPanelConfig', async ({ data }) =>
      findPanelConfig(await loadSettings(), data, await loadPack()),
    ),
    onMessage('getSetupStatus', async () => ({
      productionSites: productionSites(await loadSettings()).length,
    })),
    onMessage('recordOutcome', ({ data }) => journal.record(data)),
    onMessage('getTodayCounts', () => journal.todayCounts()),
    onMessage('getChecklist', () => checklist.get()),
    onMessage('saveChecklist', ({ data }) => checklist.save(data)),
    onMessage('clearChecklist', () => checklist.clear()),
    onMessage('loadEngine', ({ sender }) => injectEngine(sender)),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
