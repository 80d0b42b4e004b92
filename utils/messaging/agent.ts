import type { ControlDescription, PageDescription } from '../prefill/types';

// The page agent's side of the protocol: commands the panel sends it (through the background) and the events it
// reports back. Plain JSON only: nothing here carries elements or personal data.

/** A form control as plain data: what planning needs, without the element behind it. */
export type FieldDescription = ControlDescription;

/** The page's controls, forms and blocks as the engine's collect describes them (utils/prefill/collect.ts). */
export type FieldsSnapshot = PageDescription;

export { readFieldsSnapshot } from './fields-text';

/** `remind`: a panel page that has just loaded hears of an issuance held before it could listen (`gateHeld` again). */
export type GateAction = 'release' | 'open' | 'rearm' | 'remind';

export interface AgentCommands {
  /** Expanded (docked, full height) or collapsed to the small tab. */
  setLayout(data: { collapsed: boolean }): void;
  /** The outcome of the conversation: refused → release (replay the held issuance), others → open; new visitor → rearm. */
  gate(data: { action: GateAction }): void;
  /**
   * Watch the page's forms while the panel is shown; stop while it is collapsed. Turning it on sends the page's form
   * controls as they are now (`fieldsChanged` on the agent's line to the panel, opened with the panel's key `line`),
   * then whenever they change.
   */
  watchFields(data: { on: boolean; line: string }): void;
}

/** What the agent reports through the background. */
export type AgentEvent = { type: 'gateHeld' } | { type: 'formSubmitted' };

export const AGENT_EVENTS = ['gateHeld', 'formSubmitted'] as const;

/**
 * What the agent sends on its own line to the panel (utils/agent/panel-line.ts): the page's new description, so the
 * panel needs not ask for it — as the line's text (fields-text.ts), which `readFieldsSnapshot` reads.
 */
export type AgentLineMessage = { type: 'fieldsChanged'; fields: string };
