import { describe, expect, test } from 'vitest';
import { classifyField } from '../../utils/fields/meanings';

// Labels the prefill fixtures use, through D's one dictionary (utils/fields/meanings): what prefill relies on.

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
