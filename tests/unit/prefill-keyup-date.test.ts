import { describe, expect, test } from 'vitest';
import { citizen, fillOn } from './prefill-helpers';

// A date box as bootstrap-datepicker runs it: typed text is read only on keyup (a navigation key aside), and when its
// calendar closes (a press anywhere else on the page) the box is rewritten from the picker's own date — emptied if
// the picker never took one. A fill the picker never read would show the date until the clerk's next click.

const NAVIGATION = [27, 37, 39, 38, 40, 32, 13, 9];

function datepicker(input: HTMLInputElement): { date: string } {
  const state = { date: '' };
  input.addEventListener('keyup', (e) => {
    if (NAVIGATION.includes(e.keyCode)) return;
    const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(input.value);
    state.date = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
  });
  input.ownerDocument.addEventListener('mousedown', (e) => {
    if (e.target === input) return;
    const [y, m, d] = state.date.split('-');
    input.value = state.date ? `${d}.${m}.${y}` : '';
  });
  return state;
}

describe('a date box that reads typed text on keyup', () => {
  test('takes the written date as its own: it stays after the clerk clicks elsewhere', async () => {
    document.body.innerHTML =
      '<form><label for="fam">Фамилия</label><input id="fam">' +
      '<label for="dr">Дата рождения</label><input id="dr" placeholder="дд.мм.гггг"></form>';
    const box = document.getElementById('dr') as HTMLInputElement;
    const picker = datepicker(box);
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate.status).toBe('filled');
    expect(picker.date).toBe('1956-03-14');
    document.getElementById('fam')?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(box.value).toBe('14.03.1956');
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });
});
