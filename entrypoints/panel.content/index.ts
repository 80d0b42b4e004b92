import '@/components/shared/shared.css';
import '@/components/panel/panel.css';
import { startPanel } from '@/components/panel/start';

// Registered at runtime by the background for the configured sites only (utils/background/register-sites.ts).
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main: (ctx) => startPanel(ctx),
});
