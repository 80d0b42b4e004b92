import { describe, expect, it, test } from 'vitest';
import type { FieldKey } from '../../utils/checklist/keys';
import { emptyChecklist, FIELD_KEYS, FIELD_MAX_LENGTH } from '../../utils/checklist/keys';
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

describe('invisible characters and field limits', () => {
  const HIDDEN =
    '\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u00ad';

  test('zero-width, bidi and other invisible characters are removed from typed and captured values', () => {
    expect(normalizeField('lastName', `Ива${HIDDEN}нов`)).toBe('Иванов');
    expect(normalizeField('snils', `112\u200b-233-445\u202e 95`)).toBe('112-233-445 95');
    expect(normalizeField('idIssuer', `Отделом\u00a0УФМС\u2069 России`)).toBe('Отделом УФМС России');
    // Positive control: visible text and ordinary spaces stay as they are.
    expect(normalizeField('idIssuer', 'ОУФМС России по НСО в Ленинском р-не')).toBe(
      'ОУФМС России по НСО в Ленинском р-не',
    );
  });

  test('a value longer than its field is cut the same way in storage (background) and on screen (panel)', async () => {
    const { parseChecklist } = await import('@/utils/checklist/schema');
    const { applyPatch } = await import('@/components/panel/checklist/store');
    const long = `Отдел${'ом'.repeat(200)}`;
    const stored = parseChecklist({ eligibility: {}, fields: { idIssuer: long, lastName: `Ким${HIDDEN}` } });
    const shown = applyPatch(emptyChecklist(), { fields: { idIssuer: long, lastName: `Ким${HIDDEN}` } });
    expect(stored.fields.idIssuer).toHaveLength(FIELD_MAX_LENGTH.idIssuer);
    expect(shown.fields.idIssuer).toBe(stored.fields.idIssuer);
    expect(stored.fields.lastName).toBe('Ким');
    expect(shown.fields.lastName).toBe('Ким');
  });
});
