import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CaptureButton } from '@/components/panel/checklist/CaptureButton';
import { ChecklistView } from '@/components/panel/checklist/ChecklistView';
import { PrefillSection } from '@/components/panel/checklist/PrefillSection';
import { ELIGIBILITY_KEYS, emptyChecklist, FIELD_KEYS } from '@/utils/checklist/keys';
import { fakeBackground, fakeCapture, fakePrefill, makeModel, settle } from './checklist-model-fakes';

let host: HTMLElement;
let dispose: (() => void) | undefined;

beforeEach(() => {
  document.body.innerHTML = '<form id="page"></form><div id="host"></div>';
  host = document.getElementById('host')!;
});
afterEach(() => {
  render(null, host);
  dispose?.();
  dispose = undefined;
});

async function mount(opts: Parameters<typeof makeModel>[0] = {}, onCaptured?: () => void) {
  const made = makeModel(opts);
  dispose = made.model.dispose;
  await act(async () => {
    render(
      <>
        <CaptureButton model={made.model} onCaptured={onCaptured} />
        <ChecklistView
          model={made.model}
          conditions={['Условие 1', 'Условие 2', 'Условие 3']}
          prefill={PrefillSection}
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
  expect($('[name="benefitEnd"]').closest('.kn-field')?.textContent).toContain('пусто — бессрочно');
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
  await mount({ send: bg.send });
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

test('prefill stays disabled, with the memo advice, until all three conditions are checked', async () => {
  await mount();
  const button = $<HTMLButtonElement>('[data-action="prefill"]');
  expect(button.disabled).toBe(true);
  expect(host.querySelectorAll('[data-missing]')).toHaveLength(3);
  expect($('[data-missing="categoryNotShown"]').textContent).toContain('Не отмечено: Условие 3.');
  expect($('[data-missing="categoryNotShown"]').textContent).toContain('Совет для categoryNotShown');
  for (const key of ELIGIBILITY_KEYS) await click(`[name="${key}"]`);
  expect(button.disabled).toBe(false);
  expect(host.querySelectorAll('[data-missing]')).toHaveLength(0);
});

test('the category select lists the catalogue by name; an unknown captured name is a warning with its text', async () => {
  const bg = fakeBackground();
  const stored = emptyChecklist();
  stored.fields.category = 'Почётный донор';
  bg.state.stored = { checklist: stored, expiresAt: Date.now() + 60_000 };
  await mount({ send: bg.send });
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
  const capture = fakeCapture({ lastName: 'Петров', firstName: 'Пётр', snils: '112-233-44' });
  await mount({ capture: capture.engine }, onCaptured);
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
  await mount({ capture: fakeCapture({}).engine }, onCaptured);
  await click('[data-action="capture"]');
  expect(onCaptured).not.toHaveBeenCalled();
  expect($('.kn-capture [role="status"]').textContent).toContain('данные гражданина не найдены');
});

test('capture of another citizen says the checklist was replaced, and «Вернуть» brings it back', async () => {
  const bg = fakeBackground();
  const stored = emptyChecklist();
  Object.assign(stored.fields, { lastName: 'Старая', snils: '123-456-789 64' });
  bg.state.stored = { checklist: stored, expiresAt: Date.now() + 60_000 };
  await mount({ send: bg.send, capture: fakeCapture({ lastName: 'Новая', snils: '112-233-445 95' }).engine });
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

test('the plan, the field count, one-click prefill, the report per key and undo', async () => {
  const page = document.getElementById('page')!;
  page.innerHTML = '<input data-key="lastName"><input data-key="snils">';
  const prefill = fakePrefill();
  await mount({ prefill: prefill.engine });
  for (const key of ELIGIBILITY_KEYS) await click(`[name="${key}"]`);
  await blur(await type('lastName', 'Петров'));
  await blur(await type('firstName', 'Пётр'));
  const button = $<HTMLButtonElement>('[data-action="prefill"]');
  expect(button.textContent).toBe('Заполнить форму (найдено полей: 2)');
  expect($('[data-plan-field="lastName"]').textContent).toContain('Петров');
  expect($('.kn-prefill__missing').textContent).toBe('Не найдено поле для: Имя.');

  await act(async () => {
    page.insertAdjacentHTML('beforeend', '<input data-key="firstName">');
    await settle();
  });
  expect(button.textContent).toBe('Заполнить форму (найдено полей: 3)');

  await click('[data-action="prefill"]');
  expect(page.querySelector<HTMLInputElement>('[data-key="lastName"]')!.value).toBe('Петров');
  const items = host.querySelectorAll('[data-fill-report] [data-field]');
  expect([...items].map((i) => i.getAttribute('data-field'))).toEqual([...FIELD_KEYS]);
  const lastName = $('[data-fill-report] [data-field="lastName"]');
  expect(lastName.dataset.status).toBe('filled');
  expect(lastName.textContent).toContain('Фамилия');
  expect(lastName.textContent).toContain('поле «Поле lastName»');
  expect($('[data-fill-report] [data-field="phone"]').dataset.status).toBe('not-found');
  expect($('[data-fill-report] [data-field="phone"]').textContent).toBe(
    'поле не найдено Телефон: На странице нет поля для этого значения',
  );
  expect(lastName.textContent).toBe('заполнено Фамилия (поле «Поле lastName»)'); // «Заполнено» is not said twice

  await click('[data-action="undo-prefill"]');
  expect(page.querySelector<HTMLInputElement>('[data-key="lastName"]')!.value).toBe('');
  expect(host.querySelector('[data-fill-report]')).toBeNull();
  expect(host.textContent).toContain('Прежние значения формы возвращены');
});

test('issuance pages show the checklist without a prefill button', async () => {
  await mount({ kind: 'issuance' });
  expect(host.querySelector('[data-action="prefill"]')).toBeNull();
  expect(host.querySelector('[data-action="capture"]')).toBeTruthy();
  expect(host.textContent).toContain('Откройте МАИС НСО в другой вкладке');
});
