import { browser } from 'wxt/browser';
import type { Checklist, ChecklistFields } from '../checklist/keys';
import type { AgentCommands, AgentEvent, AgentLineMessage, GateAction } from '../messaging/agent';
import type { EngineCommands, PrefillRequest, PrefillResult } from '../messaging/engine';
import {
  background,
  type CommandData,
  type FieldMappingsRequest,
  type FieldMappingsResult,
  type Forwarded,
  panelChannel,
} from '../messaging/protocol';
import { openAgentLine } from './agent-line';
import { openEngineLine } from './engine-line';
import { createPageEventListeners, type PageEventListener } from './page-events';

// The panel page's view of the tab it is shown in. It never touches the page's DOM: its calls go to the
// background, which passes them to this tab's agent or engine; events come back the same way. Only extension
// contexts are heard (the background relays the agent's events); a content script's message is ignored. The page's
// field description comes on the agent's own line (agent-line.ts), opened by `watchFields`; the click's prefill goes
// on the engine's own line (engine-line.ts), opened by `ready`.

export type PageEventType = AgentEvent['type'] | AgentLineMessage['type'] | 'toggle' | 'checklistChanged';

export interface PageBridge {
  capture(): Promise<{ fields: Partial<ChecklistFields> }>;
  prefill(checklist: Checklist, documentChoices?: PrefillRequest['documentChoices']): Promise<PrefillResult>;
  /** Remembers field mappings for the site of this tab (the clerk's answer for an unclear document block). */
  saveFieldMappings(fields: FieldMappingsRequest['fields']): Promise<FieldMappingsResult>;
  undo(): Promise<{ restored: number }>;
  /** Shows on the page which value each field would receive; clearPreview removes it. */
  preview(checklist: Checklist): Promise<void>;
  clearPreview(): Promise<void>;
  /** Loads the engine into the page ahead of a prefill (the click then costs the fill alone). */
  ready(): Promise<void>;
  /** Turned on, the page's form controls arrive as `fieldsChanged` now and whenever they change. */
  watchFields(on: boolean): Promise<void>;
  setLayout(collapsed: boolean): Promise<void>;
  gate(action: GateAction): Promise<void>;
  on(type: PageEventType, listener: PageEventListener): () => void;
  dispose(): void;
}

const toAgent = <K extends keyof AgentCommands>(name: K, data?: CommandData<AgentCommands, K>) =>
  background.sendMessage('toAgent', { name, data } as Forwarded<AgentCommands>);
const toEngine = <K extends keyof EngineCommands>(name: K, data?: CommandData<EngineCommands, K>) =>
  background.sendMessage('toEngine', { name, data } as Forwarded<EngineCommands>);

export function createPageBridge(): PageBridge {
  const listeners = createPageEventListeners();
  const line = openAgentLine(window, (message) => listeners.emit(message.type, message));
  const engine = openEngineLine(window);
  // The engine readied keeps the site's field mappings it was given for the prefills on its line: new settings
  // (a mapping the clerk's answer saved, the administrator's change, a new policy) are handed to it again.
  let readied = false;
  const ready = async () => {
    readied = true;
    await toEngine('ready', { line: engine.key });
  };
  const onSettingsChanged = (changes: Record<string, unknown>, area: string) => {
    if (readied && (area === 'managed' || 'settings' in changes)) ready().catch(() => {});
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  const stopListening = panelChannel.onMessage('panelEvent', ({ data, sender }) => {
    const from = sender as { id?: string; url?: string };
    if (from.id !== browser.runtime.id || !/^(chrome|moz)-extension:/.test(from.url ?? '')) return;
    if (data.type === 'toggle' || data.type === 'checklistChanged') listeners.emit(data.type);
    else listeners.emit(data.type, data);
  });
  return {
    capture: () => toEngine('capture') as Promise<{ fields: Partial<ChecklistFields> }>,
    // On the engine's line once it is open (the background gave the engine the site's field mappings with `ready`);
    // an answer for an unclear block goes through the background, which reads the mappings just saved.
    prefill: (checklist, documentChoices) =>
      (!documentChoices && engine.prefill({ checklist })) ||
      (toEngine(
        'prefill',
        documentChoices ? { checklist, documentChoices } : { checklist },
      ) as Promise<PrefillResult>),
    // The mappings saved change the settings: the engine gets them with the `ready` that change brings (above).
    saveFieldMappings: (fields) => background.sendMessage('saveFieldMappings', { fields }),
    undo: () => toEngine('undo') as Promise<{ restored: number }>,
    preview: async (checklist) => {
      await toEngine('preview', { checklist });
    },
    clearPreview: async () => {
      await toEngine('clearPreview');
    },
    ready,
    watchFields: async (on) => {
      await toAgent('watchFields', { on, line: line.key });
    },
    setLayout: async (collapsed) => {
      await toAgent('setLayout', { collapsed });
    },
    gate: async (action) => {
      await toAgent('gate', { action });
    },
    on: listeners.on,
    dispose() {
      listeners.clear();
      stopListening();
      line.close();
      engine.close();
      browser.storage.onChanged.removeListener(onSettingsChanged);
    },
  };
}
