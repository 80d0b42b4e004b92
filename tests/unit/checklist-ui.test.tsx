import { Window } from 'happy-dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CaptureButton } from '@/components/panel/checklist/CaptureButton';
import { ChecklistView } from '@/components/panel/checklist/ChecklistView';
import { PrefillSection } from '@/components/panel/checklist/PrefillSection';
import { ELIGIBILITY_KEYS, emptyChecklist, FIELD_KEYS } from '@/utils/checklist/keys';
import { fakeBackground, makeModel, settle } from './checklist-model-fakes';

// The panel renders into the test document; the МАИС page is another happy-dom window, as it is another document
// in the browser (the panel page is an extension frame).

let host: HTMLElement;
let pageWindow: Window;
let page: HTMLElement;
let dispose: (() => void) | undefined;

beforeEach(() => {
  document.body.innerHTML = '<div id="host"></div>';
  host = document.getElementById('host')!;
  pageWindow = new Window({ url: 'http://127.0.0.1/mais/form' });
  pageWindow.document.body.innerHTML = '<form id="page"></form>';
  page = pageWindow.document.getElementById('page') as unknown as HTMLElement;
});
afterEach(async () => {
  render(null, host);
  dispose?.();
  dispose = undefined;
  await pageWindow.happyDOM.close();
});

async function mount(opts: Parameters<typeof makeModel>[0] = {}, onCaptured?: () => void) {
  const made = makeModel({ pageDoc: pageWindow.document as unknown as Document, ...opts });
  dispose = made.model.dispose;
  await act(async () => {
    render(
      <>
        <CaptureButton model={made.model} onCaptured={onCaptured} />
        <ChecklistView
          model={made.model}
          conditions={['Условие 1', 'Условие 2', 'Условие 3']}
          prefill={opts.fillsForms === false ? undefined : PrefillSection}
        />
      </>,
      host,
    );
    await settle();
  });
  return made;
}

const $ = <T extends Element = HTMLElement>(sel: string) => host.querySelector<T>(sel)!;

