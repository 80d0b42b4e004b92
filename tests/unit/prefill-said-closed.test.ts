import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// An editable combobox that opens its list from the keyboard only (Alt+ArrowDown), as React Aria's, Kendo's and Chakra's
// comboboxes do: a click in its text opens nothing. One that says so (`aria-expanded="false"`, the page still) is
// taken at its word once the page has gone quiet; one that says nothing is given the whole wait for a slow list.

const CATEGORIES = [
  { code: '0101', name: 'Ветеран труда' },
  { code: '0102', name: 'Ветеран труда Новосибирской области' },
];

/** The whole wait for a list after a click (open-list.ts), which a combobox saying it is closed does not get. */
const OPEN_TIMEOUT_MS = 800;

function page(saysClosed: boolean): void {
  document.body.innerHTML =
    '<form><fieldset><legend>Заявитель</legend><div><label for="fam">Фамилия</label><input id="fam"></div>' +
    '</fieldset><fieldset><legend>Льготная категория</legend><div><label for="cat">Категория</label>' +
    `<input id="cat" role="combobox" aria-autocomplete="none"${saysClosed ? ' aria-expanded="false"' : ''}>` +
    '</div></fieldset></form>';
}

/** Opens on Alt+ArrowDown only; records when the click came and when the key did. */
function keyboardCombobox(saysClosed: boolean): { chosen: string; clickAt?: number; keyAt?: number } {
  const state: { chosen: string; clickAt?: number; keyAt?: number } = { chosen: '' };
  const input = document.getElementById('cat') as HTMLInputElement;
  const close = () => {
    document.getElementById('cat-options')?.remove();
    if (saysClosed) input.setAttribute('aria-expanded', 'false');
  };
  input.addEventListener('click', () => {
    state.clickAt ??= performance.now();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    if (e.key !== 'ArrowDown' || !e.altKey || document.getElementById('cat-options')) return;
    state.keyAt ??= performance.now();
    const list = document.createElement('div');
    list.id = 'cat-options';
    list.setAttribute('role', 'listbox');
    list.innerHTML = CATEGORIES.map(
      ({ code, name }) => `<div role="option" data-code="${code}">${name}</div>`,
    ).join('');
    list.addEventListener('click', (event) => {
      state.chosen = (event.target as Element).closest('[role="option"]')?.getAttribute('data-code') ?? '';
      input.value = CATEGORIES.find((c) => c.code === state.chosen)?.name ?? '';
      close();
    });
    document.body.append(list);
    input.setAttribute('aria-controls', list.id);
    if (saysClosed) input.setAttribute('aria-expanded', 'true');
  });
  return state;
}

/** Fills the page; how long after the click on the box the keys came. */
async function keysAfterClick(saysClosed: boolean): Promise<number> {
  page(saysClosed);
  const state = keyboardCombobox(saysClosed);
  const { report } = await fillOn(document, citizen());
  expect(state.chosen).toBe('0101');
  expect(report.category).toMatchObject({ status: 'filled' });
  expect(state.clickAt).toBeDefined();
  return (state.keyAt as number) - (state.clickAt as number);
}

describe('an editable combobox that a click does not open', () => {
  beforeEach(() => layOutPage());
  afterEach(() => vi.restoreAllMocks());

  test('saying it is closed, the page still: the keys come before the whole wait is over', async () => {
    expect(await keysAfterClick(true)).toBeLessThan(OPEN_TIMEOUT_MS);
  });

  test('saying nothing (the control): the same fill waits the whole time for a slow list', async () => {
    expect(await keysAfterClick(false)).toBeGreaterThanOrEqual(OPEN_TIMEOUT_MS);
  });
});
