import { readFieldsForAgent } from '@/utils/agent/fields-reader';

// One reading of the page's form for the live МАИС agent, injected by the background when the agent asks
// (utils/agent/fields-reader.ts); it keeps nothing in the page once it has handed the description over.
export default defineUnlistedScript(() => readFieldsForAgent(globalThis));
