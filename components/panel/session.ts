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
  /** The panel's own shadow root, so the gate never holds the panel's own buttons. */
  ownUi?: Node;
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
  const gateLife = new AbortController();
  const cleanups: Array<() => void> = [() => gateLife.abort()];
  if (config.kind === 'issuance' && config.gateEnabled && options.createGate) {
    const opened = options.createGate({
      win,
      signal: gateLife.signal,
      ownUi: options.ownUi,
      alive: options.alive,
      onHold: () => model.gateHeld(),
    });
    opened.configure({ enabled: true, issueSelector: config.site.issueSelector });
    gate = opened;
    cleanups.push(
      // Only a refusal carries out the held issuance (memo step 4); other outcomes just open the gate.
      model.onOutcome((outcome) => (outcome === 'refused' ? opened.release() : opened.open())),
      model.onNewVisitor(() => opened.rearm()),
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
