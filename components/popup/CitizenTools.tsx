export interface CitizenToolsProps {
  onShowCitizen: () => void;
  onPrintLeaflet: () => void;
}

/** «Для гражданина»: the large-print screen and the printable A5 leaflet, one click each. */
export function CitizenTools({ onShowCitizen, onPrintLeaflet }: CitizenToolsProps) {
  return (
    <section class="pp-section" aria-labelledby="pp-citizen-title">
      <h2 id="pp-citizen-title" class="pp-section__title">
        Для гражданина
      </h2>
      <div class="pp-tools">
        <button type="button" class="kn-button" data-action="show-citizen" onClick={onShowCitizen}>
          Показать гражданину
        </button>
        <button type="button" class="kn-button" data-action="print-leaflet" onClick={onPrintLeaflet}>
          Распечатать лифлет
        </button>
      </div>
    </section>
  );
}
