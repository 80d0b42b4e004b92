import { describe, expect, test } from 'vitest';
import { classifyField } from '../../utils/fields/meanings';

// Labels the prefill fixtures use, through the one dictionary (utils/fields/meanings): what prefill relies on.

const meaning = (label: string, section = '') => classifyField({ label, section })?.meaning ?? null;

describe('labels of МАИС-like forms', () => {
  test('a name label qualified by whose name it is («Фамилия заявителя») still means the name', () => {
    expect(meaning('Фамилия заявителя')).toBe('lastName');
    expect(meaning('Имя заявителя')).toBe('firstName');
    expect(meaning('Фамилия получателя:')).toBe('lastName');
    expect(meaning('Имя пользователя')).toBeNull();
  });

  test('document fields follow their section heading', () => {
    expect(meaning('Серия', 'Документ, удостоверяющий личность')).toBe('idSeries');
    expect(meaning('Серия', 'Документ, подтверждающий право на льготу')).toBe('basisDocSeries');
    expect(meaning('Серия и номер', 'Документ-основание')).toBe('basisSeriesNumber');
    expect(meaning('Ф.И.О. полностью')).toBe('fullName');
  });

  test('search boxes mean nothing', () => {
    expect(meaning('Поиск гражданина')).toBeNull();
    expect(classifyField({ label: '', placeholder: 'Поиск по реестру' })).toBeNull();
  });
});

describe('wordings of other МАИС builds', () => {
  test('«Льгота с» / «Льгота по» (and «Категория … с/по») are the benefit period, not a document date', () => {
    expect(meaning('Льгота с')).toBe('benefitStart');
    expect(meaning('Льгота по')).toBe('benefitEnd');
    expect(meaning('Льгота назначена до')).toBe('benefitEnd');
    expect(meaning('Право на меру социальной поддержки с')).toBe('benefitStart');
    expect(meaning('Льгота с', 'Документ-основание')).toBe('benefitStart');
  });

  test('the document named first, the field after a colon («Паспорт: серия», «Документ-основание: номер»)', () => {
    expect(meaning('Паспорт: серия')).toBe('idSeries');
    expect(meaning('Паспорт: номер')).toBe('idNumber');
    expect(meaning('Паспорт: серия и номер')).toBe('idSeriesNumber');
    expect(meaning('Документ-основание: номер')).toBe('basisDocNumber');
    expect(meaning('Документ-основание: дата выдачи')).toBe('basisDocIssueDate');
    expect(meaning('Документ-основание: наименование')).toBe('basisDocName');
    expect(meaning('Удостоверение: кем выдано', 'Льгота')).toBe('basisDocIssuer');
    // Only a document's name in front: «Дата выдачи паспорта» and «Серия и номер» stay as they were.
    expect(meaning('Дата выдачи паспорта')).toBe('idIssueDate');
    expect(meaning('Номер и серия', 'Документ-основание')).toBe('basisSeriesNumber');
    expect(meaning('Телефон: номер')).toBe('phone');
  });

  test("«Вид удостоверения» names the basis document by itself; «<документ> от» is that document's date", () => {
    expect(meaning('Вид удостоверения')).toBe('basisDocName');
    expect(meaning('Наименование справки')).toBe('basisDocName');
    expect(meaning('Удостоверение от')).toBe('basisDocIssueDate');
    expect(meaning('Паспорт от')).toBe('idIssueDate');
    expect(meaning('от', 'Документ-основание')).toBe('basisDocIssueDate');
    expect(meaning('Заявление от')).toBeNull();
    expect(meaning('Оборот')).toBeNull();
  });

  test('a person named first («Гражданин: фамилия», «Заявитель — имя») and a parenthesised field list', () => {
    expect(meaning('Гражданин: фамилия')).toBe('lastName');
    expect(meaning('Заявитель: Имя')).toBe('firstName');
    expect(meaning('Получатель — отчество')).toBe('middleName');
    expect(meaning('Получатель: дата рождения')).toBe('birthDate');
    expect(meaning('Получатель')).toBeNull();
    expect(meaning('Паспорт (серия, номер)')).toBe('idSeriesNumber');
    expect(meaning('Номер (без серии)', 'Паспорт')).toBe('idNumber');
  });

  test('issuer, date and period wordings', () => {
    expect(meaning('Подразделение, выдавшее документ')).toBe('idIssuer');
    expect(meaning('Орган выдачи', 'Паспорт')).toBe('idIssuer');
    expect(meaning('Место выдачи', 'Удостоверение')).toBe('basisDocIssuer');
    expect(meaning('Дата', 'Документ-основание')).toBe('basisDocIssueDate');
    expect(meaning('Дата', 'Паспорт')).toBe('idIssueDate');
    expect(meaning('Дата')).toBeNull();
    expect(meaning('Срок действия льготы с')).toBe('benefitStart');
    expect(meaning('Срок действия льготы по')).toBe('benefitEnd');
    expect(meaning('Срок действия удостоверения с')).toBeNull();
    expect(meaning('Вид льготной категории')).toBe('category');
  });
});
