import { useEffect, useRef } from 'preact/hooks';
import { CopyButton } from '@/components/shared/CopyButton';
import { QrSvg } from '@/components/shared/QrSvg';
import { instructionsText } from '@/utils/content-pack/instructions';
import type { StepId } from '@/utils/content-pack/steps';
import { canGo, canGoBack } from '@/utils/flow/machine';
import type { PanelModel } from './model';
import { StepContent } from './StepContent';

// One memo step at a time (issuance pages), with the memo's branches as buttons.

const NAV_LABELS: Record<Exclude<StepId, 'offer'>, string> = {
  details: 'Интересуется, нужны подробности',
  leaflet: 'Нет времени — выдать лифлет',
  refusal: 'Отказывается',
  mais: 'Уже зарегистрирован, льгота не видна → МАИС',
};
const NAV_ORDER = ['details', 'leaflet', 'refusal', 'mais'] as const;

export function PitchView({ model }: { model: PanelModel }) {
  const state = model.flow.value;
  const { pack, qr } = model.config;
  const step = pack.steps.find((s) => s.id === state.step);
  const next = NAV_ORDER.filter((id) => canGo(state, id));
  const title = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(state.step);
  // The pressed button disappears with its step: move focus to the new step's title so keyboard users keep their place.
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    title.current?.focus();
  }, [state.step]);
  return (
    <section class="kp-step" data-step={state.step} aria-labelledby="kp-step-title">
      <p class="kp-step__number">Шаг {step?.number ?? ''}</p>
      <h3 id="kp-step-title" class="kp-step__title" tabIndex={-1} ref={title}>
        {step?.title}
      </h3>
      {step && state.step !== 'offer' ? <p class="kp-step__when">{step.when}</p> : null}
      <StepContent
        pack={pack}
        step={state.step}
        copy={<CopyButton text={() => instructionsText(pack)} label="Скопировать инструкцию" />}
        qr={
          <QrSvg {...qr} text={pack.service.siteUrl} label={`QR-код сайта ${pack.service.site}`} size={136} />
        }
      />
      {next.length > 0 || canGoBack(state) ? (
        <nav class="kp-nav" aria-label="Ход беседы">
          {next.map((id) => (
            <button
              key={id}
              type="button"
              class="kn-button kp-nav__button"
              data-action={`step-${id}`}
              onClick={() => model.go(id)}
            >
              {NAV_LABELS[id]}
            </button>
          ))}
          {canGoBack(state) ? (
            <button type="button" class="kn-button kn-button--link" data-action="back" onClick={model.back}>
              Назад
            </button>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
