import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Emphasis } from '@/components/shared/Emphasis';
import { QrCode } from '@/components/shared/QrCode';
import type { ContentPack } from '@/utils/content-pack/schema';

// «Показать гражданину»: the connection steps in large print for a second monitor or a screen turned toward the
// citizen, readable from 1.5 m. Every text the citizen reads comes from the content pack; Esc closes.

export interface CitizenScreenProps {
  pack: ContentPack;
  /** Closes the window (window.close() in the page). */
  onClose: () => void;
  /** How long to wait for the window to go before saying how to close it by hand. */
  closeWaitMs?: number;
}

export const CANNOT_CLOSE =
  'Окно не закрылось само. Закройте его крестиком в углу окна или сочетанием клавиш Ctrl+W.';

export function CitizenScreen({ pack, onClose, closeWaitMs = 400 }: CitizenScreenProps) {
  const { service, forCitizen } = pack;
  const [closeFailed, setCloseFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const close = useRef(() => {});
  close.current = () => {
    onClose();
    // Still here after a moment: the browser refused to close a window it did not open by script.
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCloseFailed(true), closeWaitMs);
  };

  // Attached with the screen itself (a layout effect, not a later one): Esc works from the moment the screen shows.
  useLayoutEffect(() => {
    const stop = new AbortController();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current();
    };
    document.addEventListener('keydown', onKey, { signal: stop.signal });
    return () => {
      stop.abort();
      clearTimeout(timer.current);
    };
  }, []);

  return (
    <main class="ct" data-citizen-screen="">
      <header class="ct-head">
        <h1 class="ct-title">{pack.instructionsTitle}</h1>
        <button type="button" class="ct-close" data-action="close" onClick={() => close.current()}>
          Закрыть <span class="ct-close__key">(Esc)</span>
        </button>
      </header>
      <p class="ct-note" role="status">
        {closeFailed ? CANNOT_CLOSE : ''}
      </p>
      <div class="ct-grid">
        <section class="ct-qr">
          <QrCode text={service.siteUrl} label={`QR-код сайта ${service.site}`} size={360} />
          <p class="ct-site">{service.site}</p>
          <p class="ct-hint">{forCitizen.scanHint}</p>
        </section>
        <section class="ct-steps" aria-labelledby="ct-steps-title">
          <h2 id="ct-steps-title" class="ct-intro">
            {pack.connectIntro}
          </h2>
          <ol class="ct-list" data-connect-steps="">
            {pack.connectSteps.map((step) => (
              <li key={step}>
                <Emphasis text={step} part={service.stores.join(', ')} class="ct-stores" />
              </li>
            ))}
          </ol>
        </section>
      </div>
      <p class="ct-hotline" data-hotline="">
        <Emphasis text={pack.hotlineText} part={service.hotline} class="ct-hotline__number" />
      </p>
    </main>
  );
}
