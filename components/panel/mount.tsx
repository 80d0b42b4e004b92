import { effect } from '@preact/signals';
import { render } from 'preact';
import type { PanelModel } from './model';
import { Panel } from './Panel';

// Renders the panel into the shadow root's container; returns the unmount function.
// Placeholder until engineer G's checklist modules (capture, prefill, rules) are all committed.

export function mountPanelUi(container: HTMLElement, model: PanelModel, _doc: Document): () => void {
  container.classList.add('kp-host');
  const stopClass = effect(() => {
    container.classList.toggle('kp-host--collapsed', model.collapsed.value);
  });
  render(<Panel model={model} toolbar={null} checklist={<p>Чек-лист появится здесь.</p>} />, container);
  return () => {
    stopClass();
    render(null, container);
  };
}
