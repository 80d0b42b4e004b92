import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// A date box that takes keys only, as React Suite's date input does: it draws «дд.ММ.гггг» itself, handles every key
// in `keydown` (the browser's own edit never happens), refuses text written into it and puts it back from its state;
// two digits fill a part and move on, a dot moves on a part, Backspace over the whole text clears it. The app holds
// the date once all three parts are typed. A date typed with its dots goes wrong (the dot after the day moves past the
// month); the box is then cleared with keys, and the digits alone, the next spelling, are typed.

const app: { date: string | null } = { date: null };

function keysOnlyDate(input: HTMLInputElement): void {
  let parts = ['', '', ''];
  let at = 0;
  const render = () => {
    input.value = parts.every((p) => p === '')
      ? ''
      : `${parts[0] || 'дд'}.${parts[1] || 'ММ'}.${parts[2] || 'гггг'}`;
    app.date = parts[2].length === 4 && parts[0] && parts[1] ? `${parts[2]}-${parts[1]}-${parts[0]}` : null;
  };
  input.addEventListener('keydown', (e) => {
    e.preventDefault();
    if (e.key === 'Backspace' && input.selectionStart === 0 && input.selectionEnd === input.value.length) {
      parts = ['', '', ''];
      at = 0;
    } else if (e.key === '.') at = Math.min(at + 1, 2);
    else if (/^\d$/.test(e.key)) {
      const full = at === 2 ? 4 : 2;
      parts[at] = (parts[at].length === full ? '' : parts[at]) + e.key;
      if (parts[at].length === full && at < 2) at++;
    }
    render();
  });
  // Text written into the box is put back from the box's own state.
  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    at = 0;
  });
}

function page(): void {
  document.body.innerHTML =
    '<form><fieldset><legend>Заявитель</legend><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="born">Дата рождения</label><input id="born" placeholder="дд.ММ.гггг" autocomplete="off">' +
    '</fieldset></form>';
  keysOnlyDate(document.getElementById('born') as HTMLInputElement);
}

describe('a date box that takes keys only and moves on a part at a dot', () => {
  beforeEach(() => {
    app.date = null;
    layOutPage();
  });
  afterEach(() => vi.restoreAllMocks());

  test('ends holding the date in the box and in the app, typed digits only after a wrong try was cleared with keys', async () => {
    page();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect((document.getElementById('born') as HTMLInputElement).value).toBe('14.03.1956');
    expect(app.date).toBe('1956-03-14');
    // The positive control on the same page: the text field before it is filled.
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });
});
