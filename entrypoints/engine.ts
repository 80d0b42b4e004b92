import { createEngine, installEngine } from '@/utils/engine/api';

// Capture and prefill, injected on demand into the page's top frame by the background (utils/engine/load.ts).
export default defineUnlistedScript(() => installEngine(globalThis, () => createEngine(document)));
