import { createGate, type Gate } from '../../gate/gate';
import { openOrClosedShadowRoot } from '../../gate/shadow-roots';
import type { AgentKit } from '../start';

// Issuance pages: the soft gate. It is created at document_start, before any page script registers a listener, and
// holds the page's issue control until the clerk records the conversation's outcome in the panel; the site's
// settings (gate on/off, its selector) configure it when they arrive, and the outcome reaches it as a `gate` command.

export const issuanceAgent: AgentKit<Gate> = {
  kind: 'issuance',
  // A click held before the configuration arrives waits for it (is the gate on here, and on which control?).
  configureAtStart: true,
  early: ({ life, win, emit }) =>
    createGate({
      win,
      signal: life.signal,
      shadowRootOf: openOrClosedShadowRoot,
      alive: life.alive,
      onHold: () => emit({ type: 'gateHeld' }),
    }),
  // Not an issuance page after all: whatever was held while asking is carried out, then the gate ends with the agent.
  idle: (gate) => gate.configure({ enabled: false }),
  start({ emit }, config, gate) {
    gate.configure({ enabled: config.gate.enabled, issueSelector: config.gate.issueSelector });
    return {
      gate({ action }) {
        if (action === 'release') gate.release();
        else if (action === 'open') gate.open();
        else if (action === 'rearm') gate.rearm();
        // A click held while the panel page was (re)loading: its notice went to no one.
        else if (gate.state === 'holding') emit({ type: 'gateHeld' });
      },
    };
  },
};
