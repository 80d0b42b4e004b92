import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// A combobox as the Consta UI kit draws it: its chosen value, its placeholder and the input the clerk types into all
// sit inside an inner box marked `aria-hidden="true"` (role=button), under the control that says `aria-haspopup`.
// The page shows that box; only assistive technology is told to pass it over. Read like an accessibility copy, the
// box showed nothing before and after the choice: a category the form held was reported «не принято», and the
// choice was not put back either.

const CATEGORIES = ['Ветеран труда', 'Ветеран труда Новосибирской области', 'Инвалид II группы'];

function page(): void {
  document.body.innerHTML =
    '<form><h2>Сведения о гражданине</h2>' +
    '<div class="TextField"><label for="fam">Фамилия</label><input id="fam" name="lastName"></div>' +
    '<h2>Льготная категория</h2>' +
    '<div class="Select" id="kat"><label class="FieldLabel">Льготная категория</label>' +
    '<div class="Select-Body"><div class="Select-Control" aria-expanded="false" aria-haspopup="listbox">' +
    '<div class="Select-ControlInner" role="button" aria-hidden="true"><div class="Select-ControlValueContainer">' +
    '<span class="Select-Placeholder">Начните вводить название категории</span>' +
    '<input type="text" name="categoryCode" class="Select-Input" value="">' +
    '</div></div></div></div></div></form>';
}

/** The combobox's behaviour: a click on its control opens a portalled list; a click on an option chooses it. */
function combobox(): { chosen: string } {
  const state = { chosen: '' };
  const control = document.querySelector('.Select-Control') as HTMLElement;
  const input = document.querySelector('.Select-Input') as HTMLInputElement;
  const container = document.querySelector('.Select-ControlValueContainer') as HTMLElement;
  const close = () => {
    document.querySelector('[role="listbox"]')?.remove();
    control.setAttribute('aria-expanded', 'false');
  };
  const render = () => {
    container.querySelector('.Select-Placeholder, .Select-ControlValue')?.remove();
    const span = document.createElement('span');
    span.className = state.chosen ? 'Select-ControlValue' : 'Select-Placeholder';
    span.textContent = state.chosen || 'Начните вводить название категории';
    container.prepend(span);
  };
  const open = () => {
    if (document.querySelector('[role="listbox"]')) return;
    const list = document.createElement('div');
    list.setAttribute('role', 'listbox');
    const typed = input.value.toLowerCase();
    list.innerHTML = CATEGORIES.filter((c) => c.toLowerCase().includes(typed))
      .map((c) => `<div role="option" aria-selected="false">${c}</div>`)
      .join('');
    list.addEventListener('click', (event) => {
      state.chosen = (event.target as HTMLElement).textContent ?? '';
      input.value = '';
      render();
      close();
    });
    document.body.append(list);
    control.setAttribute('aria-expanded', 'true');
  };
  control.addEventListener('click', open);
  input.addEventListener('input', () => {
    close();
    open();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') open();
    if (e.key === 'Escape') close();
  });
  return state;
}

describe('Consta UI widgets', () => {
  beforeEach(() => layOutPage());
  afterEach(() => vi.restoreAllMocks());

  test('a combobox whose whole box is aria-hidden: the choice is read from what the box shows, and reported filled', async () => {
    page();
    const state = combobox();
    const { report } = await fillOn(document, citizen());
    expect(state.chosen).toBe('Ветеран труда');
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(document.querySelector('.Select-ControlValue')?.textContent).toBe('Ветеран труда');
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });
});
