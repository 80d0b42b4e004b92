import { effect } from '@preact/signals';
import { render } from 'preact';
import { CaptureButton, ChecklistView, createChecklistModel } from './checklist';
import type { PanelKit } from './kit';
import type { PanelModel } from './model';
import { Panel } from './Panel';

// Renders the panel into the shadow root's container with engineer G's checklist (capture in the toolbar from the
// first render, the checklist view on МАИС pages and step 5); returns the unmount function.

export function mountPanelUi(
  container: HTMLElement,
  model: PanelModel,
  doc: Document,
  kit: PanelKit,
): () => void {
  const { site, kind, pack, categories } = model.config;
  const checklist = createChecklistModel({
    doc,
    site,
    kind,
    categories,
    advice: pack.maisAdvice,
    prefillState: kit.prefillState,
  });
  // The capture/prefill engine is fetched when the clerk turns to the panel, not with the page (size budget).
  const preload = () => void checklist.preload();
  container.addEventListener('focusin', preload, { once: true });
  container.addEventListener('pointerover', preload, { once: true });
  container.classList.add('kp-host');
  const stopClass = effect(() => {
    container.classList.toggle('kp-host--collapsed', model.collapsed.value);
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
    container.removeEventListener('focusin', preload);
    container.removeEventListener('pointerover', preload);
    stopClass();
    render(null, container);
    checklist.dispose();
  };
}
