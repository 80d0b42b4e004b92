import { maisAgent } from '@/utils/agent/kinds/mais';
import { startAgent } from '@/utils/agent/start';

// The page agent on МАИС НСО pages. Registered at runtime by the background for the configured МАИС sites only
// (utils/background/register-sites.ts), at document_start; never injected by the manifest.
export default defineUnlistedScript(() => {
  startAgent(maisAgent);
});
