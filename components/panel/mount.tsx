import { render } from 'preact';
import type { PanelModel } from './model';
import { Panel } from './Panel';

// Renders the panel into the shadow root's container; returns the unmount function.

export function mountPanelUi(container: HTMLElement, model: PanelModel): () => void {
  render(<Panel model={model} toolbar={null} checklist={<p>Чек-лист появится здесь.</p>} />, container);
  return () => render(null, container);
}
