import { describe, expect, it } from 'vitest';
import { mergeCaptured } from '../../utils/capture';
import { type Checklist, emptyChecklist } from '../../utils/checklist/keys';

function checklistWith(fields: Partial<Checklist['fields']>, confirmed = true): Checklist {
  const c = emptyChecklist();
  Object.assign(c.fields, fields);
  c.eligibility = {
    registeredInKarta: confirmed,
    hasBenefitCategory: confirmed,
    categoryNotShown: confirmed,
  };
  return c;
}

const PETROV = { lastName: 'Петров', firstName: 'Пётр', middleName: 'Семёнович', snils: '112-233-445 95' };

describe('mergeCaptured', () => {
  it('fills only the empty fields and lists exactly those', () => {
    const current = checklistWith({ ...PETROV, phone: '+7 913 000-00-00' });
    const result = mergeCaptured(current, {
      ...PETROV,
      phone: '+7 999 111-11-11',
      birthDate: '1951-02-14',
      idSeries: '5004',
    });
    expect(result.replaced).toBe(false);
    expect(result.filledKeys.sort()).toEqual(['birthDate', 'idSeries']);
    expect(result.checklist.fields.phone).toBe('+7 913 000-00-00');
    expect(result.checklist.fields.birthDate).toBe('1951-02-14');
    expect(result.checklist.eligibility.registeredInKarta).toBe(true);
  });

  it('does not change the checklist it was given', () => {
    const current = checklistWith({ lastName: 'Петров' });
    const before = structuredClone(current);
    mergeCaptured(current, { firstName: 'Пётр', snils: '112-233-445 95' });
    expect(current).toEqual(before);
  });

  it('fills an empty checklist without calling it a replacement', () => {
    const result = mergeCaptured(emptyChecklist(), { ...PETROV, idNumber: '123456' });
    expect(result.replaced).toBe(false);
    expect(result.filledKeys).toHaveLength(5);
    expect(result.checklist.fields.idNumber).toBe('123456');
  });

  it('replaces everything, eligibility too, when the page shows another valid СНИЛС', () => {
    const current = checklistWith({ ...PETROV, idSeries: '5004', idNumber: '123456' });
    const result = mergeCaptured(current, {
      lastName: 'Кузнецова',
      firstName: 'Алёна',
      snils: '123-456-789 64',
    });
    expect(result.replaced).toBe(true);
    expect(result.checklist.fields.lastName).toBe('Кузнецова');
    expect(result.checklist.fields.idSeries).toBe('');
    expect(result.checklist.fields.middleName).toBe('');
    expect(result.checklist.eligibility).toEqual({
      registeredInKarta: false,
      hasBenefitCategory: false,
      categoryNotShown: false,
    });
    expect(result.filledKeys.sort()).toEqual(['firstName', 'lastName', 'snils']);
  });

  it('keeps the same person when the СНИЛС matches, whatever its spelling', () => {
    const current = checklistWith(PETROV);
    const result = mergeCaptured(current, { snils: '11223344595', lastName: 'ПЕТРОВ', idSeries: '5004' });
    expect(result.replaced).toBe(false);
    expect(result.filledKeys).toEqual(['idSeries']);
  });

  it('an invalid captured СНИЛС does not count as another person; the names decide', () => {
    const current = checklistWith(PETROV);
    const result = mergeCaptured(current, { snils: '112-233-445 94', lastName: 'Петров', firstName: 'Пётр' });
    expect(result.replaced).toBe(false);
    expect(result.checklist.fields.snils).toBe('112-233-445 95');
  });

  it('replaces when both have a name and the names differ (no СНИЛС to compare)', () => {
    const current = checklistWith({ lastName: 'Петров', firstName: 'Пётр' });
    const result = mergeCaptured(current, {
      lastName: 'Сидоренко',
      firstName: 'Галина',
      birthDate: '1949-11-30',
    });
    expect(result.replaced).toBe(true);
    expect(result.checklist.fields).toMatchObject({ lastName: 'Сидоренко', firstName: 'Галина' });
  });

  it('ё/е, case, spacing and a missing отчество do not make another person', () => {
    const current = checklistWith({ lastName: 'Петров', firstName: 'Пётр', middleName: 'Семёнович' });
    expect(mergeCaptured(current, { lastName: 'ПЕТРОВ', firstName: 'Петр' }).replaced).toBe(false);
    expect(
      mergeCaptured(current, { lastName: 'Петров', firstName: 'Пётр', middleName: 'Семенович' }).replaced,
    ).toBe(false);
    expect(
      mergeCaptured(current, { lastName: 'Петров', firstName: 'Пётр', middleName: 'Ильич' }).replaced,
    ).toBe(true);
  });

  it('a capture with no name and no СНИЛС only fills', () => {
    const current = checklistWith(PETROV);
    const result = mergeCaptured(current, { category: 'X', idIssuer: 'ОВД' });
    expect(result.replaced).toBe(false);
    expect(result.filledKeys.sort()).toEqual(['category', 'idIssuer']);
  });
});
