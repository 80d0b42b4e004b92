import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { StepContent } from '@/components/panel/StepContent';
import { panelConfig } from './panel-helpers';

// The pitch words a clerk and a citizen look for on step 1 (and on the leaflet step, which repeats the QR caption):
// «Карта жителя», karta.nso.ru, «Мир» and «Госуслуги» — the memo itself only has the genitive «портала Госуслуг»,
// so the QR caption names the sign-in in the nominative.

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('pitch words on the steps with the QR code', () => {
  test.each(['offer', 'leaflet'] as const)(
    '%s: Карта жителя, karta.nso.ru, «Мир» (offer), Госуслуги',
    (step) => {
      const { pack } = panelConfig();
      render(<StepContent pack={pack} step={step} copy={null} qr={<svg data-qr="x" />} />, container);
      const text = container.textContent ?? '';
      expect(text).toContain('Госуслуги');
      expect(text).toContain('karta.nso.ru');
      expect(text).toContain('Карта жителя');
      if (step === 'offer') expect(text).toContain('«Мир»');
    },
  );
});
