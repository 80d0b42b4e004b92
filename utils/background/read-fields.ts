import type { PublicPath } from 'wxt/browser';
import type { ScriptingForEngine } from '../engine/load';

/** The form reader in the built extension (entrypoints/fields-reader.ts). */
export const FIELDS_READER_FILE = '/fields-reader.js' satisfies PublicPath;

/**
 * One reading of a МАИС page's form, which its agent asked for: the reader goes into the agent's world in the tab's
 * top frame, hands its description to the agent there and leaves nothing behind (utils/agent/fields-reader.ts).
 * Resolves once the reading has ended.
 */
export function createFieldsReading(scripting: ScriptingForEngine): (tabId: number) => Promise<void> {
  return async (tabId) => {
    await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [FIELDS_READER_FILE] });
  };
}
