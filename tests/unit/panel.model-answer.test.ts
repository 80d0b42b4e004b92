import { describe, expect, test } from 'vitest';
import { createPanelModel } from '@/components/panel/model';
import { fakeDeps, panelConfig } from './panel-helpers';

// model.answer(id): the citizen's answer moves the talk and records the outcome through the same path as record().

describe('PanelModel.answer', () => {
  test('a refusal shows step 4, records `refused` once with the steps shown, and tells the gate', async () => {
    const { deps } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, { hasPitch: true });
    const heard: string[] = [];
    model.onOutcome((o) => heard.push(o));
    await Promise.all([model.answer('refused'), model.answer('refused')]);
    expect(model.flow.value).toMatchObject({ step: 'refusal', outcome: 'refused' });
    expect(deps.recordOutcome).toHaveBeenCalledTimes(1);
    expect(deps.recordOutcome).toHaveBeenCalledWith({
      outcome: 'refused',
      steps: ['offer', 'refusal'],
      siteKind: 'issuance',
    });
    expect(heard).toEqual(['refused']);
  });

  test('«Интересуется» and «Нет времени» move without recording; «Лифлет выдан» records on step 3', async () => {
    const { deps } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, { hasPitch: true });
    await model.answer('details');
    await model.answer('leaflet');
    expect(model.flow.value.step).toBe('leaflet');
    expect(deps.recordOutcome).not.toHaveBeenCalled();
    await model.answer('leafletGiven');
    expect(deps.recordOutcome).toHaveBeenCalledWith({
      outcome: 'leaflet',
      steps: ['offer', 'details', 'leaflet'],
      siteKind: 'issuance',
    });
  });

  test('«Зарегистрирован, льготы не видно» opens step 5 (the checklist) and records `mais`', async () => {
    const { deps } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, { hasPitch: true });
    await model.answer('mais');
    expect(model.view.value).toBe('checklist');
    expect(deps.recordOutcome).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'mais' }));
  });

  test('an answer the step does not offer does nothing (positive control: the offered one works)', async () => {
    const { deps } = fakeDeps();
    const model = createPanelModel(panelConfig(), deps, { hasPitch: true });
    await model.answer('leafletGiven'); // offered on step 3 only
    expect(model.flow.value.step).toBe('offer');
    expect(deps.recordOutcome).not.toHaveBeenCalled();
    await model.answer('accepted');
    expect(deps.recordOutcome).toHaveBeenCalledTimes(1);
  });
});
