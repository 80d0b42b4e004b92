import { issuanceKit } from '@/components/panel/issuance-kit';
import { startPanel } from '@/components/panel/start';

// The panel on social-card issuance pages. Registered at runtime by the background for the configured issuance sites
// only (utils/background/register-sites.ts); never injected by the manifest.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // Styles are inlined into the panel's shadow root (components/panel/styles.ts): no web-accessible CSS file.
  cssInjectionMode: 'manual',
  main: (ctx) => startPanel(ctx, issuanceKit),
});
