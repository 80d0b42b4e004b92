import type { ContentPack } from '@/utils/content-pack/schema';
import type { StepId } from '@/utils/content-pack/steps';

// What the clerk says and shows on each memo step. Every text comes from the content pack.

type Slot = preact.ComponentChildren;

function Qr({ pack, code }: { pack: ContentPack; code: Slot }) {
  const { service } = pack;
  return (
    <figure class="kp-qr">
      {code}
      <figcaption>
        {service.site}
        <br />
        Приложение «{service.appName}»: {service.stores.join(', ')}
        <br />
        Вход — через Госуслуги
      </figcaption>
    </figure>
  );
}

function Actions({ pack, id }: { pack: ContentPack; id: StepId }) {
  const step = pack.steps.find((s) => s.id === id);
  if (!step) return null;
  return (
    <ul class="kp-actions">
      {step.actions.map((action) => (
        <li key={action}>{action}</li>
      ))}
    </ul>
  );
}

function Offer({ pack, qr }: { pack: ContentPack; qr: Slot }) {
  return (
    <>
      <h4 class="kp-subtitle">Что сказать гражданину</h4>
      <blockquote class="kp-script">
        {pack.script.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </blockquote>
      <p class="kp-note">
        <span class="kp-note__mark" aria-hidden="true">
          А3
        </span>
        {pack.posterReminder}
      </p>
      <h4 class="kp-subtitle">Где подключить</h4>
      <Qr pack={pack} code={qr} />
      <ConnectSteps pack={pack} />
    </>
  );
}

/** The leaflet's connection steps: site or app, Госуслуги, «Мир» card, photo, tariff. */
function ConnectSteps({ pack }: { pack: ContentPack }) {
  return (
    <>
      <p class="kp-connect__intro">{pack.connectIntro}</p>
      <ol class="kp-connect">
        {pack.connectSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}

function Details({ pack }: { pack: ContentPack }) {
  return (
    <>
      <Actions pack={pack} id="details" />
      <h4 class="kp-subtitle">Преимущества</h4>
      <ol class="kp-advantages">
        {pack.advantages.map((advantage) => (
          <li key={advantage.title}>
            <strong>{advantage.title}.</strong> {advantage.text}
          </li>
        ))}
      </ol>
      <h4 class="kp-subtitle">Порядок подключения</h4>
      <ConnectSteps pack={pack} />
      <p class="kp-hotline">{pack.hotlineText}</p>
    </>
  );
}

function Leaflet({ pack, copy, qr }: { pack: ContentPack; copy: Slot; qr: Slot }) {
  return (
    <>
      <p>{pack.leafletText}</p>
      <Actions pack={pack} id="leaflet" />
      <Qr pack={pack} code={qr} />
      {copy}
    </>
  );
}

export function Conditions({ pack }: { pack: ContentPack }) {
  const step = pack.steps.find((s) => s.id === 'mais');
  return (
    <div class="kp-conditions">
      {step ? <p>{step.when}</p> : null}
      <ul>
        {pack.maisConditions.map((condition) => (
          <li key={condition}>{condition}</li>
        ))}
      </ul>
      <p>{pack.maisInstruction}</p>
    </div>
  );
}

export interface StepContentProps {
  pack: ContentPack;
  step: StepId;
  /** The copy-instructions control (CopyButton), passed in so this file stays free of clipboard code. */
  copy: Slot;
  /** The QR code of the service's site (drawn by the background, see utils/background/panel-config.ts). */
  qr: Slot;
}

export function StepContent({ pack, step, copy, qr }: StepContentProps) {
  switch (step) {
    case 'offer':
      return <Offer pack={pack} qr={qr} />;
    case 'details':
      return <Details pack={pack} />;
    case 'leaflet':
      return <Leaflet pack={pack} copy={copy} qr={qr} />;
    case 'refusal':
      return <p class="kp-refusal">{pack.refusalText}</p>;
    case 'mais':
      return <Conditions pack={pack} />;
  }
}
