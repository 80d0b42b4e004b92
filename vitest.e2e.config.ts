import { defineConfig } from 'vitest/config';
import { BROWSERS_AT_ONCE } from './tests/e2e/libs/session-pool';

// End-to-end tests: the built extension in real Chromium and Firefox ESR (tests/e2e/harness).
// One file at a time: each launches browsers, and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Profiles made once at the start, which each launch copies (tests/e2e/harness/profile-templates.ts).
    globalSetup: ['tests/e2e/harness/profile-templates.ts'],
    fileParallelism: false,
    // One worker imports the harness (playwright-core, puppeteer-core) once for every file instead of once per file
    // (~1 s a file). Files share no state but these modules: each launches its own browsers and server and closes
    // them in its afterAll.
    isolate: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    // A real browser can stall once on a loaded machine; one retry at most, and only in CI.
    retry: process.env.CI === 'true' ? 1 : 0,
    // Tests marked concurrent (the library pages, each in a browser of its own) run as many at once as the pool has.
    maxConcurrency: BROWSERS_AT_ONCE,
  },
});
