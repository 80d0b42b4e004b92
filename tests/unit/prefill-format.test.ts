import { describe, expect, test } from 'vitest';
import { collectFieldsNow } from '../../utils/prefill/collect';
import { formatFor } from '../../utils/prefill/format';
import { splitDateValues } from '../../utils/prefill/options';
import type { ControlDescription } from '../../utils/prefill/types';
import { MONTHS_RU } from '../fixtures/libs/shared/ru-months';
import { citizen } from './prefill-helpers';

// One checklist value → the text each kind of control expects (its type, mask, pattern, maxlength, options).

function control(html: string): ControlDescription {
  document.body.innerHTML = `<form>${html}</form>`;
  return collectFieldsNow(document, window as unknown as Window).description.controls[0];
}
const fields = citizen().fields;
const value = (html: string, meaning: Parameters<typeof formatFor>[1], f = fields) =>
  formatFor(control(html), meaning, f);

describe('a box shorter than the value', () => {
  test('is not written a part of it: the problem names its length', () => {
    expect(value('<label for="k">Кем выдан</label><input id="k" maxlength="20">', 'idIssuer')).toEqual({
      problem: 'Не помещается: поле принимает не больше 20 знаков',
    });
    expect(value('<label for="s">Серия</label><input id="s" maxlength="2">', 'idSeries')).toEqual({
      problem: 'Не помещается: поле принимает не больше 2 знаков',
    });
    // Positive controls: a box long enough, and a short box a shorter spelling of the value fits.
    expect(value('<label for="k">Кем выдан</label><input id="k" maxlength="200">', 'idIssuer')).toEqual({
      value: 'ОВД Советского района г. Новосибирска',
    });
    expect(value('<label for="n">СНИЛС</label><input id="n" maxlength="11">', 'snils')).toEqual({
      value: '11223344595',
    });
  });
});

describe('dates', () => {
  test('type=date gets ISO; text gets ДД.ММ.ГГГГ by default', () => {
    expect(value('<input type="date">', 'birthDate')).toEqual({ value: '1956-03-14' });
    expect(value('<input>', 'birthDate')).toEqual({ value: '14.03.1956' });
    expect(value('<input type="datetime-local">', 'benefitStart')).toEqual({ value: '2024-01-15T00:00' });
  });
  test('the mask in the placeholder or data-mask decides order and separators', () => {
    expect(value('<input placeholder="гггг-мм-дд">', 'idIssueDate')).toEqual({ value: '2003-06-01' });
    expect(value('<input placeholder="__/__/____">', 'idIssueDate')).toEqual({ value: '01/06/2003' });
    expect(value('<input data-mask="99.99.9999">', 'idIssueDate')).toEqual({ value: '01.06.2003' });
    // The month first when the mask says so: 1 June is not written as 6 January.
    expect(value('<input placeholder="ММ/ДД/ГГГГ">', 'idIssueDate')).toEqual({ value: '06/01/2003' });
    expect(
      value(`<input data-inputmask="'alias': 'datetime', 'inputFormat': 'mm/dd/yyyy'">`, 'idIssueDate'),
    ).toEqual({
      value: '06/01/2003',
    });
  });
  test('Inputmask options in data-inputmask: the mask, the datetime inputFormat or an old date alias', () => {
    const mask = (opts: string) => `<input data-inputmask="${opts}">`;
    expect(value(mask("'alias': 'datetime', 'inputFormat': 'dd.mm.yyyy'"), 'idIssueDate')).toEqual({
      value: '01.06.2003',
    });
    expect(value(mask("'alias': 'datetime', 'inputFormat': 'yyyy-mm-dd'"), 'idIssueDate')).toEqual({
      value: '2003-06-01',
    });
    expect(value(mask("'alias': 'dd/mm/yyyy'"), 'idIssueDate')).toEqual({ value: '01/06/2003' });
    expect(value(mask("'mask': '999-999-999-99'"), 'snils')).toEqual({ value: '112-233-445-95' });
    expect(value(mask("'mask': '+7 (999) 999-99-99'"), 'phone')).toEqual({ value: '+7 (913) 123-45-67' });
    expect(value(mask("'alias': 'email'"), 'snils')).toEqual({ value: '112-233-445 95' });
  });
  test('a pattern attribute picks the format it accepts; maxlength 8 means digits only', () => {
    expect(value('<input pattern="\\d{4}-\\d{2}-\\d{2}">', 'benefitStart')).toEqual({ value: '2024-01-15' });
    expect(value('<input maxlength="8">', 'benefitStart')).toEqual({ value: '15012024' });
  });
});

