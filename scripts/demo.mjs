#!/usr/bin/env node
// `npm run demo [-- --headless]`: builds the Chromium extension, serves demo/ on 127.0.0.1 and opens Chromium with
// the extension. With a display: a window for a person. Without one, or with --headless: the scenario runs by itself
// and writes screenshots and summary.md to demo-output/. The scenario is scripts/demo/steps.ts.
import { createJiti } from 'jiti';
import { buildExtension } from './lib/build.mjs';
import { stage } from './lib/run.mjs';

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

stage('Сборка расширения для Chromium');
if (!process.argv.includes('--no-build') && !(await buildExtension(['chromium']))) process.exit(1);

// The harness and the scenario are TypeScript shared with the e2e tests; jiti (already in node_modules through
// wxt) loads them without a separate compile step on Node 20.
const jiti = createJiti(import.meta.url);
const demo = await jiti.import('./demo/run.ts');

stage(headless ? 'Демо-сценарий без дисплея → demo-output/' : 'Демо в окне Chromium');
process.exit(headless ? await demo.runHeadless() : await demo.runForPerson());
