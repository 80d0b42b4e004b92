import { Disclosure } from '@/components/shared/Disclosure';
import type { ContentPack, PackStep } from '@/utils/content-pack/schema';

/** Texts that belong to a step beyond its actions: the script for step 1, the conditions for step 5. */
function StepExtras({ step, pack }: { step: PackStep; pack: ContentPack }) {
  if (step.id === 'offer') {
    return (
      <div class="pp-script">
        <h3 class="pp-script__title">Что сказать</h3>
        {pack.script.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    );
  }
  if (step.id === 'details') {
    return <p class="pp-muted">Преимущества и порядок подключения — в разделах ниже.</p>;
  }
  if (step.id === 'mais') {
    return (
      <ul class="pp-conditions">
        {pack.maisConditions.map((condition) => (
          <li key={condition}>{condition}</li>
        ))}
      </ul>
    );
  }
  return null;
}

/** The memo's five steps at a glance; each opens to its full text. */
export function StepsOverview({ pack }: { pack: ContentPack }) {
  return (
    <section class="pp-section" aria-labelledby="pp-steps-title">
      <h2 id="pp-steps-title" class="pp-section__title">
        Шаги памятки
      </h2>
      <ol class="pp-steps">
        {pack.steps.map((step) => (
          <li key={step.id} class="pp-steps__item">
            <Disclosure
              data={{ 'data-step': step.id }}
              summary={
                <>
                  <span class="pp-steps__number" aria-hidden="true">
                    {step.number}
                  </span>
                  <span class="pp-steps__title">{step.title}</span>
                </>
              }
            >
              <p class="pp-when">{step.when}</p>
              {step.id === 'mais' && <StepExtras step={step} pack={pack} />}
              <ul class="pp-actions">
                {step.actions.map((action) => (
                  <li key={action}>{action}</li>
                ))}
              </ul>
              {step.id !== 'mais' && <StepExtras step={step} pack={pack} />}
            </Disclosure>
          </li>
        ))}
      </ol>
    </section>
  );
}
