import { describe, expect, it } from 'vitest';
import { parseDocumentLine, parseSeriesNumber } from '../../utils/checklist/passport';

describe('parseSeriesNumber', () => {
  it.each([
    ['50 04 123456', '5004', '123456'],
    ['5004 123456', '5004', '123456'],
    ['5004123456', '5004', '123456'],
    ['5004 № 123456', '5004', '123456'],
    ['50 04 № 123456', '5004', '123456'],
    ['серия 5004 номер 123456', '5004', '123456'],
    ['Серия 50 04 № 123456', '5004', '123456'],
    ['серия: 5004, номер: 123456', '5004', '123456'],
    ['5004 N 123456', '5004', '123456'],
    ['5004 No. 123456', '5004', '123456'],
    ['Т-II № 123456', 'Т-II', '123456'],
    ['БК 004411', 'БК', '004411'],
    ['МСЭ-2019 № 0456789', 'МСЭ-2019', '0456789'],
    ['54 АА 1234567', '54 АА', '1234567'],
    ['№ 4-1187', '', '4-1187'],
  ])('%s → %s / %s', (text, series, number) => {
    expect(parseSeriesNumber(text)).toEqual({ series, number });
  });

  it.each(['', 'паспорт', '123', 'серия номер', 'не указано'])('%s → null', (text) => {
    expect(parseSeriesNumber(text)).toBeNull();
  });
});

describe('parseDocumentLine', () => {
  it('reads the printed-card line of shared/domain.md', () => {
    expect(
      parseDocumentLine(
        'серия 5002 № 777888, выдан 01.06.2002, Отделом УФМС России по Новосибирской области, код подразделения 540-001',
      ),
    ).toEqual({
      series: '5002',
      number: '777888',
      issueDate: '2002-06-01',
      issuer: 'Отделом УФМС России по Новосибирской области',
      divisionCode: '540-001',
    });
  });

  it.each([
    [
      'Паспорт РФ 50 03 № 224466, выдан 14.08.2003, ОВД Октябрьского района г. Новосибирска',
      {
        series: '5003',
        number: '224466',
        issueDate: '2003-08-14',
        issuer: 'ОВД Октябрьского района г. Новосибирска',
      },
    ],
    [
      '5002 777888 выдан ОВД Центрального района г. Новосибирска 01.06.2002 г.',
      {
        series: '5002',
        number: '777888',
        issueDate: '2002-06-01',
        issuer: 'ОВД Центрального района г. Новосибирска',
      },
    ],
    [
      'серия 5002 номер 777888, дата выдачи 1 июня 2002 г., кем выдан: УФМС России по Новосибирской области, к/п 540-001',
      {
        series: '5002',
        number: '777888',
        issueDate: '2002-06-01',
        issuer: 'УФМС России по Новосибирской области',
        divisionCode: '540-001',
      },
    ],
    ['5002 777888', { series: '5002', number: '777888' }],
    ['выдан 01.06.2002', { issueDate: '2002-06-01' }],
  ])('%s', (text, expected) => {
    expect(parseDocumentLine(text)).toEqual(expected);
  });

  it('returns nothing for text without a document', () => {
    expect(parseDocumentLine('нет данных')).toEqual({});
  });
});
