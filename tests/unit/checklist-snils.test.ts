import { describe, expect, it } from 'vitest';
import { checkSnils, formatSnils, snilsCheckNumber } from '../../utils/checklist/snils';

// Test vectors from shared/domain.md (all of them), plus the input shapes forms produce.

describe('checkSnils', () => {
  it.each([
    '112-233-445 95',
    '123-456-789 64',
    '987-654-321 83',
    '999-999-999 01',
    '920-000-003 00',
    '920-000-004 00',
    '990-800-000 00',
    '001-001-999 65',
    '001-001-998 37',
  ])('accepts the valid vector %s', (snils) => {
    expect(checkSnils(snils)).toEqual({ ok: true, value: snils });
  });

  it.each(['112-233-445 94', '112-233-445 54', '123-456-789 46', '001-001-999 00', '990-800-000 01'])(
    'rejects the invalid vector %s with the checksum message',
    (snils) => {
      expect(checkSnils(snils)).toEqual({ ok: false, error: 'СНИЛС: неверное контрольное число' });
    },
  );

  it.each([
    ['11223344595', '112-233-445 95'],
    ['112-233-445-95', '112-233-445 95'],
    ['112 233 445 95', '112-233-445 95'],
    ['  112-233-445 95  ', '112-233-445 95'],
    ['112-233-44595', '112-233-445 95'],
    ['001-001-998 99', '001-001-998 99'], // unchecked range: any check number
    ['000-000-001 00', '000-000-001 00'],
  ])('normalises %s → %s', (input, value) => {
    expect(checkSnils(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['000-000-000 00', 'нул'],
    ['112-233-445 9', '11 цифр'],
    ['112-233-445 955', '11 цифр'],
    ['112.233.445 95', 'только цифры'],
    ['112-233-445 9O', 'только цифры'],
    ['СНИЛС 112-233-445 95', 'только цифры'],
    ['', 'не заполнен'],
  ])('rejects %s (message mentions «%s»)', (input, part) => {
    const result = checkSnils(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(part);
      expect(result.error.startsWith('СНИЛС')).toBe(true);
    }
  });

  it('computes the check number with weights 9…1 and (S % 101) % 100', () => {
    expect(snilsCheckNumber('112233445')).toBe(95);
    expect(snilsCheckNumber('920000003')).toBe(0); // S = 100
    expect(snilsCheckNumber('920000004')).toBe(0); // S = 101 → 00
    expect(snilsCheckNumber('999999999')).toBe(1); // S = 405 → 405 % 101 = 1
  });
});

describe('formatSnils', () => {
  it.each([
    ['112-233-445 95', 'spaced', '112-233-445 95'],
    ['112-233-445 95', 'hyphens', '112-233-445-95'],
    ['112-233-445 95', 'digits', '11223344595'],
    ['11223344595', 'spaced', '112-233-445 95'],
    ['112 233 445-95', 'hyphens', '112-233-445-95'],
  ] as const)('%s as %s → %s', (value, style, expected) => {
    expect(formatSnils(value, style)).toBe(expected);
  });

  it('leaves a value that is not 11 digits unchanged', () => {
    expect(formatSnils('12345', 'digits')).toBe('12345');
  });
});
