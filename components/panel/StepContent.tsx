import { Disclosure } from '@/components/shared/Disclosure';
import type { ContentPack, PackStep } from '@/utils/content-pack/schema';
import { restAfter, withoutSaid } from '@/utils/content-pack/sentences';
import type { StepId } from '@/utils/content-pack/steps';

// What the clerk says and shows on each memo step: the step's key sentences first, to read aloud; what the citizen
// may look at; the rest under «Подробнее». A sentence said in the lead is not repeated below it. Texts: the pack.

type Slot = preact.ComponentChildren;

function Lead({ step }: { step: PackStep }) {
  return (
    <blockquote class="kp-script" data-lead="">
      {step.lead.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </blockquote>
  );
}

function More({ children }: { children: Slot }) {
  return (
    <Disclosure summary="Подробнее" class="kp-more" data={{ 'data-more': '' }}>
      {children}
    </Disclosure>
  );
}

function Qr({ pack, code }: { pack: ContentPack; code: Slot }) {
  const { service, forCitizen } = pack;
  return (
    <figure class="kp-qr">
      {code}
      <figcaption>
        <strong>{service.site}</strong>
        <br />
        {forCitizen.appLabel}
        <br />
        {forCitizen.signIn}
      </figcaption>
    </figure>
  );
}

function ConnectSteps({ pack }: { pack: ContentPack }) {
  return (
    <>
      <p class="kp-connect__intro">{pack.connectIntro}</p>
      <ol class="kp-connect" data-connect-steps="">
        {pack.connectSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}

interface ViewProps {
  pack: ContentPack;
  step: PackStep;
  copy: Slot;
  qr: Slot;
  tools: Slot;
}

function Offer({ pack, step, qr, tools }: ViewProps) {
  return (
    <>
      <Lead step={step} />
      <p class="kp-note">
        <span class="kp-note__mark" aria-hidden="true">
          А3
        </span>
        {pack.posterReminder}
      </p>
      <Qr pack={pack} code={qr} />
      {tools}
      <More>
        {restAfter(pack.script, step.lead).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </More>
    </>
  );
}

function Details({ pack, step }: ViewProps) {
  return (
    <>
      <Lead step={step} />
      <h4 class="kp-subtitle">Преимущества</h4>
      <ul class="kp-advantages">
        {pack.advantages.map((advantage) => (
          <li key={advantage.title} data-advantage="">
            <Disclosure summary={advantage.title}>
              <p>{withoutSaid(advantage.text, step.lead)}</p>
            </Disclosure>
          </li>
        ))}
      </ul>
      <More>
        <p class="kp-step__when">{step.when}</p>
        <ul class="kp-actions">
          {step.actions.map((action) => (
            <li key={action}>{action}</li>
          ))}
        </ul>
        <ConnectSteps pack={pack} />
      </More>
    </>
  );
}

function Leaflet({ pack, step, copy, qr, tools }: ViewProps) {
  return (
    <>
      <Lead step={step} />
      <Qr pack={pack} code={qr} />
      {tools}
      <More>
        <p>{pack.leafletText}</p>
        {copy}
      </More>
    </>
  );
}

export interface StepContentProps {
  pack: ContentPack;
  step: StepId;
  /** The copy-instructions control (CopyButton), passed in so this file stays free of clipboard code. */
  copy: Slot;
  /** The QR code of the service's site. */
  qr: Slot;
  /** «Показать гражданину» / «Распечатать лифлет», shown on steps 1 and 3 when the panel can open them. */
  tools?: Slot;
}

export function StepContent({ pack, step: id, copy, qr, tools = null }: StepContentProps) {
  const step = pack.steps.find((s) => s.id === id);
  if (!step) return null;
  const props: ViewProps = { pack, step, copy, qr, tools };
  switch (step.id) {
    case 'offer':
      return <Offer {...props} />;
    case 'details':
      return <Details {...props} />;
    case 'leaflet':
      return <Leaflet {...props} />;
    case 'refusal':
      return <Lead step={step} />;
    case 'mais':
      return null; // step 5 is the checklist view (ChecklistArea)
  }
}
