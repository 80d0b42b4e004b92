import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { issuanceKit } from '@/components/panel/issuance-kit';
import { maisKit } from '@/components/panel/mais-kit';
import { createPanelModel } from '@/components/panel/model';
import { mountPanelUi } from '@/components/panel/mount';
import { fakeDeps, panelConfig } from './panel-helpers';

// The real mount: the panel with engineer G's checklist (capture in the toolbar, the checklist view at step 5).

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
  const model = createPanelModel(
    panelConfig({ kind, site: { kind, match: 'http://127.0.0.1/*' } }),
    fakeDeps().deps,
  );
  await act(async () => {
    await model.ready;
    unmount = mountPanelUi(container, model, document, kind === 'issuance' ? issuanceKit : maisKit);
  });
  return model;
}

describe('mountPanelUi', () => {
  test('issuance: the capture control is in the toolbar from the first render; step 5 shows the checklist', async () => {
    const model = await mount('issuance');
    expect(container.classList.contains('kp-host')).toBe(true);
    expect(container.querySelector('.kp-toolbar [data-action="capture"]')).not.toBeNull();
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

  test('the collapsed state moves the host box to the tab position', async () => {
    const model = await mount('issuance');
    await act(async () => model.setCollapsed(true));
    expect(container.classList.contains('kp-host--collapsed')).toBe(true);
    expect(container.querySelector('.kp-tab [data-action="capture"]')).not.toBeNull();
  });

  test('unmount empties the container', async () => {
    await mount('issuance');
    unmount?.();
    unmount = null;
    expect(container.childElementCount).toBe(0);
  });
});
