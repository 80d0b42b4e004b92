// Zod-free so the panel (content script) can use the step ids without pulling in the schema.
export const STEP_IDS = ['offer', 'details', 'leaflet', 'refusal', 'mais'] as const;
export type StepId = (typeof STEP_IDS)[number];
