import { useEffect, useRef } from 'preact/hooks';
import { CopyButton } from '@/components/shared/CopyButton';
import { QrCode } from '@/components/shared/QrCode';
import { instructionsText } from '@/utils/content-pack/instructions';
import type { PanelModel } from './model';
import { StepContent } from './StepContent';

// One memo step at a time (issuance pages). The citizen's answers live in the answer bar (OutcomeBar); this view is
// what the clerk says and shows. Pure Preact over the model's signals and the callbacks it is given.

export interface PitchViewProps {
  model: PanelModel;
  /** Opens the citizen's screen (citizen.html); the button is shown only when the panel can open it. */
  onShowCitizen?: () => void;
  /** Opens the printable leaflet (leaflet.html). */
  onPrintLeaflet?: () => void;
}

const TOOL_STEPS = new Set(['offer', 'leaflet']);

function CitizenTools({ onShowCitizen, onPrintLeaflet }: Omit<PitchViewProps, 'model'>) {
  if (!onShowCitizen && !onPrintLeaflet) return null;
  return (
    <div class="kp-tools">
      {onShowCitizen ? (
        <button type="button" class="kn-button" data-action="show-citizen" onClick={onShowCitizen}>
          Показать гражданину
        </button>
      ) : null}
      {onPrintLeaflet ? (
        <button type="button" class="kn-button" data-action="print-leaflet" onClick={onPrintLeaflet}>
          Распечатать лифлет
        </button>
      ) : null}
    </div>
  );
}

export function PitchView({ model, onShowCitizen, onPrintLeaflet }: PitchViewProps) {
  const state = model.flow.value;
  const { pack } = model.config;
  const step = pack.steps.find((s) => s.id === state.step);
  const title = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(state.step);
  // The pressed answer may move the talk: focus the new step's title so keyboard users keep their place.
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    title.current?.focus();
  }, [state.step]);
  return (
    <section class="kp-step" data-step={state.step} aria-labelledby="kp-step-title">
      <h3 id="kp-step-title" class="kp-step__title" tabIndex={-1} ref={title}>
        <span class="kp-step__number">Шаг {step?.number ?? ''}</span> {step?.title}
      </h3>
      <StepContent
        pack={pack}
        step={state.step}
        copy={<CopyButton text={() => instructionsText(pack)} label="Скопировать инструкцию" />}
        qr={<QrCode text={pack.service.siteUrl} label={`QR-код сайта ${pack.service.site}`} size={104} />}
        tools={
          TOOL_STEPS.has(state.step) ? (
            <CitizenTools onShowCitizen={onShowCitizen} onPrintLeaflet={onPrintLeaflet} />
          ) : null
        }
      />
    </section>
  );
}
