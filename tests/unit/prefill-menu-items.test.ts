import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// Controls as Blueprint draws them: a date box that opens its calendar on focus (`role=combobox`, `aria-expanded`,
// the calendar a `role=dialog` at the end of <body>) and shows the app's date only a task after the events (a React
// effect copies it into the box); selects whose list is a `role=listbox` of `role=menuitem` links, each showing the
// name and then a code label.

const CATEGORIES = [
  { code: '0101', name: 'Ветеран труда' },
  { code: '0102', name: 'Ветеран труда Новосибирской области' },
  { code: '0201', name: 'Труженик тыла' },
];

/** A date box: focus opens the calendar; the box shows the parsed date only in a later task; Escape closes. */
function dateBox(id: string, model: Record<string, string>): void {
  const input = document.getElementById(id) as HTMLInputElement;
  const popup = () => document.getElementById(`${id}-calendar`);
  input.addEventListener('focus', () => {
    if (popup()) return;
    const calendar = document.createElement('div');
    calendar.id = `${id}-calendar`;
    calendar.setAttribute('role', 'dialog');
    calendar.innerHTML = '<div role="grid"></div>';
    document.body.append(calendar);
    input.setAttribute('aria-expanded', 'true');
  });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    popup()?.remove();
    input.setAttribute('aria-expanded', 'false');
  });
  input.addEventListener('input', () => {
    const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(input.value);
    model[id] = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
  });
  // Unfocused, the box shows the app's date — rendered from state a task later, empty until then.
  input.addEventListener('blur', () => {
    const iso = model[id] ?? '';
    input.value = '';
    setTimeout(() => {
      const [y, m, d] = iso.split('-');
      input.value = iso ? `${d}.${m}.${y}` : '';
    }, 0);
  });
}

/** A select: a button; its list a listbox of menu items «name + code label». */
function menuSelect(id: string, model: Record<string, string>): void {
  const button = document.getElementById(id) as HTMLButtonElement;
  button.addEventListener('click', () => {
    const list = document.createElement('ul');
    list.id = `${id}-list`;
    list.setAttribute('role', 'listbox');
    for (const { code, name } of CATEGORIES) {
      const li = document.createElement('li');
      li.setAttribute('role', 'none');
      li.innerHTML = `<a role="menuitem" class="bp-menu-item"><div>${name}</div><span class="bp-menu-item-label">${code}</span></a>`;
      li.firstElementChild?.addEventListener('click', () => {
        model[id] = code;
        button.textContent = name;
        list.remove();
        button.setAttribute('aria-expanded', 'false');
      });
      list.append(li);
    }
    document.body.append(list);
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-controls', list.id);
  });
}

function page(): Record<string, string> {
  document.body.innerHTML =
    '<form><section><h3>Заявитель</h3><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="born">Дата рождения</label>' +
    '<input id="born" role="combobox" aria-haspopup="menu" aria-expanded="false" placeholder="ДД.ММ.ГГГГ">' +
    '</section><section><h3>Льготная категория</h3><label for="cat">Категория</label>' +
    '<button id="cat" type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false">Выберите…</button>' +
    '</section></form>';
  const model: Record<string, string> = {};
  dateBox('born', model);
  menuSelect('cat', model);
  return model;
}

describe('Blueprint-like controls', () => {
  beforeEach(() => {
    layOutPage();
  });
  afterEach(() => vi.restoreAllMocks());

  test('a date box that shows the date a task after the events is filled, and its calendar closed', async () => {
    const model = page();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(model.born).toBe('1956-03-14');
    expect((document.getElementById('born') as HTMLInputElement).value).toBe('14.03.1956');
    expect(document.getElementById('born-calendar')).toBeNull();
  });

  test('a list of menu items showing a name and a code: the item is chosen by its name', async () => {
    const model = page();
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(model.cat).toBe('0101');
    expect(document.getElementById('cat')?.textContent).toBe('Ветеран труда');
  });
});
