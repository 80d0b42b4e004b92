import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { PANEL_KITS } from '@/components/panel/kits';
import { createPanelModel } from '@/components/panel/model';
import { mountPanelUi } from '@/components/panel/mount';
import { createLocalBridge } from './local-bridge';
import { fakeDeps, panelConfig } from './panel-helpers';

// The real mount: the panel with its checklist (capture in the toolbar, the checklist view at step 5).

let unmount: (() => void) | null = null;
let container: HTMLElement;

afterEach(() => {
  unmount?.();
  unmount = null;
  container?.remove();
});

async function mount(kind: 'issuance' | 'mais') {
  container = document.createElement('div');
  document.body.append(container);
  const kit = PANEL_KITS[kind];
  const model = createPanelModel(
    panelConfig({ kind, site: { kind, match: 'http://127.0.0.1/*' } }),
    fakeDeps().deps,
    { hasPitch: Boolean(kit.pitch) },
  );
  await act(async () => {
    await model.ready;
    unmount = mountPanelUi(container, model, document, kit, createLocalBridge(document).bridge);
  });
  return model;
}

describe('mountPanelUi', () => {
  test('issuance: the capture control is in the toolbar from the first render; step 5 shows the checklist', async () => {
    const model = await mount('issuance');
    expect(container.querySelector('[role="toolbar"] [data-action="capture"]')).not.toBeNull();
    expect(container.querySelector('[name="snils"]')).toBeNull();
    await act(async () => container.querySelector<HTMLElement>('[data-action="step-mais"]')!.click());
    expect(container.querySelector('[name="snils"]')).not.toBeNull();
    expect(container.querySelector('[name="registeredInKarta"]')).not.toBeNull();
    // The memo's conditions come from the pack.
    expect(container.textContent).toContain(model.config.pack.maisConditions[2]);
  });

  test('МАИС: checklist and capture at once, no outcome bar', async () => {
    await mount('mais');
    expect(container.querySelector('[data-action="capture"]')).not.toBeNull();
    expect(container.querySelector('[name="lastName"]')).not.toBeNull();
    expect(container.querySelector('[data-outcome]')).toBeNull();
  });

  test('collapsed, the tab keeps capture at hand', async () => {
    const model = await mount('issuance');
    await act(async () => model.setCollapsed(true));
    expect(container.querySelector('[data-collapsed="true"] [data-action="capture"]')).not.toBeNull();
  });

  test('unmount empties the container', async () => {
    await mount('issuance');
    unmount?.();
    unmount = null;
    expect(container.childElementCount).toBe(0);
  });
});
