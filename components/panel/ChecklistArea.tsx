import type { PanelModel } from './model';

// The checklist view: on МАИС pages always; on issuance pages at step 5, after outcome `mais`, or after a capture.
// The checklist view goes into `checklist`; it lists the memo's three conditions as checkboxes.

export interface ChecklistAreaProps {
  model: PanelModel;
  checklist: preact.ComponentChildren;
}

export function ChecklistArea({ model, checklist }: ChecklistAreaProps) {
  const { pack } = model.config;
  const { hasPitch } = model;
  const state = model.flow.value;
  const atStepFive = hasPitch && (state.step === 'mais' || state.outcome === 'mais');
  const step = pack.steps.find((s) => s.id === 'mais');
  return (
    <section class="kp-checklist-area" aria-labelledby="kp-checklist-title">
      <p class="kp-step__number">Шаг {step?.number ?? '5'}</p>
      <h3 id="kp-checklist-title" class="kp-step__title" tabIndex={-1}>
        {step?.title ?? 'МАИС НСО'}
      </h3>
      {atStepFive && step ? <p class="kp-step__when">{step.when}</p> : null}
      <p class="kp-mais-instruction">{pack.maisInstruction}</p>
      {checklist}
      {hasPitch && state.step === 'mais' && state.outcome === null ? (
        <nav class="kp-nav" aria-label="Ход беседы">
          <button type="button" class="kn-button kn-button--link" data-action="back" onClick={model.back}>
            Назад
          </button>
        </nav>
      ) : null}
      {hasPitch && state.step !== 'mais' && state.outcome !== 'mais' ? (
        <nav class="kp-nav" aria-label="Ход беседы">
          <button
            type="button"
            class="kn-button kn-button--link"
            data-action="show-pitch"
            onClick={model.showPitch}
          >
            К беседе по памятке
          </button>
        </nav>
      ) : null}
    </section>
  );
}
