import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { LeafletPage } from '@/components/leaflet/LeafletPage';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { withContainer } from './render-helpers';

// The printable leaflet: an A5 page with the QR code, the advantages' titles, the five steps and the hotline.

const CSS = readFileSync(resolve(__dirname, '../../components/leaflet/leaflet.css'), 'utf8');

const host = withContainer();

describe('leaflet page', () => {
  test('prints on A5: an @page rule of size A5, and the toolbar hidden in print', () => {
    expect(CSS).toMatch(/@page\s*{[^}]*size:\s*A5\b/);
    const print = CSS.slice(CSS.indexOf('@media print'));
    expect(print).toMatch(/\.lf-toolbar\s*{\s*display:\s*none/);
  });

  test('holds the QR code of the site, the advantages’ titles, the five steps and the hotline', () => {
    act(() => render(<LeafletPage pack={DEFAULT_PACK} onPrint={() => {}} />, host()));
    const sheet = host().querySelector('[data-leaflet]')!;
    expect(sheet.querySelector('svg[data-qr]')?.getAttribute('data-qr')).toBe('https://karta.nso.ru');
    const titles = [...sheet.querySelectorAll('[data-advantages] li')].map((li) => li.textContent);
    expect(titles).toEqual(DEFAULT_PACK.advantages.map((a) => a.title));
    for (const advantage of DEFAULT_PACK.advantages) expect(sheet.textContent).not.toContain(advantage.text);
    const steps = [...sheet.querySelectorAll('[data-connect-steps] li')].map((li) => li.textContent);
    expect(steps).toEqual(DEFAULT_PACK.connectSteps);
    expect(sheet.querySelector('[data-hotline] strong')?.textContent).toBe('110');
    expect(sheet.textContent).toContain('RuStore, Google Play, App Store');
    expect(sheet.querySelector('[data-action="print"]')).toBeNull(); // the button is not on the paper
  });

  test('the print dialog opens on the button, not by itself', () => {
    const onPrint = vi.fn();
    act(() => render(<LeafletPage pack={DEFAULT_PACK} onPrint={onPrint} />, host()));
    expect(onPrint).not.toHaveBeenCalled();
    act(() => host().querySelector<HTMLButtonElement>('[data-action="print"]')!.click());
    expect(onPrint).toHaveBeenCalledTimes(1);
  });
});