async function type(name: string, text: string) {
  const el = $<HTMLInputElement>(`[name="${name}"]`);
  await act(async () => {
    el.focus();
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return el;
}
async function blur(el: HTMLElement) {
  await act(async () => {
    el.dispatchEvent(new FocusEvent('blur'));
    await settle();
  });
}
async function click(sel: string) {
  await act(async () => {
    $(sel).click();
    await settle();
  });
}

test('every checklist key has exactly one control named by the key, grouped in fieldsets with legends', async () => {
  await mount();
  for (const key of [...ELIGIBILITY_KEYS, ...FIELD_KEYS]) {
    expect(host.querySelectorAll(`[name="${key}"]`), key).toHaveLength(1);
  }
  expect($('select[name="category"]')).toBeTruthy();
  expect($('[name="registeredInKarta"]').getAttribute('type')).toBe('checkbox');
  const legends = [...host.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
  expect(legends).toEqual([
    'Условия памятки (п. 5)',
    'Гражданин',
    'Документ, удостоверяющий личность',
    'Льготная категория',
    'Документ, подтверждающий право на льготу',
  ]);
  expect(host.textContent).toContain('Условие 2'); // the pack's texts label the conditions
  expect($('[name="benefitEnd"]').closest('[data-check]')?.textContent).toContain('пусто — бессрочно');
});

test('every control is keyboard-reachable and has an accessible label', async () => {
  await mount();
  const controls = [...host.querySelectorAll<HTMLElement>('input, select, button')];
  expect(controls.length).toBeGreaterThan(FIELD_KEYS.length);
  for (const el of controls) {
    const name = el.getAttribute('name') ?? el.dataset.action ?? el.id;
    expect(el.tabIndex, name).toBeGreaterThanOrEqual(0);
    const labelled =
      el.tagName === 'BUTTON'
        ? el.textContent!.trim()
        : (el.id && host.querySelector(`label[for="${el.id}"]`)?.textContent) ||
          el.closest('label')?.textContent;
    expect(labelled, name).toBeTruthy();
  }
});

test('dates show ДД.ММ.ГГГГ; invalid text stays with its message, aria-invalid and aria-describedby after blur', async () => {
  const bg = fakeBackground();
  const stored = emptyChecklist();
  stored.fields.birthDate = '1950-02-01';
  bg.state.stored = { checklist: stored, expiresAt: Date.now() + 25 * 60_000 };
  await mount({ backend: bg.backend });
  expect($<HTMLInputElement>('[name="birthDate"]').value).toBe('01.02.1950');
  expect(host.textContent).toContain('Данные будут удалены через 25 мин');

  const el = await type('idIssueDate', '31.13');
  expect(el.getAttribute('aria-invalid')).toBeNull(); // not while typing
  await blur(el);
  expect(el.value).toBe('31.13');
  expect(el.getAttribute('aria-invalid')).toBe('true');
  const errorId = el
    .getAttribute('aria-describedby')!
    .split(' ')
    .find((id) => id.endsWith('-error'))!;
  expect(host.querySelector(`#${errorId}`)?.textContent).toBe('Дата должна быть в виде ДД.ММ.ГГГГ');

  await type('idIssueDate', '15.06.2002');
  await blur(el);
  expect(el.value).toBe('15.06.2002');
  expect(el.getAttribute('aria-invalid')).toBeNull();
  expect(bg.state.stored?.checklist.fields.idIssueDate).toBe('2002-06-15');
});

test('prefill stays disabled until all three conditions are "yes"; the memo advice appears only for a "no"', async () => {
  await mount();
  const button = $<HTMLButtonElement>('[data-action="prefill"]');
  expect(button.disabled).toBe(true);
  expect(host.querySelectorAll('[data-missing]')).toHaveLength(0); // unanswered is not "no"
  await click('[data-action="condition-no"][data-condition="categoryNotShown"]');
  expect(host.querySelectorAll('[data-missing]')).toHaveLength(1);
  expect($('[data-missing="categoryNotShown"]').textContent).toContain('Совет для categoryNotShown');
  expect($('[data-condition="categoryNotShown"]').getAttribute('data-answer')).toBe('no');
  for (const key of ELIGIBILITY_KEYS) await click(`[name="${key}"]`);
  expect(button.disabled).toBe(false);
  expect(host.querySelectorAll('[data-missing]')).toHaveLength(0);
  expect($('[data-condition="categoryNotShown"]').getAttribute('data-answer')).toBe('yes');
});

test('the category select lists the catalogue by name; an unknown captured name is a warning with its text', async () => {
  const bg = fakeBackground();
  const stored = emptyChecklist();
  stored.fields.category = 'Почётный донор';
  bg.state.stored = { checklist: stored, expiresAt: Date.now() + 60_000 };
  await mount({ backend: bg.backend });
  const select = $<HTMLSelectElement>('select[name="category"]');
  expect([...select.options].map((o) => [o.value, o.text]).slice(1)).toEqual([
    ['veteran-labour', 'Ветеран труда'],
    ['veteran-labour-nso', 'Ветеран труда Новосибирской области'],
  ]);
  expect(host.textContent).toContain('Категория «Почётный донор» не найдена в справочнике');
  const fallback = $<HTMLInputElement>('#kn-f-category-text');
  expect(fallback.value).toBe('Почётный донор');

  fallback.value = 'Ветераны труда';
  await act(async () => {
    fallback.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await blur(fallback);
  expect(bg.state.stored?.checklist.fields.category).toBe('veteran-labour');
  expect(select.value).toBe('veteran-labour');
  expect(host.querySelector('#kn-f-category-text')).toBeNull();
});

test('capture shows how many fields were read, highlights the rest and calls onCaptured', async () => {
  const onCaptured = vi.fn();
  await mount({ captured: { lastName: 'Петров', firstName: 'Пётр', snils: '112-233-44' } }, onCaptured);
  await click('[data-action="capture"]');
  expect(onCaptured).toHaveBeenCalledTimes(1);
  expect(host.textContent).toContain('Считано: 3 поля.');
  expect($('[name="lastName"]').getAttribute('aria-invalid')).toBeNull();
  expect($('[name="snils"]').getAttribute('aria-invalid')).toBe('true');
  expect($('[name="birthDate"]').getAttribute('aria-invalid')).toBe('true');
  expect($('[name="middleName"]').getAttribute('aria-invalid')).toBeNull(); // optional
});

test('capture of nothing says so calmly and does not switch the view', async () => {
  const onCaptured = vi.fn();
  await mount({ captured: {} }, onCaptured);
  await click('[data-action="capture"]');
  expect(onCaptured).not.toHaveBeenCalled();
  expect($('[data-capture-notice]').textContent).toContain('данные гражданина не найдены');
});

test('capture of another citizen says the checklist was replaced, and «Вернуть» brings it back', async () => {
  const bg = fakeBackground();
  const stored = emptyChecklist();
  Object.assign(stored.fields, { lastName: 'Старая', snils: '123-456-789 64' });
  bg.state.stored = { checklist: stored, expiresAt: Date.now() + 60_000 };
  await mount({ backend: bg.backend, captured: { lastName: 'Новая', snils: '112-233-445 95' } });
  await click('[data-action="capture"]');
  expect(host.textContent).toContain('На странице другой гражданин — чек-лист заменён');
  expect($<HTMLInputElement>('[name="lastName"]').value).toBe('Новая');
  await click('[data-action="restore-checklist"]');
  expect(document.activeElement).toBe($('[data-action="capture"]'));
  expect($<HTMLInputElement>('[name="lastName"]').value).toBe('Старая');
  expect(bg.state.stored?.checklist.fields.lastName).toBe('Старая');
  expect(host.querySelector('[data-action="restore-checklist"]')).toBeNull();
});

test('«Очистить» clears at once (no confirm) and the inline «Вернуть» restores', async () => {
  const confirmSpy = vi.fn();
  vi.stubGlobal('confirm', confirmSpy); // happy-dom has none; a native dialog must never be used
  const { bg } = await mount();
  await blur(await type('lastName', 'Иванов'));
  await click('[data-action="clear-checklist"]');
  expect(confirmSpy).not.toHaveBeenCalled();
  expect(bg.state.stored).toBeNull();
  expect($<HTMLInputElement>('[name="lastName"]').value).toBe('');
  await click('[data-action="restore-checklist"]');
  expect(document.activeElement).toBe($('[data-action="clear-checklist"]')); // focus is not lost
  expect($<HTMLInputElement>('[name="lastName"]').value).toBe('Иванов');
  expect(bg.state.stored?.checklist.fields.lastName).toBe('Иванов');
  vi.unstubAllGlobals();
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
