import { CopyButton } from '@/components/shared/CopyButton';
import { QrCode } from '@/components/shared/QrCode';
import { instructionsText } from '@/utils/content-pack/instructions';
import type { ContentPack } from '@/utils/content-pack/schema';

/** How the citizen connects: the five steps, a copyable instruction, the QR code of the site and the hotline. */
export function ConnectSection({ pack }: { pack: ContentPack }) {
  const { service } = pack;
  return (
    <section class="pp-section" aria-labelledby="pp-connect-title">
      <h2 id="pp-connect-title" class="pp-section__title">
        Как подключить
      </h2>
      <p class="pp-lead">{pack.connectIntro}</p>
      <ol class="pp-connect" data-connect-steps="">
        {pack.connectSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <CopyButton text={() => instructionsText(pack)} label="Скопировать инструкцию" />
      <div class="pp-qr">
        <QrCode text={service.siteUrl} label={`QR-код сайта ${service.site}`} size={132} />
        <div class="pp-qr__text">
          <p class="pp-qr__site">{service.site}</p>
          <p class="pp-muted">Гражданин может навести камеру смартфона на код, чтобы открыть сайт.</p>
          <p class="pp-muted">
            Приложение «{service.appName}»: {service.stores.join(', ')}
          </p>
        </div>
      </div>
      <p class="pp-hotline">
        <span class="pp-hotline__label">Горячая линия</span>
        <span class="pp-hotline__number" data-hotline="">
          {service.hotline}
        </span>
      </p>
      <p class="pp-muted">{pack.hotlineText}</p>
    </section>
  );
}
