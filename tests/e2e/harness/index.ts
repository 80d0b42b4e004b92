// Entry point for e2e tests: `describe.each(BROWSERS)('%s', (browser) => { const session = setupExtension(browser) … })`.

export { axeViolations } from './axe';
export { poll } from './common';
export { setupExtension, setupFixtureServer } from './hooks';
export { PANEL_TAG } from './in-page';
export { launchExtension } from './launch';
export { ROOT } from './paths';
export { positiveControl } from './positive-control';
export { type FixtureServer, startFixtureServer } from './server';
export * from './types';
