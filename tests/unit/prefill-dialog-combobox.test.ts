import { describe, expect, test } from 'vitest';
import { citizen, fillOn, planOn } from './prefill-helpers';

// A combo box as UI5 Web Components draw one: an input with role=combobox whose popup it declares a dialog
// (`aria-haspopup="dialog"`: on phones its list is a full-screen dialog) and which completes from a list
// (`aria-autocomplete="both"`). Typing narrows the list and completes the box; only a choice in the list tells the
// app which register entry it is — text written into the box shows the name and leaves the app with nothing. A date
// picker's input says the same `aria-haspopup` without completing from a list, and is typed into as before.

const ITEMS = [
  { code: '0102', name: 'Ветераны труда Новосибирской области' },
  { code: '0101', name: 'Ветераны труда' },
  { code: '0104', name: 'Труженики тыла' },
];

function page(): { model: { category: string; birth: string } } {
  document.body.innerHTML =
    '<form><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="cat">Льготная категория</label>' +
    '<input id="cat" role="combobox" aria-haspopup="dialog" aria-autocomplete="both" aria-expanded="false" aria-controls="cat-popup">' +
    '<label for="birth">Дата рождения</label>' +
    '<input id="birth" role="combobox" aria-haspopup="dialog" aria-expanded="false" placeholder="ДД.ММ.ГГГГ"></form>';
  const input = document.getElementById('cat') as HTMLInputElement;
  const birth = document.getElementById('birth') as HTMLInputElement;
  const model = { category: '', birth: '' };
  const close = () => {
    document.getElementById('cat-popup')?.remove();
    input.setAttribute('aria-expanded', 'false');
  };
  // The list opens on typing, holding the items whose name contains the text, or on Alt+ArrowDown, holding them all
  // (not on a click); each item shows its name and its code.
  const open = (typed: string) => {
    close();
    const shown = ITEMS.filter((i) => i.name.toLowerCase().includes(typed));
    const popup = document.createElement('section');
    popup.id = 'cat-popup';
    popup.setAttribute('role', 'dialog');
    popup.innerHTML = `<ul role="listbox">${shown
      .map((i) => `<li role="option" data-code="${i.code}"><span>${i.name}</span><span>${i.code}</span></li>`)
      .join('')}</ul>`;
    for (const li of popup.querySelectorAll<HTMLElement>('[role="option"]'))
      li.addEventListener('click', () => {
        const item = ITEMS.find((i) => i.code === li.dataset.code);
        input.value = item?.name ?? '';
        model.category = item?.code ?? '';
        close();
      });
    document.body.append(popup);
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('input', () => open(input.value.toLowerCase()));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && e.altKey) open('');
  });
  birth.addEventListener('change', () => {
    model.birth = birth.value;
  });
  return { model };
}

describe('a combo box that declares a dialog popup but completes from a list (UI5 Web Components)', () => {
  test('it is a combobox; the date picker beside it, with the same popup and no list, is a date box', () => {
    page();
    const { description, plan } = planOn(document, citizen());
    const category = description.controls.find((c) => c.hints.label === 'Льготная категория');
    expect(category?.kind).toBe('combobox');
    expect(plan.targets.find((t) => t.key === 'category')?.control.kind).toBe('combobox');
    const birth = description.controls.find((c) => c.hints.label === 'Дата рождения');
    expect(birth?.kind).not.toBe('combobox');
  });

  test('the category is chosen in the list: the app holds its code, the box its name; the date is typed', async () => {
    const { model } = page();
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(model.category).toBe('0101');
    expect((document.getElementById('cat') as HTMLInputElement).value).toBe('Ветераны труда');
    expect(document.getElementById('cat-popup')).toBeNull();
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(model.birth).toBe((document.getElementById('birth') as HTMLInputElement).value);
    expect(model.birth).not.toBe('');
  });
});
