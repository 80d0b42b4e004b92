import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFieldsForAgent } from '@/utils/agent/fields-reader';

// The background's part in a reading of a МАИС page's form, played in the test's own page: the agent's `readFields`
// message runs the form reader here, as the background's injection would in the agent's world
// (utils/background/read-fields.ts). Answered in the messaging library's wire format, as the agent expects.
export function answerReadFields(): void {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'readFields') return undefined;
    return Promise.resolve(readFieldsForAgent(globalThis)).then(() => ({ res: null }));
  });
}
