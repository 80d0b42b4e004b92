import { Emphasis } from '@/components/shared/Emphasis';
import { QrCode } from '@/components/shared/QrCode';
import type { ContentPack } from '@/utils/content-pack/schema';

// «Распечатать лифлет»: one A5 sheet for when the paper leaflets run out — the site's QR code, the advantages'
// titles, the five connection steps and the hotline. Every text from the content pack; printing starts on a click.

export interface LeafletPageProps {
  pack: ContentPack;
  /** Opens the browser's print dialog (window.print() in the page). */
  onPrint: () => void;
}

export function LeafletPage({ pack, onPrint }: LeafletPageProps) {
  const { service, forCitizen } = pack;
  return (
    <>
      <div class="lf-toolbar">
        <button type="button" class="kn-button kn-button--primary" data-action="print" onClick={onPrint}>
          Распечатать лифлет
        </button>
        <p class="lf-toolbar__note">
          Лист формата A5. Если принтер печатает только A4, выберите в окне печати «Размер бумаги: A5» или «По
          размеру страницы».
        </p>
      </div>
      <main class="lf-sheet" data-leaflet="">
        <h1 class="lf-title">{pack.instructionsTitle}</h1>
        <div class="lf-top">
          <QrCode text={service.siteUrl} label={`QR-код сайта ${service.site}`} size={160} />
          <div class="lf-where">
            <p class="lf-site">{service.site}</p>
            <p>{forCitizen.scanHint}</p>
            <p>{forCitizen.appLabel}</p>
            <p>{forCitizen.signIn}</p>
          </div>
        </div>
        <h2 class="lf-heading">{forCitizen.advantagesTitle}</h2>
        <ul class="lf-advantages" data-advantages="">
          {pack.advantages.map((advantage) => (
            <li key={advantage.title}>{advantage.title}</li>
          ))}
        </ul>
        <h2 class="lf-heading">{pack.connectIntro}</h2>
        <ol class="lf-steps" data-connect-steps="">
          {pack.connectSteps.map((step) => (
            <li key={step}>
              <Emphasis text={step} part={service.stores.join(', ')} />
            </li>
          ))}
        </ol>
        <p class="lf-hotline" data-hotline="">
          <Emphasis text={pack.hotlineText} part={service.hotline} class="lf-hotline__number" />
        </p>
      </main>
    </>
  );
}
