import { browser } from 'wxt/browser';
import { loadUiState } from '../agent/ui-state';
import type { ContentPack } from '../content-pack/schema';
import type { CallEngine } from '../engine/load';
import { agentChannel, type BackgroundProtocol, background, panelChannel } from '../messaging/protocol';
import { type SenderInfo, type SenderKind, SenderRefused, senderKind } from '../messaging/senders';
import {
  toAgentCall,
  toAgentEvent,
  toEngineCall,
  toFieldMappings,
  toPickFieldRequest,
  toTestSelectorRequest,
} from '../messaging/validate';
import { productionSites, type Settings } from '../settings/schema';
import { toChecklist } from './checklist-guard';
import type { SessionChecklistStore } from './checklist-store';
import { saveChosenFields } from './field-mappings';
import type { FieldPicker } from './field-picker';
import type { JournalWriter } from './journal-writer';
import { agentConfigFor, findPanelConfig, siteFor } from './panel-config';

// Every message the background answers, with who may send it. The panel page (an extension frame inside a tab)
// drives everything that changes stored data or the page; the agent only asks for its configuration and reports
// events; popup and options read counts. A message from anyone else is refused before its handler runs, and every
// payload is validated here — content scripts run on pages we do not control.

export interface RouterDeps {
  loadSettings: () => Promise<Settings>;
  /** The content pack in force: an imported one, else the built-in memo. */
  loadPack: () => Promise<ContentPack>;
  journal: JournalWriter;
  checklist: SessionChecklistStore;
  callEngine: CallEngine;
  picker: FieldPicker;
  /** Reads a МАИС page's form for its agent (read-fields.ts). */
  readFields: (tabId: number) => Promise<void>;
}

/** The panel and the agent always come from a tab; an extension page may (the options page opened as a tab). */
type Sender = SenderInfo & { tab: { id: number; url?: string } };
type Handler<K extends keyof BackgroundProtocol> = (
  data: Parameters<BackgroundProtocol[K]>[0],
  sender: Sender,
) => unknown;

export function wireMessages({
  loadSettings,
  loadPack,
  journal,
  checklist,
  callEngine,
  picker,
  readFields,
}: RouterDeps): () => void {
  const from = <K extends keyof BackgroundProtocol>(kinds: SenderKind[], name: K, handler: Handler<K>) =>
    background.onMessage(name, (message) => {
      const sender = message.sender as SenderInfo;
      const kind = senderKind(sender, browser.runtime.id);
      if (!kind || !kinds.includes(kind)) throw new SenderRefused(name, kind);
      return handler(message.data as never, sender as Sender) as never;
    });
  const settingsFor = async (url: string | undefined) => ({ settings: await loadSettings(), url: url ?? '' });

  const removers = [
    from(['panel'], 'panelHello', async (_, sender) => {
      const { settings, url } = await settingsFor(sender.tab.url);
      return findPanelConfig(settings, url, await loadPack());
    }),
    from(['extension-page'], 'getSetupStatus', async () => ({
      productionSites: productionSites(await loadSettings()).length,
    })),
    from(['panel'], 'recordOutcome', (data) => journal.record(data)),
    from(['panel', 'extension-page'], 'getTodayCounts', () => journal.todayCounts()),
    from(['panel'], 'getChecklist', () => checklist.get()),
    from(['panel'], 'saveChecklist', (data) => checklist.save(data)),
    from(['panel'], 'clearChecklist', () => checklist.clear()),
    from(['panel'], 'toAgent', (data, sender) =>
      agentChannel.sendMessage('agentCommand', toAgentCall(data), { tabId: sender.tab.id, frameId: 0 }),
    ),
    from(['panel'], 'toEngine', async (data, sender) => {
      const call = toEngineCall(data);
      const siteFieldsOfTab = async () => {
        const { settings, url } = await settingsFor(sender.tab.url);
        return siteFor(settings, url)?.fields;
      };
      // The engine readied reads the form as the prefill will: with the site's field mappings.
      if (call.name === 'ready')
        return callEngine(sender.tab.id, 'ready', {
          line: call.data?.line,
          siteFields: await siteFieldsOfTab(),
        });
      if (call.name !== 'prefill' && call.name !== 'preview') return callEngine(sender.tab.id, call.name);
      const clean = toChecklist(call.data.checklist);
      if (!clean) throw new Error('Чек-лист не распознан');
      const siteFields = await siteFieldsOfTab();
      const documentChoices = call.name === 'prefill' ? call.data.documentChoices : undefined;
      return callEngine(sender.tab.id, call.name, { checklist: clean, siteFields, documentChoices });
    }),
    from(['panel'], 'saveFieldMappings', async (data, sender) => {
      const { settings, url } = await settingsFor(sender.tab.url);
      return saveChosenFields(settings, url, toFieldMappings(data));
    }),
    from(['extension-page'], 'pickFieldOnPage', (data, sender) =>
      picker.pick(toPickFieldRequest(data), sender.tab?.id),
    ),
    from(['extension-page'], 'testSelectorOnPage', (data) => picker.test(toTestSelectorRequest(data))),
    from(['agent'], 'agentHello', async (_, sender) => {
      const { settings } = await settingsFor(undefined);
      const config = agentConfigFor(settings, sender.url ?? '');
      return config && { ...config, collapsed: (await loadUiState()).collapsed };
    }),
    from(['agent'], 'readFields', async (_, sender) => {
      // Only a МАИС page's agent has a form to read; the reader goes into the top frame that asked.
      const { settings } = await settingsFor(undefined);
      if (agentConfigFor(settings, sender.url ?? '')?.kind !== 'mais')
        throw new SenderRefused('readFields', 'agent');
      await readFields(sender.tab.id);
    }),
    from(['agent'], 'agentEvent', async (data, sender) => {
      // To every frame of the sender's tab: only its panel page listens for panel events.
      await panelChannel.sendMessage('panelEvent', toAgentEvent(data), sender.tab.id).catch(() => {});
    }),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
