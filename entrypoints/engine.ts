import { installEngine } from '@/components/panel/checklist/engine-global';
import { createRealEngine } from '@/components/panel/checklist/real-engines';

// Capture, prefill and the checklist rules, injected on demand (see utils/background/engine-injector.ts).
export default defineUnlistedScript(() => installEngine(globalThis, createRealEngine()));
