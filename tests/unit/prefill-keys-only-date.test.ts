import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// A date box that takes keys only, as React Suite's date input does: it draws «дд.ММ.гггг» itself, handles every key
// in `keydown` (the browser's own edit never happens), refuses text written into it and puts it back from its state;
// two digits fill a part and move on, a dot moves on a part, Backspace over the whole text clears it. The app holds
// the date once all three parts are typed. A date typed with its dots goes wrong (the dot after the day moves past the
// month); the box is then cleared with keys, and the digits alone, the next spelling, are typed.

const app: { date: string | null } = { date: null };

/** Each box's Backspace over its whole text: the clearing of a wrong try. */
const clears = new Map<string, number>();

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
      clears.set(input.id, (clears.get(input.id) ?? 0) + 1);
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

/** `issued`: the passport's date of issue, a box of the same kind or a plain one. */
function page(issued?: 'keys-only' | 'plain'): void {
  document.body.innerHTML =
    '<form><fieldset><legend>Заявитель</legend><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="born">Дата рождения</label><input id="born" placeholder="дд.ММ.гггг" autocomplete="off">' +
    '</fieldset>' +
    (issued
      ? '<fieldset><legend>Паспорт</legend><label for="issued">Дата выдачи</label>' +
        (issued === 'plain'
          ? '<input id="issued">'
          : '<input id="issued" placeholder="дд.ММ.гггг" autocomplete="off">') +
        '</fieldset>'
      : '') +
    '</form>';
  keysOnlyDate(document.getElementById('born') as HTMLInputElement);
  if (issued === 'keys-only') keysOnlyDate(document.getElementById('issued') as HTMLInputElement);
}

const shownIn = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('a date box that takes keys only and moves on a part at a dot', () => {
  beforeEach(() => {
    app.date = null;
    clears.clear();
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

  test('a second box of the same kind takes the date at the first try: the way that took on the first goes first', async () => {
    page('keys-only');
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(report.idIssueDate).toMatchObject({ status: 'filled' });
    expect([shownIn('born'), shownIn('issued')]).toEqual(['14.03.1956', '01.06.2003']);
    // The first box was typed wrong once and cleared; the second was typed the way that took, and never cleared.
    expect(clears.get('born')).toBeGreaterThan(0);
    expect(clears.get('issued') ?? 0).toBe(0);
  });

  test('a plain box after a box that took ISO keeps the date with its dots: what took there is not tried first', async () => {
    page('plain');
    // The birth date's box is a picker of another kind: it reads ISO only and shows the date with dots.
    const born = document.getElementById('born') as HTMLInputElement;
    born.replaceWith(born.cloneNode());
    const picker = document.getElementById('born') as HTMLInputElement;
    picker.className = 'date-picker-input';
    picker.addEventListener('input', () => {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(picker.value);
      picker.value = iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : '';
    });
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(report.idIssueDate).toMatchObject({ status: 'filled' });
    expect([shownIn('born'), shownIn('issued')]).toEqual(['14.03.1956', '01.06.2003']);
  });
});
