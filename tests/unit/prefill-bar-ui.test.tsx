import { act } from 'preact/test-utils';
import { ELIGIBILITY_KEYS, FIELD_KEYS } from '@/utils/checklist/keys';
import { settle } from './checklist-model-fakes';
import { $, blur, click, mount, setUpChecklistStage, stage, type } from './checklist-ui-stage';

// The fill bar under the checklist: what it says before the click, the fill, its report and undo; none on issuance pages.

setUpChecklistStage();
let host: HTMLElement;
let page: HTMLElement;
beforeEach(() => {
  ({ host, page } = stage);
});

test('fields missing beside a frame of another site: the line under the fill button says the frame is out of reach', async () => {
  const frame = '<iframe sandbox srcdoc="<label>СНИЛС <input></label>" title="Справка"></iframe>';
  page.innerHTML = `<label>Фамилия <input id="p-last"></label>${frame}`;
  const { page: bridge } = await mount();
  await bridge.bridge.watchFields(true);
  for (const key of ELIGIBILITY_KEYS) await click(`[name="${key}"]`);
  await blur(await type('lastName', 'Петров'));
  await blur(await type('firstName', 'Пётр'));
  const why = () => $('#kn-prefill-why').textContent;
  await vi.waitFor(() =>
    expect(why()).toMatch(
      /^Часть страницы — во встроенном окне другого сайта: его поля расширение не видит\. Не заполнятся: .*Имя/,
    ),
  );
  // The same page without the frame: the fields are missing all the same, and nothing is said of frames.
  page.querySelector('iframe')?.remove();
  await vi.waitFor(() => expect(why()).toMatch(/^Не заполнятся: .*Имя \(нет такого поля на странице\)/));
});

test('the fill button counts before the click, the page previews values, one click fills, report per key, undo', async () => {
  page.innerHTML = '<label>Фамилия <input id="p-last"></label><label>СНИЛС <input id="p-snils"></label>';
  const { page: bridge, model } = await mount();
  await bridge.bridge.watchFields(true);
  for (const key of ELIGIBILITY_KEYS) await click(`[name="${key}"]`);
  await blur(await type('lastName', 'Петров'));
  await blur(await type('firstName', 'Пётр'));
  const button = $<HTMLButtonElement>('[data-action="prefill"]');
  expect(button.textContent).toMatch(/^Заполнить 1 поле; \d+ не заполнятся$/);
  expect($('#kn-prefill-why').textContent).toContain('Имя (нет такого поля на странице)');
  expect(button.getAttribute('aria-describedby')).toBe('kn-prefill-why');

  await act(async () => {
    button.dispatchEvent(new FocusEvent('focus'));
    await settle();
  });
  expect(bridge.calls).toContain('preview'); // the values are shown on the page, not listed again here
  expect(page.ownerDocument.querySelector('karta-nso-marks')).not.toBeNull();
  await act(async () => {
    button.dispatchEvent(new FocusEvent('blur'));
    await settle();
  });
  expect(bridge.calls).toContain('clearPreview');

  page.insertAdjacentHTML('beforeend', '<label>Имя <input id="p-first"></label>');
  await vi.waitFor(() => expect(model.prefill.fieldCount.value).toBe(3)); // the agent noticed, the panel re-planned
  await act(async () => {});
  expect(button.textContent).toMatch(/^Заполнить 2 поля; \d+ не заполнятся$/);

  await click('[data-action="prefill"]');
  // The engine gives the page its turn and reads every field back: the report comes when it is done.
  await vi.waitFor(async () => {
    await act(settle);
    expect(host.querySelector('[data-fill-report]')).not.toBeNull();
  }, 10_000);
  expect(page.querySelector<HTMLInputElement>('#p-last')!.value).toBe('Петров');
  const items = host.querySelectorAll('[data-fill-report] [data-field]');
  expect([...items].map((i) => i.getAttribute('data-field')).sort()).toEqual([...FIELD_KEYS].sort()); // one per key
  const lastName = $('[data-fill-report] [data-field="lastName"]');
  expect(lastName.dataset.status).toBe('filled');
  expect(lastName.textContent).toContain('Фамилия');
  expect($('[data-fill-report] [data-field="phone"]').dataset.status).toBe('skipped');
  expect($('[data-fill-report] [data-field="phone"]').textContent).toBe(
    'пропущено Телефон: Необязательное поле в чек-листе пустое',
  );
  expect(lastName.textContent).toBe('заполнено Фамилия'); // «Заполнено» is not said twice, nor the same label

  await click('[data-action="undo-prefill"]');
  expect(page.querySelector<HTMLInputElement>('#p-last')!.value).toBe('');
  expect(host.querySelector('[data-fill-report]')).toBeNull();
  expect(host.textContent).toContain('Прежние значения формы возвращены');

  // Filled again, then the form leaves the page: undo has nothing to put back and says so.
  await click('[data-action="prefill"]');
  await vi.waitFor(async () => {
    await act(settle);
    expect(host.querySelector('[data-action="undo-prefill"]')).not.toBeNull();
  }, 10_000);
  page.replaceChildren();
  await click('[data-action="undo-prefill"]');
  expect(host.textContent).toContain('Возвращать нечего: заполненных полей уже нет на странице.');
  expect(host.textContent).not.toContain('Прежние значения формы возвращены');
});

test('issuance pages show the checklist without a prefill button', async () => {
  await mount({ fillsForms: false });
  expect(host.querySelector('[data-action="prefill"]')).toBeNull();
  expect(host.querySelector('[data-action="capture"]')).toBeTruthy();
  expect(host.textContent).toContain('Откройте МАИС НСО в другой вкладке');
});
