import { describe, expect, test } from 'vitest';
import { sameDate, samePhone } from '../../utils/prefill/verify';
import { citizen, fillOn } from './prefill-helpers';

// Every write is read back after the page's own handlers ran: a field that shows something other than the intended
// value gets its previous value back (another way of writing is tried first), and the report says so in Russian.

function form(...fields: string[]): Document {
  document.body.innerHTML = `<form>${fields.join('')}</form>`;
  return document;
}
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

/** A phone mask that always shows «+7» and takes every digit typed as the number after it (the «7» of «+7» too). */
function phoneMask(el: HTMLInputElement): void {
  el.addEventListener('input', () => {
    const d = el.value.replace(/^\+7/, '').replace(/\D/g, '').slice(0, 10).padEnd(10, '_');
    el.value = `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`;
  });
}

/** A date box that reads ДД.ММ.ГГГГ month first and shows what it understood, as JavaScript's Date.parse does. */
function monthFirstDateBox(el: HTMLInputElement): void {
  el.addEventListener('change', () => {
    const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(el.value);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(el.value);
    if (dotted) el.value = `${dotted[2]}.${dotted[1]}.${dotted[3]}`;
    else if (iso) el.value = `${iso[3]}.${iso[2]}.${iso[1]}`;
    else el.value = '';
  });
}

describe('read back after every write', () => {
  test('a phone mask that took the «7» of «+7» as a digit: undone, then the ten digits alone', async () => {
    const doc = form('<label for="tel">Телефон</label><input id="tel">');
    phoneMask(input('tel'));
    const { report } = await fillOn(doc, citizen());
    expect(input('tel').value).toBe('+7 (913) 123-45-67');
    expect(report.phone.status).toBe('filled');
  });

  test('a date box that reads the month first: undone; the unambiguous spelling it shows right is kept', async () => {
    const doc = form('<label for="dr">Дата рождения</label><input id="dr">');
    monthFirstDateBox(input('dr'));
    const { report } = await fillOn(doc, citizen());
    expect(report.birthDate.status).toBe('filled');
    expect(input('dr').value).toBe('14.03.1956');
  });

  test('a field that never shows the date: the previous value is back and the clerk types it', async () => {
    const doc = form('<label for="dr">Дата рождения</label><input id="dr" value="">');
    input('dr').addEventListener('change', () => {
      input('dr').value = input('dr').value ? '03.14.1956' : '';
    });
    const { report, undo } = await fillOn(doc, citizen());
    expect(report.birthDate).toEqual({
      status: 'invalid',
      reason: 'Поле не приняло значение 14.03.1956 — введите вручную',
      label: 'Дата рождения',
    });
    expect(input('dr').value).toBe('');
    expect(undo.entries.some((e) => e.element === input('dr'))).toBe(false);
  });

  test('when even the previous value cannot be put back, the report says what stayed', async () => {
    const doc = form('<label for="s">СНИЛС</label><input id="s">');
    input('s').addEventListener('input', () => {
      input('s').value = '000';
    });
    const { report } = await fillOn(doc, citizen());
    expect(report.snils.status).toBe('invalid');
    expect(report.snils.reason).toContain('в поле осталось «000» — исправьте его');
  });
});

describe('comparisons', () => {
  test('a date is the same only with the same digits in the same places, or in an unambiguous form', () => {
    expect(sameDate('01.02.1944', '01.02.1944', '1944-02-01')).toBe(true);
    expect(sameDate('02.01.1944', '01.02.1944', '1944-02-01')).toBe(false);
    expect(sameDate('01021944', '01.02.1944', '1944-02-01')).toBe(false);
    expect(sameDate('1/2/1944', '01.02.1944', '1944-02-01')).toBe(false);
    expect(sameDate('1944-02-01', '01.02.1944', '1944-02-01')).toBe(true);
    expect(sameDate('1 февраля 1944 г.', '01.02.1944', '1944-02-01')).toBe(true);
    expect(sameDate('1 января 1944 г.', '01.02.1944', '1944-02-01')).toBe(false);
  });

  test('a phone holds the right ten digits, with or without the country prefix', () => {
    expect(samePhone('+7 (913) 123-45-67', '+79131234567')).toBe(true);
    expect(samePhone('9131234567', '+79131234567')).toBe(true);
    expect(samePhone('+7 (791) 312-34-56', '+79131234567')).toBe(false);
  });
});
