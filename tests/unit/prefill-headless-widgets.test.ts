import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// A combobox as Headless UI draws it with Tailwind's classes: the input is the combobox and shows the chosen name
// (`displayValue`), and carries `placeholder:text-gray-400`, a utility that styles its placeholder. A class with
// «placeholder» in it marked the input as the box's placeholder part, so its value was never read: a category the
// form held was reported refused.

const CATEGORIES = [
  { code: '0101', name: 'Ветеран труда' },
  { code: '0102', name: 'Ветеран труда Новосибирской области' },
];
const INPUT_CLASSES =
  'block w-full rounded-lg border-none bg-white/5 py-1.5 text-sm placeholder:text-gray-400';

function page(): void {
  document.body.innerHTML =
    '<form><fieldset><legend>Заявитель</legend><div><label for="fam">Фамилия</label><input id="fam"></div>' +
    '</fieldset><fieldset><legend>Льготная категория</legend><div><label for="cat">Категория</label>' +
    `<div class="relative"><input id="cat" role="combobox" aria-expanded="false" class="${INPUT_CLASSES}"` +
    ' placeholder="Начните вводить"><button type="button" aria-label="Открыть список">▾</button></div></div>' +
    '</fieldset></form>';
}

/** Typing or the button lists the options (in a portal) containing the text; a click on one chooses it. */
function comboBox(): { chosen: string } {
  const state = { chosen: '' };
  const input = document.getElementById('cat') as HTMLInputElement;
  const close = () => {
    document.getElementById('cat-options')?.remove();
    input.setAttribute('aria-expanded', 'false');
  };
  const open = () => {
    close();
    const list = document.createElement('div');
    list.id = 'cat-options';
    list.setAttribute('role', 'listbox');
    const typed = input.value.toLowerCase();
    list.innerHTML = CATEGORIES.filter(({ name }) => name.toLowerCase().includes(typed))
      .map(({ code, name }) => `<div role="option" data-code="${code}"><span>${name}</span></div>`)
      .join('');
    list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest('[role="option"]');
      state.chosen = option?.getAttribute('data-code') ?? '';
      input.value = CATEGORIES.find((c) => c.code === state.chosen)?.name ?? '';
      close();
    });
    document.body.append(list);
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('input', open);
  input.nextElementSibling?.addEventListener('click', open);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') open();
    if (e.key === 'Escape') close();
  });
  return state;
}

describe('Headless UI widgets', () => {
  beforeEach(() => layOutPage());
  afterEach(() => vi.restoreAllMocks());

  test('a combobox input styled by `placeholder:` utilities: the chosen name it shows is read, reported filled', async () => {
    page();
    const state = comboBox();
    const { report } = await fillOn(document, citizen());
    expect(state.chosen).toBe('0101');
    expect(report.category).toMatchObject({ status: 'filled' });
    expect((document.getElementById('cat') as HTMLInputElement).value).toBe('Ветеран труда');
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });
});
