import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../utils/checklist/keys';
import { FIELD_KEYS } from '../../utils/checklist/keys';
import { normalizeField } from '../../utils/checklist/normalize';

describe('normalizeField', () => {
  it.each([
    ['lastName', '  Петров ', 'Петров'],
    ['lastName', 'ПЕТРОВ', 'Петров'],
    ['firstName', 'Пётр', 'Пётр'],
    ['middleName', ' Семёнович  ', 'Семёнович'],
    ['lastName', 'Соколова -  Белая', 'Соколова-Белая'],
    ['birthDate', '01.01.1950', '1950-01-01'],
    ['birthDate', '1 января 1950 г.', '1950-01-01'],
    ['birthDate', '1950-01-01T00:00:00Z', '1950-01-01'],
    ['idIssueDate', '1.6.2002', '2002-06-01'],
    ['benefitEnd', 'бессрочно', 'бессрочно'],
    ['birthDate', '31.02.1950', '31.02.1950'],
    ['snils', '11223344595', '112-233-445 95'],
    ['snils', '112-233-445-95', '112-233-445 95'],
    ['snils', '112-233-445 94', '112-233-445 94'],
    ['snils', '  112  233 445 95 ', '112-233-445 95'],
    ['phone', ' +7  (913) 555-12-34 ', '+7 (913) 555-12-34'],
    ['idSeries', '50 04', '5004'],
    ['idSeries', 'серия 5004', '5004'],
    ['idSeries', 'IV-ЕТ', 'IV-ЕТ'],
    ['idNumber', '123456', '123456'],
    ['idNumber', '12345', '012345'],
    ['idNumber', '99', '000099'],
    ['idNumber', '№ 321', '000321'],
    ['idNumber', '12-345', '12-345'],
    ['idNumber', '1234567', '1234567'],
    ['basisDocNumber', '0098765', '0098765'],
    ['basisDocNumber', '№ 4-1187', '4-1187'],
    ['basisDocNumber', '345', '345'],
    ['basisDocSeries', 'серия Т-II', 'Т-II'],
    ['idIssuer', '  Отделом   УФМС  России ', 'Отделом УФМС России'],
    ['category', 'Ветераны труда', 'labour-veteran'],
    ['category', 'ветеран труда новосибирской обл.', 'labour-veteran-nso'],
    ['category', 'labour-veteran', 'labour-veteran'],
    ['category', 'Почётный донор', 'Почётный донор'],
    ['basisDocName', 'Удостоверение  ветерана\u00a0труда', 'Удостоверение ветерана труда'],
  ] as [FieldKey, string, string][])('%s: «%s» → «%s»', (key, raw, expected) => {
    expect(normalizeField(key, raw)).toBe(expected);
  });

  it.each(FIELD_KEYS.map((k) => [k]))('%s: empty or blank stays empty', (key) => {
    expect(normalizeField(key, '')).toBe('');
    expect(normalizeField(key, '   ')).toBe('');
  });

  it.each(FIELD_KEYS.map((k) => [k]))('%s: never loses what was typed', (key) => {
    const odd = '  ?? что-то непонятное 12 ';
    expect(normalizeField(key, odd)).toBe('?? что-то непонятное 12');
  });
});
