import { z } from 'zod';
import { FIELD_KEYS } from '../checklist/keys';
import type { PickFieldRequest, TestSelectorRequest } from '../settings/picker-messages';
import { LIMITS } from '../settings/schema';
import { AGENT_EVENTS, type AgentCommands, type AgentEvent } from './agent';
import type { EngineCommands } from './engine';
import type { FieldMappingsRequest, Forwarded } from './protocol';

// The shapes the background accepts from the panel and the agent (zod lives in the background only). Anything else
// is refused before it reaches a tab.

const agentCall = z.discriminatedUnion('name', [
  z.object({ name: z.literal('setLayout'), data: z.object({ collapsed: z.boolean() }).strict() }),
  z.object({
    name: z.literal('gate'),
    data: z.object({ action: z.enum(['release', 'open', 'rearm', 'remind']) }).strict(),
  }),
  z.object({
    name: z.literal('watchFields'),
    data: z.object({ on: z.boolean(), line: z.string().min(16).max(64) }).strict(),
  }),
]);

// The checklist itself is cleaned by the checklist store's own guard (utils/background/checklist-guard.ts).
const engineCall = z.discriminatedUnion('name', [
  z.object({ name: z.literal('capture'), data: z.undefined().optional() }),
  z.object({
    name: z.literal('prefill'),
    data: z.object({
      checklist: z.unknown(),
      documentChoices: z.record(z.string().max(40), z.enum(['identity', 'basis'])).optional(),
    }),
  }),
  z.object({ name: z.literal('undo'), data: z.undefined().optional() }),
  z.object({ name: z.literal('preview'), data: z.object({ checklist: z.unknown() }) }),
  z.object({ name: z.literal('clearPreview'), data: z.undefined().optional() }),
  z.object({ name: z.literal('ready'), data: z.object({ line: z.uuid() }).strict().optional() }),
]);

// The field description travels on the agent's own line to the panel, never through here.
const agentEvent = z.object({ type: z.enum(AGENT_EVENTS) }).strict();

// The field picker's requests from the options page; the pattern is checked against the settings in force.
const pickField = z.object({ match: z.string().max(2000), key: z.enum(FIELD_KEYS) }).strict();
const testSelector = z
  .object({ match: z.string().max(2000), selector: z.string().min(1).max(LIMITS.selector) })
  .strict();

function parsed<T>(schema: z.ZodType, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Сообщение «${what}» не распознано`);
  return result.data as T;
}

// The clerk's choice for an unclear document block: which keys the block's fields take, found by which selector.
// The selector itself is checked again by the settings' strict schema when it is saved.
const fieldMappings = z
  .object({
    fields: z
      .array(z.object({ key: z.enum(FIELD_KEYS), selector: z.string().min(1).max(LIMITS.selector) }).strict())
      .min(1)
      .max(FIELD_KEYS.length),
  })
  .strict();

export const toAgentCall = (value: unknown) => parsed<Forwarded<AgentCommands>>(agentCall, value, 'toAgent');
export const toEngineCall = (value: unknown) =>
  parsed<Forwarded<EngineCommands>>(engineCall, value, 'toEngine');
export const toFieldMappings = (value: unknown) =>
  parsed<FieldMappingsRequest>(fieldMappings, value, 'saveFieldMappings');
export const toAgentEvent = (value: unknown) => parsed<AgentEvent>(agentEvent, value, 'agentEvent');
export const toPickFieldRequest = (value: unknown) =>
  parsed<PickFieldRequest>(pickField, value, 'pickFieldOnPage');
export const toTestSelectorRequest = (value: unknown) =>
  parsed<TestSelectorRequest>(testSelector, value, 'testSelectorOnPage');
