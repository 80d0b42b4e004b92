import '@/components/shared/shared.css';
import '@/components/panel/panel.css';
import { startPanel } from '@/components/panel/start';

// Registered at runtime by the background for the configured sites only (utils/background/register-sites.ts).
export default defineContentScript({
  // Never used for injection (the background registers the configured sites); WXT derives the shadow-root CSS's
  // web_accessible_resources from it, and the panel fetches that CSS from the page's context.
  matches: ['<all_urls>'],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main: (ctx) => startPanel(ctx),
});
