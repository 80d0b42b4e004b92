import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// Date boxes whose calendar opens on focus and says so by no ARIA, as react-datepicker draws them: the box has no
// `aria-expanded` and names no popup; the calendar is a `role=dialog` put after the box, closed only by a key in the
// box (Escape, Tab, Enter) or a pointer press elsewhere — a focus moved by script leaves it open over the fields below.

const log = { escapes: 0 };

function dateBox(id: string, label: string): string {
  return (
    `<div class="row"><label for="${id}">${label}</label>` +
    `<div class="wrapper"><input id="${id}" placeholder="ДД.ММ.ГГГГ" autocomplete="off"></div></div>`
  );
}

/** `late`: the calendar opens 10 ms after the focus, the box saying so (PrimeNG's date picker). */
function wire(id: string, late = false): void {
  const box = document.getElementById(id) as HTMLInputElement;
  const calendar = () => document.getElementById(`${id}-calendar`);
  const close = () => {
    calendar()?.remove();
    if (late) box.setAttribute('aria-expanded', 'false');
  };
  const show = () => {
    if (calendar()) return;
    if (late) box.setAttribute('aria-expanded', 'true');
    const popup = document.createElement('div');
    popup.id = `${id}-calendar`;
    popup.setAttribute('role', 'dialog');
    popup.setAttribute('aria-label', 'Выберите дату');
    popup.innerHTML = '<div role="grid"><div role="gridcell">1</div></div>';
    box.parentElement?.after(popup);
  };
  box.addEventListener('focus', () => (late ? setTimeout(show, 10) : show()));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') log.escapes++;
    if (['Escape', 'Tab', 'Enter'].includes(e.key)) close();
  });
  document.addEventListener('mousedown', (e) => {
    const at = e.target as Node;
    if (at !== box && !calendar()?.contains(at)) close();
  });
}

function page(late = false): void {
  document.body.innerHTML =
    '<div role="dialog" aria-label="Подсказка" id="help">Заполните все поля</div>' +
    '<form><fieldset><legend>Заявитель</legend><label for="fam">Фамилия</label><input id="fam">' +
    dateBox('born', 'Дата рождения') +
    '<label for="snils">СНИЛС</label><input id="snils">' +
    '</fieldset></form>';
  if (late) {
    const box = document.getElementById('born') as HTMLInputElement;
    box.setAttribute('aria-haspopup', 'dialog');
    box.setAttribute('aria-expanded', 'false');
  }
  wire('born', late);
}

describe('a calendar that opens on focus with no ARIA on its box', () => {
  beforeEach(() => {
    log.escapes = 0;
    layOutPage();
  });
  afterEach(() => vi.restoreAllMocks());

  test('the date is written, the calendar the fill opened is closed as a person closes it, the page’s own dialog stays', async () => {
    page();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect((document.getElementById('born') as HTMLInputElement).value).toBe('14.03.1956');
    expect(document.getElementById('born-calendar')).toBeNull();
    expect(log.escapes).toBe(1);
    // The dialog the page showed before the fill is not the fill's to close.
    expect(document.getElementById('help')).not.toBeNull();
    // The fields after the date were filled too.
    expect(report.snils).toMatchObject({ status: 'filled' });
  });

  test('a calendar that opens a moment after the date took, its box saying so, is closed too', async () => {
    page(true);
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect((document.getElementById('born') as HTMLInputElement).value).toBe('14.03.1956');
    expect(document.getElementById('born-calendar')).toBeNull();
    expect(log.escapes).toBe(1);
    expect(report.snils).toMatchObject({ status: 'filled' });
  });
});
