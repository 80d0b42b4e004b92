import type { ControlDescription, PageDescription } from '../prefill/types';
import { fieldsFromWire, type WireDescription } from './fields-wire';
import { unpackText } from './packed-text';

// The page agent's side of the protocol: commands the panel sends it (through the background) and the events it
// reports back. Plain JSON only: nothing here carries elements or personal data.

/** A form control as plain data: what planning needs, without the element behind it. */
export type FieldDescription = ControlDescription;

/** The page's controls, forms and blocks as the engine's collect describes them (utils/prefill/collect.ts). */
export type FieldsSnapshot = PageDescription;

/** A snapshot's JSON, packed for the hops from the agent through the background to the panel (packed-text.ts). */
export type FieldsSnapshotText = string;

/** The panel's reading of a packed snapshot; anything else is refused. */
export async function readFieldsSnapshot(packed: unknown): Promise<FieldsSnapshot> {
  const value: unknown = typeof packed === 'string' ? JSON.parse(await unpackText(packed)) : null;
  const snapshot = value as Partial<Record<keyof FieldsSnapshot, unknown>> | null;
  // The wire leaves out empty lists (fields-wire.ts): a list, if any, must be one.
  const list = (v: unknown) => v === undefined || Array.isArray(v);
  if (
    !snapshot ||
    typeof snapshot !== 'object' ||
    Array.isArray(snapshot) ||
    !list(snapshot.controls) ||
    !list(snapshot.blocks) ||
    !list(snapshot.groups)
  )
    throw new Error('Описание полей страницы не распознано');
  return fieldsFromWire(snapshot as WireDescription);
}

/** `remind`: a panel page that has just loaded hears of an issuance held before it could listen (`gateHeld` again). */
export type GateAction = 'release' | 'open' | 'rearm' | 'remind';

export interface AgentCommands {
  /** Expanded (docked, full height) or collapsed to the small tab. */
  setLayout(data: { collapsed: boolean }): void;
  /** The outcome of the conversation: refused → release (replay the held issuance), others → open; new visitor → rearm. */
  gate(data: { action: GateAction }): void;
  /**
   * Watch the page's forms while the panel is shown; stop while it is collapsed. Turning it on sends the page's form
   * controls as they are now (a `fieldsChanged` event), then whenever they change.
   */
  watchFields(data: { on: boolean }): void;
}

/** `fieldsChanged` carries the page's new description, packed: the panel needs not ask for it. */
export type AgentEvent =
  | { type: 'gateHeld' }
  | { type: 'fieldsChanged'; fields: FieldsSnapshotText }
  | { type: 'formSubmitted' };

export const AGENT_EVENTS = ['gateHeld', 'fieldsChanged', 'formSubmitted'] as const;
