import { parseEntries, toJournalEntry, toOffice } from '@/utils/journal/entry';

const good = { at: '2026-03-01T10:00:00.000Z', outcome: 'accepted', steps: ['offer'], siteKind: 'issuance' };

describe('the journal line parser (one for the popup, the report, the writer and the migration)', () => {
  test('keeps lines with a real time and a known outcome, drops the rest and counts them', () => {
    const { entries, dropped, notList } = parseEntries([
      good,
      null,
      'x',
      { ...good, at: 'not a date' },
      { ...good, outcome: 'won' },
      { at: good.at, outcome: 'mais' }, // steps and site kind missing: still a visit with an outcome
      { ...good, outcome: 'leaflet', steps: ['a', 5], siteKind: 'shop' },
    ]);
    expect(entries).toEqual([
      good,
      { at: good.at, outcome: 'mais', steps: [] },
      { at: good.at, outcome: 'leaflet', steps: ['a'] },
    ]);
    expect(dropped).toBe(4);
    expect(notList).toBe(false);
  });

  test('nothing stored is an empty journal; a value that is not a list is flagged as one dropped value', () => {
    expect(parseEntries(undefined)).toEqual({ entries: [], dropped: 0, notList: false });
    expect(parseEntries(null)).toEqual({ entries: [], dropped: 0, notList: false });
    expect(parseEntries({ at: 'x' })).toEqual({ entries: [], dropped: 1, notList: true });
    expect(parseEntries('[]').notList).toBe(true);
  });

  test('unknown properties are stripped (no room for personal data)', () => {
    const raw = { ...good, snils: '112-233-445 95', office: { code: '5401', name: 'ОСОН', head: 'Иванова' } };
    expect(toJournalEntry(raw)).toEqual({ ...good, office: { code: '5401', name: 'ОСОН' } });
  });

  test('an office needs a code; invisible characters and extra spaces are removed, long values cut', () => {
    expect(toOffice({ code: ' 54\u200b01 ', name: 'ОСОН\u202e  Ленинского\n района' })).toEqual({
      code: '5401',
      name: 'ОСОН Ленинского района',
    });
    expect(toOffice({ code: '', name: 'ОСОН' })).toBeUndefined();
    expect(toOffice({ name: 'ОСОН' })).toBeUndefined();
    expect(toOffice('5401')).toBeUndefined();
    expect(toOffice({ code: '1', name: 7 })).toEqual({ code: '1', name: '' });
    expect(toOffice({ code: 'x'.repeat(100), name: 'я'.repeat(500) })).toEqual({
      code: 'x'.repeat(32),
      name: 'я'.repeat(200),
    });
  });
});