describe('СНИЛС', () => {
  test('maxlength 11 → digits; a number input → digits; no hint → XXX-XXX-XXX YY', () => {
    expect(value('<input maxlength="11">', 'snils')).toEqual({ value: '11223344595' });
    expect(value('<input type="number">', 'snils')).toEqual({ value: '11223344595' });
    expect(value('<input>', 'snils')).toEqual({ value: '112-233-445 95' });
  });
  test('the placeholder mask decides the last separator', () => {
    expect(value('<input maxlength="14" placeholder="XXX-XXX-XXX-XX">', 'snils')).toEqual({
      value: '112-233-445-95',
    });
    expect(value('<input placeholder="___-___-___ __">', 'snils')).toEqual({ value: '112-233-445 95' });
    expect(value('<input placeholder="000 000 000 00">', 'snils')).toEqual({ value: '112 233 445 95' });
  });
  test('a pattern wins over the default', () => {
    expect(value('<input pattern="\\d{3}-\\d{3}-\\d{3}-\\d{2}">', 'snils')).toEqual({
      value: '112-233-445-95',
    });
  });
});

describe('passport, phone, composites', () => {
  test('series with a space only when maxlength 5 or the mask says so', () => {
    expect(value('<input maxlength="4">', 'idSeries')).toEqual({ value: '5004' });
    expect(value('<input maxlength="5">', 'idSeries')).toEqual({ value: '50 04' });
    expect(value('<input placeholder="__ __">', 'idSeries')).toEqual({ value: '50 04' });
    expect(value('<input>', 'idSeries')).toEqual({ value: '5004' });
  });
  test('phone follows the mask; +7 in the mask is a literal', () => {
    expect(value('<input placeholder="+7 (___) ___-__-__">', 'phone')).toEqual({
      value: '+7 (913) 123-45-67',
    });
    expect(value('<input maxlength="10">', 'phone')).toEqual({ value: '9131234567' });
    expect(value('<input>', 'phone')).toEqual({ value: '+79131234567' });
  });
  test('one ФИО field, «Серия и номер», and the basis document number with its series', () => {
    expect(value('<input>', 'fullName')).toEqual({ value: 'Петров Пётр Семёнович' });
    expect(value('<input>', 'fullName', { ...fields, middleName: '' })).toEqual({ value: 'Петров Пётр' });
    expect(value('<input>', 'idSeriesNumber')).toEqual({ value: '5004 123456' });
    expect(value('<input maxlength="10">', 'idSeriesNumber')).toEqual({ value: '5004123456' });
    expect(value('<input placeholder="__ __ ______">', 'idSeriesNumber')).toEqual({ value: '50 04 123456' });
    expect(value('<input>', 'basisSeriesNumber')).toEqual({ value: 'ВТ 654321' });
  });
});

