import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage, planOn } from './prefill-helpers';

// Selects as Quasar builds them: the whole field is a <label> wrapping its floating title and the control; a click
// anywhere in the control opens a menu at the end of <body>; the chosen option shows in a <span>, and a hidden
// <select> carries the chosen value in an option with no text. The searchable one types into an
// `input[type=search]` (role=combobox); the other takes focus on a transparent 1-pixel input inside its box.

const CATEGORIES = ['Ветераны труда Новосибирской области', 'Ветераны труда', 'Труженики тыла'];
const DOCUMENTS = ['Паспорт', 'Удостоверение ветерана труда', 'Справка МСЭ'];

const field = (id: string, title: string, input: string) =>
  `<label class="q-field" for="${id}"><div class="q-field__control">` +
  `<div class="q-field__label">${title}</div><div class="q-field__native">` +
  `<span class="q-select__selected-value"></span>${input}<select class="hidden" name="${id}" hidden></select>` +
  '</div></div></label>';

function qSelect(id: string, options: string[], model: Record<string, string>): void {
  const input = document.getElementById(id) as HTMLInputElement;
  const control = input.closest('.q-field__control') as HTMLElement;
  const menuId = `${id}_lb`;
  const close = () => {
    document.getElementById(menuId)?.remove();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-controls');
  };
  const render = (filter: string) => {
    const menu = document.getElementById(menuId) as HTMLElement;
    menu.replaceChildren();
    for (const [i, text] of options.entries()) {
      if (!text.toLowerCase().includes(filter.toLowerCase())) continue;
      const item = document.createElement('div');
      item.setAttribute('role', 'option');
      item.textContent = text;
      item.addEventListener('click', () => {
        model[id] = `code-${i}`;
        (control.querySelector('.q-select__selected-value') as HTMLElement).textContent = text;
        (control.querySelector('select') as HTMLSelectElement).innerHTML =
          `<option value="code-${i}" selected></option>`;
        input.value = '';
        close();
      });
      menu.append(item);
    }
  };
  control.addEventListener('click', () => {
    if (document.getElementById(menuId)) return close();
    const menu = document.createElement('div');
    menu.id = menuId;
    menu.setAttribute('role', 'listbox');
    document.body.append(menu);
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-controls', menuId);
    render('');
  });
  input.addEventListener('input', () => {
    if (document.getElementById(menuId)) render(input.value);
  });
}

function page(): Record<string, string> {
  document.body.innerHTML =
    '<form><label for="fam">Фамилия</label><input id="fam">' +
    field(
      'cat',
      'Льготная категория',
      '<input id="cat" type="search" role="combobox" aria-label="Льготная категория" aria-expanded="false" aria-autocomplete="list">',
    ) +
    field(
      'kind',
      'Вид документа',
      '<input id="kind" class="focus-target" readonly role="combobox" aria-label="Вид документа" aria-expanded="false">',
    ) +
    '</form>';
  const model: Record<string, string> = {};
  qSelect('cat', CATEGORIES, model);
  qSelect('kind', DOCUMENTS, model);
  return model;
}

describe('Quasar-like selects', () => {
  // A laid-out page in which the document-kind select's focus target is the 1×1 box Quasar's stylesheet makes it.
  beforeEach(() => {
    layOutPage((el) => {
      const size = el.classList.contains('focus-target') ? 1 : 120;
      return { width: size, height: size };
    });
  });
  afterEach(() => vi.restoreAllMocks());

  test("a searchable select's own search box is a combobox to fill, not the page's search box", () => {
    page();
    const { description, plan } = planOn(document, citizen());
    const box = description.controls.find((c) => c.hints.label === 'Льготная категория');
    expect(box).toMatchObject({ kind: 'combobox', searchLike: false });
    expect(plan.targets.find((t) => t.key === 'category')?.control.hints.label).toBe('Льготная категория');
  });

  test('both chosen and reported filled: the category typed and picked, the document through its 1-pixel focus target', async () => {
    const model = page();
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(model.cat).toBe('code-1');
    expect(report.basisDocName).toMatchObject({ status: 'filled' });
    expect(model.kind).toBe('code-1');
    const shown = [...document.querySelectorAll('.q-select__selected-value')].map((s) => s.textContent);
    expect(shown).toEqual(['Ветераны труда', 'Удостоверение ветерана труда']);
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });
});
