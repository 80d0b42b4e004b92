import { describe, expect, test } from 'vitest';
import { citizen, fillOn, planOn } from './prefill-helpers';

// A dropdown as shadcn/ui builds it on Radix: a button (role=combobox) whose popup is a dialog holding the options,
// and options that, like Radix Select's, take a pointer release only once the pointer has moved since it pressed —
// a release with no move in between is the opening press let go.

const OPTIONS = ['Ветераны труда Новосибирской области', 'Ветераны труда', 'Труженики тыла'];

function page(): { button: HTMLButtonElement; model: { value: string } } {
  document.body.innerHTML =
    '<form><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="cat">Льготная категория</label>' +
    '<button type="button" id="cat" role="combobox" aria-haspopup="dialog" aria-expanded="false" aria-controls="cat-list">Выберите</button></form>';
  const button = document.getElementById('cat') as HTMLButtonElement;
  const model = { value: '' };
  let moved = false;
  const close = () => {
    document.getElementById('cat-popup')?.remove();
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('pointerdown', () => {
    if (document.getElementById('cat-popup')) return close();
    moved = false;
    const popup = document.createElement('div');
    popup.id = 'cat-popup';
    popup.setAttribute('role', 'dialog');
    popup.innerHTML = `<div role="listbox" id="cat-list">${OPTIONS.map((o) => `<div role="option">${o}</div>`).join('')}</div>`;
    for (const option of popup.querySelectorAll<HTMLElement>('[role="option"]')) {
      option.addEventListener('pointermove', () => {
        moved = true;
      });
      option.addEventListener('pointerup', () => {
        if (!moved) return;
        model.value = option.textContent ?? '';
        button.textContent = model.value;
        close();
      });
    }
    document.body.append(popup);
    button.setAttribute('aria-expanded', 'true');
  });
  return { button, model };
}

describe('a popover combobox (shadcn/ui on Radix)', () => {
  test('its button is one combobox control labelled by its label', () => {
    page();
    const { description, plan } = planOn(document, citizen());
    expect(description.controls.find((c) => c.kind === 'combobox')?.hints.label).toBe('Льготная категория');
    expect(plan.targets.find((t) => t.key === 'category')?.control.kind).toBe('combobox');
  });

  test('chosen with the pointer arriving over the option before it presses: filled, and the box shows it', async () => {
    const { button, model } = page();
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(model.value).toBe('Ветераны труда');
    expect(button.textContent).toBe('Ветераны труда');
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });
});
