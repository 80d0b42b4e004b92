import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CANNOT_CLOSE, CitizenScreen } from '@/components/citizen/CitizenScreen';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { withContainer } from './render-helpers';

// The citizen's screen: the site's QR code, the five steps, the stores, hotline 110 — all from the pack; Esc closes.

const host = withContainer();
afterEach(() => {
  vi.useRealTimers();
});

const mount = (onClose = vi.fn(), pack = DEFAULT_PACK) => {
  act(() => render(<CitizenScreen pack={pack} onClose={onClose} closeWaitMs={300} />, host()));
  return onClose;
};
const press = (key: string) =>
  act(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('citizen screen', () => {
  test('shows the QR code of the site, the five connection steps, the stores and hotline 110', () => {
    mount();
    const svg = host().querySelector('svg[data-qr]');
    expect(svg?.getAttribute('data-qr')).toBe('https://karta.nso.ru');
    expect(svg?.getAttribute('aria-label')).toContain('karta.nso.ru');
    expect(svg?.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(200);
    const steps = [...host().querySelectorAll('[data-connect-steps] li')].map((li) => li.textContent);
    expect(steps).toEqual(DEFAULT_PACK.connectSteps);
    // The stores are named once, in step 1, and stand out there.
    expect(host().querySelector('[data-connect-steps] li strong')?.textContent).toBe(
      'RuStore, Google Play, App Store',
    );
    expect(host().querySelector('[data-hotline]')?.textContent).toBe(DEFAULT_PACK.hotlineText);
    expect(host().querySelector('[data-hotline] strong')?.textContent).toBe('110');
    expect(host().querySelector('h1')?.textContent).toBe(DEFAULT_PACK.instructionsTitle);
  });

  test('every text comes from the pack: a replaced pack is what the citizen reads', () => {
    const pack = structuredClone(DEFAULT_PACK);
    pack.connectSteps = ['Откройте сайт.', 'Войдите.'];
    pack.forCitizen.scanHint = 'Наведите камеру сюда';
    mount(vi.fn(), pack);
    expect(host().querySelectorAll('[data-connect-steps] li')).toHaveLength(2);
    expect(host().textContent).toContain('Наведите камеру сюда');
    expect(host().textContent).not.toContain(DEFAULT_PACK.forCitizen.scanHint);
  });

  test('Esc closes the window; other keys do not (positive control in the same test)', () => {
    const onClose = mount();
    press('Enter');
    press('a');
    expect(onClose).not.toHaveBeenCalled();
    press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('the «Закрыть (Esc)» button closes too', () => {
    const onClose = mount();
    act(() => host().querySelector<HTMLButtonElement>('[data-action="close"]')!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('when the browser keeps the window open, the screen says how to close it', () => {
    vi.useFakeTimers();
    mount(vi.fn()); // a close that does nothing, as when the browser refuses
    expect(host().querySelector('[role="status"]')?.textContent).toBe('');
    press('Escape');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(host().querySelector('[role="status"]')?.textContent).toBe(CANNOT_CLOSE);
  });

  test('unmounted, it no longer listens for Esc', () => {
    const onClose = mount();
    act(() => render(null, host()));
    press('Escape');
    expect(onClose).not.toHaveBeenCalled();
  });
});
