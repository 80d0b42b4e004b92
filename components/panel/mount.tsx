import { render } from 'preact';
import type { PageBridge } from '@/utils/panel/page-bridge';
import {
  backgroundChecklist,
  CaptureButton,
  ChecklistView,
  catalogueRules,
  createChecklistModel,
  createChecklistRules,
} from './checklist';
import type { PanelKit } from './kit';
import type { PanelModel } from './model';
import { Panel } from './Panel';

// Renders the panel into the panel page with its checklist (capture in the toolbar from the first render, the
// checklist view on МАИС pages and at step 5); returns the unmount function.

export function mountPanelUi(
  container: HTMLElement,
  model: PanelModel,
  doc: Document,
  kit: PanelKit,
  bridge: PageBridge,
): () => void {
  const { pack } = model.config;
  const checklist = createChecklistModel({
    doc,
    // Another tab's capture or wipe: the background's notice arrives through this tab's bridge.
    backend: { ...backgroundChecklist, onChange: (listener) => bridge.on('checklistChanged', listener) },
    bridge,
    rules: createChecklistRules(pack.maisAdvice),
    catalogue: catalogueRules,
    fillsForms: Boolean(kit.prefill),
  });
  render(
    <Panel
      model={model}
      toolbar={<CaptureButton model={checklist} onCaptured={() => model.showChecklist()} />}
      checklist={<ChecklistView model={checklist} conditions={pack.maisConditions} prefill={kit.prefill} />}
      pitch={kit.pitch?.(model)}
      outcomes={kit.outcomes?.(model)}
    />,
    container,
  );
  return () => {
    render(null, container);
    checklist.dispose();
  };
}
