import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// Options that show the name and the register code, read together as «Ветеран труда0101», inside wrappers: Carbon's
// ComboBox (downshift) nests them as `li > div > span > span + span`, Fluent's Combobox puts an aria-hidden check icon
// beside `span > span + span`. Only an option's own children were read as its parts: here that is the wrapper (and the
// icon), whose text is the whole again, so no option matched and the category was left to the clerk.

const CATEGORIES = [
  { code: '0102', name: 'Ветеран труда Новосибирской области' },
  { code: '0101', name: 'Ветеран труда' },
  { code: '0201', name: 'Труженик тыла' },
];

function page(): void {
  document.body.innerHTML =
    '<form><fieldset><legend>Заявитель</legend><label for="fam">Фамилия</label><input id="fam"></fieldset>' +
    '<fieldset><legend>Льготная категория</legend><label for="cat">Категория льготы</label>' +
    '<div class="cds--list-box"><input id="cat" role="combobox" aria-autocomplete="list" aria-expanded="false"' +
    ' aria-controls="cat-menu"><ul id="cat-menu" role="listbox"></ul></div></fieldset></form>';
}

const CARBON = (name: string, code: string) =>
  `<div class="cds--list-box__menu-item__option"><span><span>${name}</span><span class="code">${code}</span></span></div>`;
const FLUENT = (name: string, code: string) =>
  `<span class="fui-Option__checkIcon" aria-hidden="true"><svg></svg></span>` +
  `<span><span>${name}</span><span class="fui-Caption1">${code}</span></span>`;

/** The combo box: a click or typing lists the options containing the text; a click on one chooses it. */
function comboBox(option: (name: string, code: string) => string): { chosen: string } {
  const state = { chosen: '' };
  const input = document.getElementById('cat') as HTMLInputElement;
  const menu = document.getElementById('cat-menu') as HTMLElement;
  const render = () => {
    const typed = input.value.toLowerCase();
    menu.innerHTML = CATEGORIES.filter(({ name }) => name.toLowerCase().includes(typed))
      .map(({ code, name }) => `<li role="option" data-code="${code}">${option(name, code)}</li>`)
      .join('');
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('click', render);
  input.addEventListener('input', render);
  menu.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (!option) return;
    state.chosen = option.getAttribute('data-code') ?? '';
    input.value = CATEGORIES.find((c) => c.code === state.chosen)?.name ?? '';
    menu.innerHTML = '';
    input.setAttribute('aria-expanded', 'false');
  });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    menu.innerHTML = '';
    input.setAttribute('aria-expanded', 'false');
  });
  return state;
}

describe('options inside wrappers', () => {
  beforeEach(() => layOutPage());
  afterEach(() => vi.restoreAllMocks());

  test.each([
    ['Carbon', CARBON],
    ['Fluent', FLUENT],
  ])('%s: the option whose own span names the category is chosen', async (_, option) => {
    page();
    const state = comboBox(option);
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(state.chosen).toBe('0101');
    expect((document.getElementById('cat') as HTMLInputElement).value).toBe('Ветеран труда');
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });
});
