import { effect } from '@preact/signals';
import type { createGate, Gate } from '@/utils/gate/gate';
import type { PanelConfig } from '@/utils/messaging';
import { createPageSpace } from '@/utils/panel/dock';
import { createPanelModel, type PanelDeps, type PanelModel } from './model';

// One panel's life on one page: the model, the page space it reserves while expanded, and the soft gate.
// Everything is created here and undone by `dispose` (unmount, extension reload).

export interface PanelSessionOptions {
  config: PanelConfig;
  win: Window;
  doc: Document;
  deps: PanelDeps;
  /** Tag of the panel host, so the gate never holds the panel's own buttons. */
  hostTag?: string;
  /** False once the content script's context is invalidated (extension reloaded or disabled). */
  alive?: () => boolean;
  /** The soft gate's factory: given by the issuance bundle only (the МАИС bundle has no gate). */
  createGate?: typeof createGate;
}

export interface PanelSession {
  model: PanelModel;
  /** Null when the page is not an issuance page or the gate is off in settings. */
  gate: Gate | null;
  dispose(): void;
}

export function createPanelSession(options: PanelSessionOptions): PanelSession {
  const { config, win, doc, deps } = options;
  const model = createPanelModel(config, deps);
  const space = createPageSpace(doc);
  const stopDocking = effect(() => space.set(!model.collapsed.value));

  let gate: Gate | null = null;
  const cleanups: Array<() => void> = [];
  if (config.kind === 'issuance' && config.gateEnabled && options.createGate) {
    const opened = options.createGate({
      win,
      issueSelector: config.site.issueSelector,
      ownHostTag: options.hostTag,
      alive: options.alive,
      onHold: () => model.gateHeld(),
    });
    gate = opened;
    cleanups.push(
      // Only a refusal carries out the held issuance (memo step 4); other outcomes just open the gate.
      model.onOutcome((outcome) => (outcome === 'refused' ? opened.release() : opened.open())),
      model.onNewVisitor(() => opened.rearm()),
      () => opened.dispose(),
    );
  }

  return {
    model,
    gate,
    dispose() {
      for (const cleanup of cleanups) cleanup();
      stopDocking();
      space.dispose();
      model.dispose();
    },
  };
}
