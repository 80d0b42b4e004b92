import { createShadowHost } from '@/utils/panel/shadow-host';

// The panel's host element: open shadow root, inlined styles with a reset, keys kept from the page's shortcuts.

test('an open shadow root with the reset and the panel styles, mounted last in <body>', () => {
  document.body.innerHTML = '<main id="page"></main>';
  const ui = createShadowHost(document, 'karta-nso-panel', ':root{--kp-width:360px}.kp-root{color:red}');
  ui.mount();
  const host = document.body.lastElementChild as HTMLElement;
  expect(host.tagName.toLowerCase()).toBe('karta-nso-panel');
  expect(host.shadowRoot).toBe(ui.shadow); // open: tests and assistive tools can reach it
  const css = ui.shadow.querySelector('style')?.textContent ?? '';
  expect(css).toContain(':host{all:initial !important;}');
  expect(css).toContain(':host{--kp-width:360px}'); // custom properties scoped to the host, not the page's :root
  expect(ui.shadow.contains(ui.container)).toBe(true);
  ui.remove();
  expect(document.querySelector('karta-nso-panel')).toBeNull();
});

test('keys typed in the panel do not reach the page, page keys are untouched', () => {
  document.body.innerHTML = '';
  const ui = createShadowHost(document, 'karta-nso-panel', '');
  ui.mount();
  const input = document.createElement('input');
  ui.container.append(input);
  const seen: string[] = [];
  document.addEventListener('keydown', (e) => seen.push((e.target as Element).tagName));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
  expect(seen).toEqual(['BODY']);
  ui.remove();
});
