import { createGate, type Gate } from '../../gate/gate';
import type { AgentKit } from '../start';

// Issuance pages: the soft gate. It holds the page's issue control until the clerk records the conversation's
// outcome in the panel; the panel's outcome reaches it as a `gate` command.

export const issuanceAgent: AgentKit = {
  kind: 'issuance',
  start({ life, win, emit }, config) {
    let gate: Gate | null = null;
    if (config.gate.enabled) {
      gate = createGate({
        win,
        issueSelector: config.gate.issueSelector,
        alive: life.alive,
        onHold: () => emit({ type: 'gateHeld' }),
      });
      life.onAbort(() => gate?.dispose());
    }
    return {
      gate({ action }) {
        if (action === 'release') gate?.release();
        else if (action === 'open') gate?.open();
        else gate?.rearm();
      },
    };
  },
};
