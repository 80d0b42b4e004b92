import { issuanceAgent } from '@/utils/agent/kinds/issuance';
import { startAgent } from '@/utils/agent/start';

// The page agent on social-card issuance pages. Registered at runtime by the background for the configured issuance
// sites only (utils/background/register-sites.ts), at document_start; never injected by the manifest.
export default defineUnlistedScript(() => {
  startAgent(issuanceAgent);
});