describe('choices', () => {
  const categories =
    '<select><option value="">— выберите —</option><option value="2">ВЕТЕРАН ТРУДА НОВОСИБИРСКОЙ ОБЛАСТИ</option>' +
    '<option value="1">Ветераны труда</option></select>';
  test('a category option is found through the catalogue, never the regional one for the federal one', () => {
    expect(value(categories, 'category')).toEqual({ value: '1' });
  });
  test('no such category in the list → a Russian problem, nothing chosen', () => {
    const r = value('<select><option value="9">Труженики тыла</option></select>', 'category');
    expect(r).toEqual({ problem: expect.stringContaining('В списке нет категории') });
  });
  test('several options of the category: the general one is chosen; groups alone are never guessed', () => {
    const disabled = { ...fields, category: 'disabled' };
    const groups =
      '<option value="1">Инвалиды I группы</option><option value="2">Инвалиды II группы</option>';
    expect(value(`<select><option value="">—</option>${groups}</select>`, 'category', disabled)).toEqual({
      problem: expect.stringContaining('несколько вариантов категории'),
    });
    expect(
      value(`<select>${groups}<option value="0">Инвалиды</option></select>`, 'category', disabled),
    ).toEqual({
      value: '0',
    });
    // Positive control: one option of the category among others is chosen as before.
    const one =
      '<select><option value="1">Инвалиды</option><option value="7">Дети-инвалиды</option></select>';
    expect(value(one, 'category', disabled)).toEqual({ value: '1' });
  });
  test('a free-text category field gets the catalogue name; a datalist gets its option', () => {
    const free = value('<input>', 'category');
    expect('value' in free && free.value.toLowerCase()).toContain('ветеран');
    expect(
      value(
        '<input list="l"><datalist id="l"><option value="Труженик тыла"><option value="Ветеран труда"></datalist>',
        'category',
      ),
    ).toEqual({ value: 'Ветеран труда' });
  });
  test('other selects and radio groups by tolerant text (case, ё, punctuation)', () => {
    expect(
      value(
        '<select><option value="a">Справка МСЭ</option><option value="b">удостоверение ветерана труда.</option></select>',
        'basisDocName',
      ),
    ).toEqual({ value: 'b' });
    expect(
      value(
        '<select><option value="x">Справка МСЭ</option><option value="y">Удостоверение «Ветеран труда»</option></select>',
        'basisDocName',
      ),
    ).toEqual({ value: 'y' });
  });
});

describe('split dates', () => {
  function parts(html: string) {
    document.body.innerHTML = `<form>${html}</form>`;
    const { description, elements } = collectFieldsNow(document, window as unknown as Window);
    expect(description.controls[0].kind).toBe('split-date');
    return elements.get('f0')?.split as NonNullable<ReturnType<typeof elements.get>>['split'] & object;
  }
  const numbers = (from: number, to: number, text = (i: number) => String(i)) =>
    Array.from(
      { length: to - from + 1 },
      (_, i) => `<option value="${from + i}">${text(from + i)}</option>`,
    ).join('');
  const GEN = [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ];
  const NOM = MONTHS_RU;

  test('day / genitive month name / year selects', () => {
    const p = parts(
      `<div><select>${numbers(1, 31)}</select><select>${numbers(1, 12, (i) => GEN[i - 1])}</select><select>${numbers(1930, 2020)}</select></div>`,
    );
    expect(splitDateValues(p, '1956-03-14')).toEqual({ day: '14', month: '3', year: '1956' });
  });
  test('nominative month names and zero-padded numbers', () => {
    const p = parts(
      `<div><select>${numbers(1, 31, (i) => String(i).padStart(2, '0'))}</select><select>${numbers(1, 12, (i) => NOM[i - 1])}</select><select>${numbers(1990, 2030)}</select></div>`,
    );
    expect(splitDateValues(p, '2024-01-05')).toEqual({ day: '5', month: '1', year: '2024' });
  });
  test('three small inputs are padded; a year outside the list is a problem', () => {
    const p = parts(
      '<div><input name="d_day" maxlength="2"><input name="d_month" maxlength="2"><input name="d_year" maxlength="4"></div>',
    );
    expect(splitDateValues(p, '2003-06-01')).toEqual({ day: '01', month: '06', year: '2003' });
    const q = parts(
      `<div><select>${numbers(1, 31)}</select><select>${numbers(1, 12, (i) => GEN[i - 1])}</select><select>${numbers(2000, 2020)}</select></div>`,
    );
    expect(splitDateValues(q, '1956-03-14')).toEqual({ problem: 'В списке лет нет 1956 года' });
  });
});
