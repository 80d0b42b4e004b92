import { effect } from '@preact/signals';
import type { PanelConfig } from '@/utils/messaging';
import type { PageBridge } from '@/utils/panel/page-bridge';
import type { PanelKit } from './kit';
import { createPanelModel, type PanelDeps, type PanelModel } from './model';

// One panel page's life in one tab: the model, and its wiring to the page through the bridge — the host's size
// follows collapsed/expanded, the field watcher runs only while the panel is open, and on pages with the soft gate
// the recorded outcome opens or releases it (and a click held before the panel page loaded is heard of once it has).
// Everything is undone by `dispose`.

export interface PanelSessionOptions {
  config: PanelConfig;
  kit: PanelKit;
  bridge: PageBridge;
  deps: PanelDeps;
}

export interface PanelSession {
  model: PanelModel;
  dispose(): void;
}

export function createPanelSession({ config, kit, bridge, deps }: PanelSessionOptions): PanelSession {
  const model = createPanelModel(config, deps, { hasPitch: Boolean(kit.pitch) });
  const quiet = (p: Promise<unknown>) => void p.catch(() => {});
  const stops: Array<() => void> = [bridge.on('toggle', () => model.toggle())];

  // The agent docked the host from the same remembered state; follow the clerk's changes from then on.
  let disposed = false;
  void model.ready.then(() => {
    if (disposed) return;
    stops.push(
      effect(() => {
        const collapsed = model.collapsed.value;
        quiet(bridge.setLayout(collapsed));
        if (kit.prefill) quiet(bridge.watchFields(!collapsed));
      }),
    );
  });

  if (kit.gate && config.gateEnabled) {
    stops.push(
      bridge.on('gateHeld', () => model.gateHeld()),
      // Only a refusal carries out the held issuance (memo step 4); other outcomes just open the gate.
      model.onOutcome((outcome) => quiet(bridge.gate(outcome === 'refused' ? 'release' : 'open'))),
      model.onNewVisitor(() => quiet(bridge.gate('rearm'))),
    );
    // Listening now: an issuance held before this page loaded (a quick click, a host the page removed) is told again.
    quiet(bridge.gate('remind'));
  }

  return {
    model,
    dispose() {
      disposed = true;
      for (const stop of stops) stop();
      model.dispose();
    },
  };
}
