import { describe, expect, it } from 'vitest';
import {
  type Checklist,
  emptyChecklist,
  FIELD_KEYS,
  type FieldKey,
  OPTIONAL_FIELDS,
} from '../../utils/checklist/keys';
import { missingEligibility, validateChecklist, validateField } from '../../utils/checklist/validate';

const NOW = new Date(2025, 5, 15, 12, 0);

function withFields(fields: Partial<Checklist['fields']>): Checklist['fields'] {
  return { ...emptyChecklist().fields, ...fields };
}

function validChecklist(): Checklist {
  return {
    eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
    fields: withFields({
      lastName: 'Петров',
      firstName: 'Пётр',
      middleName: 'Семёнович',
      birthDate: '1950-01-01',
      snils: '112-233-445 95',
      phone: '+7 (913) 555-12-34',
      idSeries: '5004',
      idNumber: '123456',
      idIssueDate: '2004-02-01',
      idIssuer: 'ОВД Центрального района г. Новосибирска',
      category: 'labour-veteran',
      benefitStart: '2010-01-01',
      benefitEnd: '',
      basisDocName: 'Удостоверение ветерана труда',
      basisDocSeries: 'Т-II',
      basisDocNumber: '0098765',
      basisDocIssueDate: '2009-12-01',
      basisDocIssuer: 'Министерство социального развития Новосибирской области',
    }),
  };
}

describe('validateField', () => {
  const base = withFields({ birthDate: '1950-01-01', benefitStart: '2010-01-01' });
  it.each([
    ['snils', '112-233-445 94', 'СНИЛС: неверное контрольное число'],
    ['snils', '112-233-445', 'СНИЛС: нужно 11 цифр, введено 9'],
    ['idSeries', '504', 'Серия паспорта — 4 цифры'],
    ['idSeries', 'IV-ЕТ', 'Серия паспорта — 4 цифры'],
    ['idNumber', '12345', 'Номер паспорта — 6 цифр'],
    ['idNumber', '12345a', 'Номер паспорта — 6 цифр'],
    ['idIssueDate', '1949-12-31', 'Дата выдачи не может быть раньше даты рождения'],
    ['basisDocIssueDate', '1949-12-31', 'Дата выдачи не может быть раньше даты рождения'],
    ['idIssueDate', '2025-06-16', 'Дата выдачи не может быть в будущем'],
    ['idIssueDate', '31.02.2020', 'Дата выдачи паспорта: неверная дата, нужен формат ДД.ММ.ГГГГ'],
    ['birthDate', '2030-01-01', 'Дата рождения не может быть в будущем'],
    ['birthDate', '1850-01-01', 'Дата рождения: проверьте год'],
    ['benefitStart', '1949-01-01', 'Дата начала не может быть раньше даты рождения'],
    ['benefitEnd', '2009-12-31', 'Дата окончания не может быть раньше даты начала'],
    ['benefitEnd', 'бессрочно', 'Дата окончания льготы: неверная дата, нужен формат ДД.ММ.ГГГГ'],
    ['lastName', 'Петров1', 'Фамилия: только буквы, дефис и пробел'],
    ['firstName', 'П.', 'Имя: только буквы, дефис и пробел'],
    ['middleName', 'С.', 'Отчество: только буквы, дефис и пробел'],
    ['phone', 'звонить вечером', 'Телефон: только цифры, пробелы, скобки, «+» и «-»'],
    ['phone', '12-34', 'Телефон: проверьте количество цифр'],
    ['category', 'Почётный донор', 'Льготная категория: выберите из справочника'],
    ['idIssuer', 'х'.repeat(201), 'Кем выдан паспорт: не длиннее 200 символов'],
    ['basisDocName', 'х'.repeat(101), 'Наименование документа-основания: не длиннее 100 символов'],
    ['basisDocIssuer', 'х'.repeat(101), 'Кем выдан документ-основание: не длиннее 100 символов'],
    ['basisDocSeries', 'х'.repeat(51), 'Серия документа-основания: не длиннее 50 символов'],
    ['basisDocNumber', '1'.repeat(51), 'Номер документа-основания: не длиннее 50 символов'],
    ['idIssuer', '12345', 'Кем выдан паспорт: нужны слова, а не только цифры'],
  ] as [FieldKey, string, string][])('%s «%s» → «%s»', (key, value, message) => {
    expect(validateField(key, value, base, NOW)).toBe(message);
  });

  it.each([
    ['snils', '112-233-445 95'],
    ['snils', '11223344595'],
    ['idSeries', '5004'],
    ['idSeries', '50 04'],
    ['idNumber', '000099'],
    ['idIssueDate', '2025-06-15'],
    ['idIssueDate', '15.06.2025'],
    ['idIssueDate', '1950-01-01'],
    ['birthDate', '1950-01-01'],
    ['benefitEnd', '2010-01-01'],
    ['lastName', 'Соколова-Белая'],
    ['middleName', 'Гасан оглы'],
    ['phone', '+7 (913) 555-12-34'],
    ['phone', '8-913-700-11-22'],
    ['phone', '222-33-44'],
    ['category', 'labour-veteran-nso'],
    ['basisDocNumber', '4-1187'],
    ['basisDocSeries', 'МСЭ-2019'],
    ['lastName', ''],
  ] as [FieldKey, string][])('%s «%s» is fine', (key, value) => {
    expect(validateField(key, value, base, NOW)).toBeNull();
  });

  it('checks issue dates against the birth date only when the birth date is readable', () => {
    const noBirth = withFields({ birthDate: 'не указано' });
    expect(validateField('idIssueDate', '1900-01-01', noBirth, NOW)).toBeNull();
  });
});

