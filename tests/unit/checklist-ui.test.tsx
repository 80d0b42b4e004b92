import { act } from 'preact/test-utils';
import { ELIGIBILITY_KEYS, emptyChecklist, FIELD_KEYS } from '@/utils/checklist/keys';
import { fakeBackground } from './checklist-model-fakes';
import { $, blur, click, mount, setUpChecklistStage, stage, type } from './checklist-ui-stage';

// The checklist in the panel: its controls, their checks and messages, capture and clearing (the fill bar under it:
// prefill-bar-ui.test.tsx).

setUpChecklistStage();
let host: HTMLElement;
beforeEach(() => {
  host = stage.host;
});

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
