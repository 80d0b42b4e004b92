import { browser } from 'wxt/browser';
import type { AgentCommands, AgentEvent } from '../messaging/agent';
import type { AgentConfig } from '../messaging/protocol';
import { PANEL_PATH } from '../messaging/senders';
import type { SiteKind } from '../settings/schema';
import { afterPageLoad } from './after-load';
import { createPanelHost } from './host';
import { createLifecycle, type Lifecycle } from './lifecycle';
import { onAgentCommand, toBackground } from './messenger';
import { createPanelLine, type PanelLine } from './panel-line';

// The page agent: the extension's only code in a configured page's own process before the clerk acts. It starts
// at document_start (before the page's scripts and its first layout), docks the panel's host there and then, hosts
// the panel page's iframe once the page's load event no longer waits for it (a frame inserted earlier delays the
// page's `load` by the panel's own start-up): at `load`, or a second after DOMContentLoaded on a page whose images
// or scripts keep it loading longer than that. It runs what its site kind adds (the soft gate on issuance
// pages, the form watcher on МАИС pages). It takes commands only from the background, which takes them only from
// this tab's panel page; it reports events the same way back.

/** After DOMContentLoaded, how long the frame waits for the page's load event before it goes in anyway. */
export const FRAME_AFTER_DOM_READY_MS = 1000;

type Handlers = { [K in keyof AgentCommands]?: (data: Parameters<AgentCommands[K]>[0]) => unknown };

export interface AgentContext {
  life: Lifecycle;
  doc: Document;
  win: Window;
  emit(event: AgentEvent): void;
  /** The agent's own line to its panel page (panel-line.ts), for the page's field description. */
  line: PanelLine;
}

/** What one site kind adds to the agent. `early` runs synchronously at document_start, `start` once configured. */
export interface AgentKit<Early = unknown> {
  kind: SiteKind;
  early?(ctx: AgentContext): Early;
  start(ctx: AgentContext, config: AgentConfig, early: Early): Handlers;
  /** Ask for the configuration at document_start rather than once the page has loaded. */
  configureAtStart?: boolean;
  /** This page is not the kit's (another kind's pattern is more specific, or none matches): let go of it. */
  idle?(early: Early): void;
}

function fromBackground(sender: { id?: string; tab?: unknown } | undefined): boolean {
  return sender?.id === browser.runtime.id && !sender?.tab;
}

// Two configured patterns of one kind can both match a page, and each registration injects the kind's script: the
// first live agent of a kind keeps the page, a second one leaves at once. The registry lives in the extension's
// isolated world, which the page cannot see; an agent whose extension is gone no longer counts.
const REGISTRY = '__kartaNsoAgents';

function claimPage(kind: SiteKind, life: Lifecycle): boolean {
  const holder = globalThis as Record<string, unknown>;
  holder[REGISTRY] ??= {};
  const agents = holder[REGISTRY] as Record<string, Lifecycle>;
  if (agents[kind]?.alive()) return false;
  agents[kind] = life;
  return true;
}

export function startAgent<Early>(kit: AgentKit<Early>): Lifecycle | null {
  if (window.top !== window) return null;
  // The extension API is read when first asked (native-browser.ts): not at document_start on a МАИС page.
  const life = createLifecycle({
    get id() {
      return browser.runtime.id;
    },
  });
  if (!claimPage(kit.kind, life)) return null;
  let panelWindow = (): Window | null => null;
  // The extension's origin, read when the line opens (the extension API is not touched at document_start).
  const line = createPanelLine(
    () => panelWindow(),
    () => browser.runtime.getURL('/').slice(0, -1),
  );
  life.onAbort(line.close);
  const ctx: AgentContext = {
    line,
    life,
    doc: document,
    win: window,
    emit: (event) => {
      if (life.alive()) toBackground('agentEvent', event).catch(() => {});
    },
  };
  const early = kit.early?.(ctx) as Early;
  // Docked now, before the page is laid out: reserving the width later would lay the whole page out again.
  const host = createPanelHost(document, life);
  panelWindow = host.frameWindow;

  let configured: Promise<Handlers | null> | undefined;
  const configure = () =>
    (configured ??= toBackground('agentHello', undefined)
      .then((config) => {
        // Another kind's pattern is the more specific one for this page: that kind's agent runs, this one ends.
        if (!config || config.kind !== kit.kind || !life.alive()) throw new Error(); // let go below
        host.setCollapsed(config.collapsed === true);
        const handlers: Handlers = {
          setLayout: ({ collapsed }) => host.setCollapsed(collapsed),
          ...kit.start(ctx, config, early),
        };
        return handlers;
      })
      .catch(() => {
        kit.idle?.(early);
        life.stop();
        return null;
      }));
  // A kit that decides early (the gate, about clicks it holds) asks for its configuration at once. The others ask
  // once the page has loaded: the background's answer (waking its worker on a busy machine) then does not compete
  // with the page's own loading, and nothing needs the configuration before the panel is there.
  if (kit.configureAtStart) configure();
  afterPageLoad(window, FRAME_AFTER_DOM_READY_MS, life.signal, () => {
    const ready = configure();
    life.onAbort(
      onAgentCommand(async ({ data, sender }) => {
        // Refused: not from the background, the extension gone, or a command this kind of page does not take.
        const handler = fromBackground(sender)
          ? ((await ready)?.[data.name] as ((arg: unknown) => unknown) | undefined)
          : undefined;
        if (!handler || !life.alive()) throw new Error('Отказ');
        return handler(data.data);
      }),
    );
    // The frame goes in now, beside the question: the panel page takes longer to start than the answer to come,
    // and its commands wait for the answer above; a page that turns out not to be this kind's loses both.
    host.showPanel(browser.runtime.getURL(PANEL_PATH as '/panel.html'));
  });
  return life;
}