describe('validateChecklist', () => {
  it('passes a complete valid checklist', () => {
    expect(validateChecklist(validChecklist(), NOW)).toEqual({});
  });

  it('asks for every required field of an empty checklist, and only those', () => {
    const errors = validateChecklist(emptyChecklist(), NOW);
    const required = FIELD_KEYS.filter((k) => !OPTIONAL_FIELDS.includes(k));
    expect(Object.keys(errors).sort()).toEqual([...required].sort());
    for (const key of required) expect(errors[key]).toBe('Заполните поле');
    for (const key of ['middleName', 'phone', 'benefitEnd', 'basisDocSeries'] as FieldKey[]) {
      expect(errors[key]).toBeUndefined();
    }
  });

  it('reports wrong values next to their keys and treats whitespace as empty', () => {
    const c = validChecklist();
    c.fields.snils = '112-233-445 94';
    c.fields.idIssueDate = '1949-01-01';
    c.fields.firstName = '   ';
    expect(validateChecklist(c, NOW)).toEqual({
      snils: 'СНИЛС: неверное контрольное число',
      idIssueDate: 'Дата выдачи не может быть раньше даты рождения',
      firstName: 'Заполните поле',
    });
  });
});

describe('missingEligibility', () => {
  it('is empty when all three conditions hold', () => {
    expect(
      missingEligibility({ registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true }),
    ).toEqual([]);
  });

  it('gives the memo advice for each missing condition, in the memo order', () => {
    const missing = missingEligibility({
      registeredInKarta: false,
      hasBenefitCategory: false,
      categoryNotShown: false,
    });
    expect(missing.map((m) => m.key)).toEqual([
      'registeredInKarta',
      'hasBenefitCategory',
      'categoryNotShown',
    ]);
    expect(missing[0].advice).toMatch(/шаги 1–3/);
    expect(missing[0].advice).toMatch(/Карт\S* жителя/);
    expect(missing[0].advice).toMatch(/110/);
    expect(missing[1].advice).toMatch(/нет льготной категории/);
    expect(missing[1].advice).toMatch(/МАИС НСО не нужно/);
    expect(missing[2].advice).toMatch(/уже отображается/);
    expect(missing[2].advice).toMatch(/нечего/);
  });

  it('names only the condition that is missing', () => {
    const missing = missingEligibility({
      registeredInKarta: true,
      hasBenefitCategory: true,
      categoryNotShown: false,
    });
    expect(missing.map((m) => m.key)).toEqual(['categoryNotShown']);
  });
});
