import { describe, expect, it } from 'vitest';
import {
  formatDateRu,
  monthFromName,
  parseDate,
  RU_MONTHS_GENITIVE,
  RU_MONTHS_NOMINATIVE,
  todayIso,
} from '../../utils/checklist/dates';

describe('parseDate', () => {
  it.each([
    ['01.01.1950', '1950-01-01'],
    ['1.2.1950', '1950-02-01'],
    ['03.09.1958 г.', '1958-09-03'],
    ['03.09.1958 года', '1958-09-03'],
    ['03/09/1958', '1958-09-03'],
    ['03-09-1958', '1958-09-03'],
    ['1950-01-01', '1950-01-01'],
    ['1950-01-01T00:00:00', '1950-01-01'],
    ['1950-01-01T00:00:00.000Z', '1950-01-01'],
    ['1950-01-01T10:00:00+07:00', '1950-01-01'],
    ['01 января 1950 г.', '1950-01-01'],
    ['1 января 1950', '1950-01-01'],
    ['14 Февраля 1951 года', '1951-02-14'],
    ['9 мая 1945', '1945-05-09'],
    ['31 декабря 2024г.', '2024-12-31'],
    ['29.02.2024', '2024-02-29'],
    ['  15.04.2015  ', '2015-04-15'],
    ['с 10.10.2019', '2019-10-10'],
    ['3 сент. 1958', '1958-09-03'],
  ])('%s → %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([
    '31.02.2020',
    '29.02.2023',
    '32.01.2020',
    '00.01.2020',
    '01.13.2020',
    '2020-02-30',
    '01.01.50',
    '1 мартобря 1950',
    'бессрочно',
    'не указано',
    '',
    '12345678',
    '01.01.0001',
  ])('rejects %s', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('formatDateRu', () => {
  it.each([
    ['1950-01-01', '01.01.1950'],
    ['2024-12-31', '31.12.2024'],
    ['не дата', 'не дата'],
    ['', ''],
  ])('%s → %s', (iso, ru) => {
    expect(formatDateRu(iso)).toBe(ru);
  });

  it('round-trips with parseDate', () => {
    expect(parseDate(formatDateRu('1949-11-30'))).toBe('1949-11-30');
  });
});

describe('months', () => {
  it('has twelve genitive and nominative names', () => {
    expect(RU_MONTHS_GENITIVE).toHaveLength(12);
    expect(RU_MONTHS_NOMINATIVE).toHaveLength(12);
    expect(RU_MONTHS_GENITIVE[4]).toBe('мая');
    expect(RU_MONTHS_NOMINATIVE[8]).toBe('сентябрь');
  });

  it('reads every month name in both forms', () => {
    RU_MONTHS_GENITIVE.forEach((name, i) => {
      expect(monthFromName(name)).toBe(i + 1);
      expect(monthFromName(name.toUpperCase())).toBe(i + 1);
    });
    RU_MONTHS_NOMINATIVE.forEach((name, i) => {
      expect(monthFromName(name)).toBe(i + 1);
      expect(monthFromName(name[0].toUpperCase() + name.slice(1))).toBe(i + 1);
    });
  });

  it.each([
    ['янв', 1],
    ['янв.', 1],
    ['Фев', 2],
    ['мар', 3],
    ['май', 5],
    ['мае', 5],
    ['июн', 6],
    ['июл', 7],
    ['сент', 9],
    ['сен.', 9],
    ['дек', 12],
    ['01 - январь', 1],
    ['  Октябрь ', 10],
    ['в марте', null],
    ['марте', 3],
  ] as const)('%s → %s', (text, month) => {
    expect(monthFromName(text)).toBe(month);
  });

  it.each(['', '1', '01', 'ма', 'месяц', 'январь февраль', 'июнь-июль', 'mar'])(
    '%s is not a month name',
    (text) => {
      expect(monthFromName(text)).toBeNull();
    },
  );
});

describe('todayIso', () => {
  it('uses the local calendar date', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
