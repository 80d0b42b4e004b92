import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Files that never touch a page (models, schemas, storage, CSV, the journal) share a worker: a fresh happy-dom window
// and module graph per file cost more than their tests. A file that renders, dispatches events or counts frames gets
// its own, as a page would (isolate stays on for them).
const PURE = [
  'agent-messenger',
  'background-checklist-store',
  'background-journal-writer',
  'background-policy',
  'background-read-cache',
  'capture-merge',
  'catalogue',
  'checklist-dates',
  'checklist-hints',
  'checklist-names',
  'checklist-normalize',
  'checklist-schema',
  'checklist-snils',
  'checklist-validate',
  'content-pack-memo',
  'content-pack-sentences',
  'content-pack-zod-free',
  'content-pack',
  'csv',
  'docs-paths',
  'flow.machine',
  'i18n',
  'journal-csv-import',
  'journal-day-store',
  'journal-entry',
  'journal-migration',
  'journal-region',
  'journal-stats',
  'libs-fixtures',
  'meanings-hints',
  'options-picker-actions',
  'pack-in-force',
  'panel.model-answer',
  'panel.model',
  'settings-files',
  'settings-policy',
  'settings-schema',
  'settings-specificity',
  'settings-store',
  'test-counts',
].map((name) => `tests/unit/${name}.test.ts`);
// A renamed file would silently leave the list: say so instead.
const missing = PURE.filter((file) => !existsSync(file));
if (missing.length > 0)
  throw new Error(`vitest.config.ts: PURE names files that do not exist: ${missing.join(', ')}`);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'pure', include: PURE, isolate: false } },
      { extends: true, test: { name: 'page', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: PURE } },
    ],
  },
});
