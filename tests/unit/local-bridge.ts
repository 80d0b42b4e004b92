import { maisAgent } from '@/utils/agent/kinds/mais';
import { createLifecycle } from '@/utils/agent/lifecycle';
import type { ChecklistFields, FieldKey } from '@/utils/checklist/keys';
import { createEngine } from '@/utils/engine/api';
import type { GateAction } from '@/utils/messaging';
import type { AgentEvent, AgentLineMessage } from '@/utils/messaging/agent';
import type { EngineCommands } from '@/utils/messaging/engine';
import type { PageBridge, PageEventType } from '@/utils/panel/page-bridge';
import { createPageEventListeners } from '@/utils/panel/page-events';
import { answerReadFields } from './agent-reading';

// The panel's bridge to its page without the messaging in between: the real МАИС agent (field description and watch)
// and the real engine run on a happy-dom document, so the panel's models are tested against real page code.
// `captured` replaces the engine's capture when a test wants exact fields; `calls` records every call and every
// description the agent sent (`fieldsChanged`); field mappings the panel saves land in `mappings` and bind the page's
// fields on the next prefill, as the site's settings would. The agent reads the page only once its watcher is on
// (`watchFields(true)`, which the panel's session sends while the panel is shown).

const LINE_KEY = 'local-line-key-0000';

let lastAgent: ReturnType<typeof createLifecycle> | undefined;

export function createLocalBridge(doc: Document, opts: { captured?: Partial<ChecklistFields> } = {}) {
  const listeners = createPageEventListeners();
  const calls: string[] = [];
  const emit = (type: PageEventType, event?: AgentEvent | AgentLineMessage) => listeners.emit(type, event);
  // One agent per page, as in a browser: an earlier test's agent, still watching, would ask for readings too.
  lastAgent?.stop();
  const life = createLifecycle({ id: 'test' });
  lastAgent = life;
  answerReadFields();
  const agent = maisAgent.start(
    {
      life,
      doc,
      win: doc.defaultView as Window & typeof globalThis,
      emit: (event) => emit(event.type, event),
      // The agent's line to the panel, without the port: what it sends reaches the panel's listeners as it is.
      line: {
        open: () => {},
        send: (message) => {
          calls.push('fieldsChanged');
          listeners.emit(message.type, message);
        },
        close: () => {},
      },
    },
    { kind: 'mais', gate: { enabled: false } },
    undefined,
  );
  const engine = createEngine(doc);
  const layout: boolean[] = [];
  const gate: GateAction[] = [];
  const mappings: Partial<Record<FieldKey, string>> = {};
  const run = async <T>(name: keyof EngineCommands, data?: unknown): Promise<T> => {
    const answer = await engine.call(name, data);
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as T;
  };
  const bridge: PageBridge = {
    async capture() {
      calls.push('capture');
      return opts.captured ? { fields: opts.captured } : run('capture');
    },
    async prefill(checklist, documentChoices) {
      calls.push('prefill');
      return run('prefill', { checklist, siteFields: { ...mappings }, documentChoices });
    },
    async saveFieldMappings(fields) {
      calls.push('saveFieldMappings');
      for (const { key, selector } of fields) mappings[key] = selector;
      return { ok: true };
    },
    async undo() {
      calls.push('undo');
      return run('undo');
    },
    async preview(checklist) {
      calls.push('preview');
      await run('preview', { checklist });
    },
    async clearPreview() {
      calls.push('clearPreview');
      await run('clearPreview');
    },
    async ready() {
      calls.push('ready');
      await run('ready');
    },
    async watchFields(on) {
      calls.push(`watchFields:${on}`);
      agent.watchFields?.({ on, line: LINE_KEY });
    },
    async setLayout(collapsed) {
      layout.push(collapsed);
    },
    async gate(action) {
      gate.push(action);
    },
    on: listeners.on,
    dispose() {
      listeners.clear();
      life.stop();
    },
  };
  return { bridge, emit, calls, layout, gate, mappings };
}
