import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Checklist, FieldKey } from '../checklist/keys';
import type { ContentPack } from '../content-pack/schema';
import type { Outcome } from '../journal/outcomes';
import type { FieldPickerProtocol } from '../settings/picker-messages';
import type { SiteKind, SiteSettings } from '../settings/schema';
import type { AgentCommands, AgentEvent } from './agent';
import type { EngineCommands } from './engine';

// Every message between the panel page, the page agent, the engine and the background, typed in one place.
// The background is the hub: the panel page never talks to the page directly, and every message the background
// answers is checked for its sender (utils/messaging/senders.ts) and its shape (utils/messaging/validate.ts).

export interface PanelConfig {
  kind: SiteKind;
  site: SiteSettings;
  gateEnabled: boolean;
  piiTtlMinutes: number;
  pack: ContentPack;
}

/** What the page agent needs at document_start: which kind of page this is, and the gate's settings. */
export interface AgentConfig {
  kind: SiteKind;
  gate: { enabled: boolean; issueSelector?: string };
  /** The site's field mappings, so the form watcher counts bound controls too. */
  siteFields?: SiteSettings['fields'];
  /** The panel was last left collapsed (storage.local `ui`): read by the background, so the page's process never
   *  opens the extension's storage. */
  collapsed?: boolean;
}

export interface StoredChecklist {
  checklist: Checklist;
  /** Epoch ms after which the background wipes it. */
  expiresAt: number;
}

export interface RecordRequest {
  outcome: Outcome;
  steps: string[];
  siteKind: SiteKind;
}

/** The argument of a command (undefined for commands that take none). */
export type CommandData<M, K extends keyof M> = M[K] extends (arg: infer A) => unknown ? A : undefined;

/** Per-site field mappings the clerk chose in the panel (an unclear document block): key → the field's selector. */
export interface FieldMappingsRequest {
  fields: { key: FieldKey; selector: string }[];
}

/** Saved, or why not (in Russian, for the clerk). */
export type FieldMappingsResult = { ok: true } | { ok: false; message: string };

/** A call the panel asks the background to pass to its tab's agent or engine: one command and its argument. */
export type Forwarded<M> = { [K in keyof M]: { name: K; data: CommandData<M, K> } }[keyof M];

/** Messages the background answers. Which sender may send which is decided in utils/background/router.ts. */
export interface BackgroundProtocol extends FieldPickerProtocol {
  /** Popup: how many configured sites are not the demo pages (0 = first run). */
  getSetupStatus(): { productionSites: number };
  /** Panel page: the configuration of the tab it is shown in (null: not a configured site). */
  panelHello(): PanelConfig | null;
  /** Panel page: append an outcome to the journal; returns today's counts. */
  recordOutcome(data: RecordRequest): Record<Outcome, number>;
  /** Popup: today's counts. */
  getTodayCounts(): Record<Outcome, number>;
  /** Panel page: the session checklist (personal data): read, replace, wipe. */
  getChecklist(): StoredChecklist | null;
  saveChecklist(checklist: Checklist): StoredChecklist;
  clearChecklist(): void;
  /** Panel page: remember field mappings for the site of its tab (the clerk's document choice). */
  saveFieldMappings(data: FieldMappingsRequest): FieldMappingsResult;
  /** Panel page → its tab's agent (top frame). */
  toAgent(call: Forwarded<AgentCommands>): unknown;
  /** Panel page → the engine in its tab (injected on first use). */
  toEngine(call: Forwarded<EngineCommands>): unknown;
  /** Agent: which site this page is (null: the agent stays idle). */
  agentHello(): AgentConfig | null;
  /** Agent → its tab's panel page. */
  agentEvent(event: AgentEvent): void;
  /** МАИС agent: read the page's form once (the background injects the reader into the agent's world). */
  readFields(): void;
}

/** Messages the agent (top frame of a configured page) answers; sent by the background only. */
export interface AgentProtocol {
  agentCommand(call: Forwarded<AgentCommands>): unknown;
}

/** Messages the panel page answers; sent by the background only. */
export interface PanelProtocol {
  panelEvent(event: AgentEvent | { type: 'toggle' } | { type: 'checklistChanged' }): void;
}

export const background = defineExtensionMessaging<BackgroundProtocol>();
export const agentChannel = defineExtensionMessaging<AgentProtocol>();
export const panelChannel = defineExtensionMessaging<PanelProtocol>();
