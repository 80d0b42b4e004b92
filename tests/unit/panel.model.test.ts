import { describe, expect, test, vi } from 'vitest';
import { createPanelModel, GATE_NOTICE } from '@/components/panel/model';
import { fakeDeps, panelConfig } from './panel-helpers';

const PITCH = { hasPitch: true };

describe('createPanelModel', () => {
  test('issuance page: pitch view on step 1, expanded by default', async () => {
    const { deps } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, PITCH);
    await model.ready;
    expect(model.view.value).toBe('pitch');
    expect(model.flow.value.step).toBe('offer');
    expect(model.collapsed.value).toBe(false);
  });

  test('МАИС page: checklist view, and it stays there', () => {
    const model = createPanelModel(panelConfig({ kind: 'mais' }), fakeDeps().deps, { hasPitch: false });
    expect(model.view.value).toBe('checklist');
    model.showPitch();
    expect(model.view.value).toBe('checklist');
    model.newVisitor();
    expect(model.view.value).toBe('checklist');
  });

  test('the remembered collapsed choice is restored', async () => {
    const model = createPanelModel(panelConfig(), fakeDeps({ collapsed: true }).deps, PITCH);
    await model.ready;
    expect(model.collapsed.value).toBe(true);
  });

  test('a clerk choice made before storage answers wins', async () => {
    const { deps } = fakeDeps({ collapsed: true });
    const model = createPanelModel(panelConfig(), deps, PITCH);
    model.setCollapsed(false);
    model.setCollapsed(true);
    model.setCollapsed(false);
    await model.ready;
    expect(model.collapsed.value).toBe(false);
  });

  test('collapsing and expanding is saved under the ui key shape', async () => {
    const { deps, saved } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, PITCH);
    await model.ready;
    model.toggle();
    model.toggle();
    expect(saved).toEqual([{ collapsed: true }, { collapsed: false }]);
  });

  test('step 5 switches to the checklist view; back returns to the pitch', () => {
    const model = createPanelModel(panelConfig(), fakeDeps().deps, PITCH);
    model.go('details');
    model.go('mais');
    expect(model.view.value).toBe('checklist');
    model.back();
    expect(model.view.value).toBe('pitch');
    expect(model.flow.value.step).toBe('details');
  });

  test('after a capture the checklist shows; «К беседе» returns to the same step', () => {
    const model = createPanelModel(panelConfig(), fakeDeps().deps, PITCH);
    model.go('leaflet');
    model.showChecklist();
    expect(model.view.value).toBe('checklist');
    model.showPitch();
    expect(model.view.value).toBe('pitch');
    expect(model.flow.value.step).toBe('leaflet');
  });

  test('a capture from the collapsed tab expands the panel to show the checklist', async () => {
    const model = createPanelModel(panelConfig(), fakeDeps({ collapsed: true }).deps, PITCH);
    await model.ready;
    model.showChecklist();
    expect(model.collapsed.value).toBe(false);
    expect(model.view.value).toBe('checklist');
  });

  test('recording sends outcome, steps shown and site kind once, ends the visit, tells listeners', async () => {
    const { deps } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, PITCH);
    const heard = vi.fn();
    model.onOutcome(heard);
    model.go('details');
    model.go('refusal');
    await model.record('refused');
    expect(deps.recordOutcome).toHaveBeenCalledTimes(1);
    expect(deps.recordOutcome).toHaveBeenCalledWith({
      outcome: 'refused',
      steps: ['offer', 'details', 'refusal'],
      siteKind: 'issuance',
    });
    expect(model.flow.value.outcome).toBe('refused');
    // Announced to screen readers; the outcome bar already shows it on screen.
    expect(model.status.value).toEqual({ text: 'Итог записан: Отказ — пластиковая карта.', visible: false });
    expect(heard).toHaveBeenCalledWith('refused');
    await model.record('accepted');
    expect(deps.recordOutcome).toHaveBeenCalledTimes(1);
  });

  test('a double click records once', async () => {
    const { deps } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, PITCH);
    await Promise.all([model.record('leaflet'), model.record('leaflet')]);
    expect(deps.recordOutcome).toHaveBeenCalledTimes(1);
  });

  test('outcome mais opens the checklist', async () => {
    const model = createPanelModel(panelConfig(), fakeDeps().deps, PITCH);
    await model.record('mais');
    expect(model.view.value).toBe('checklist');
  });

  test('a failed journal write still ends the visit and releases, with a Russian message', async () => {
    const { deps } = fakeDeps();
    deps.recordOutcome.mockRejectedValueOnce(new Error('no background'));
    const model = createPanelModel(panelConfig(), deps, PITCH);
    const heard = vi.fn();
    model.onOutcome(heard);
    await model.record('accepted');
    expect(model.status.value.text).toContain('не удалось записать');
    expect(model.status.value.visible).toBe(true);
    expect(heard).toHaveBeenCalledWith('accepted');
  });

  test('«Новый посетитель» restarts the flow on step 1 and tells listeners', async () => {
    const model = createPanelModel(panelConfig(), fakeDeps().deps, PITCH);
    const heard = vi.fn();
    model.onNewVisitor(heard);
    model.go('leaflet');
    await model.record('mais');
    model.newVisitor();
    expect(model.flow.value).toEqual({ step: 'offer', history: [], stepsShown: ['offer'], outcome: null });
    expect(model.view.value).toBe('pitch');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test('a held issue control expands the panel, shows the notice and the pitch; an outcome clears it', async () => {
    const { deps, saved } = fakeDeps({ collapsed: true });
    const model = createPanelModel(panelConfig(), deps, PITCH);
    await model.ready;
    model.showChecklist();
    model.gateHeld();
    expect(model.collapsed.value).toBe(false);
    expect(saved).toContainEqual({ collapsed: false });
    expect(model.gateNotice.value).toBe(GATE_NOTICE);
    expect(model.view.value).toBe('pitch');
    await model.record('refused');
    expect(model.gateNotice.value).toBeNull();
  });

  test('dispose stops listeners', async () => {
    const model = createPanelModel(panelConfig(), fakeDeps().deps, PITCH);
    const heard = vi.fn();
    model.onOutcome(heard);
    model.dispose();
    await model.record('accepted');
    expect(heard).not.toHaveBeenCalled();
  });
});
