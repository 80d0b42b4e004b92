import { describe, expect, test } from 'vitest';
import { citizen, fillOn } from './prefill-helpers';

// Boxes a person cannot use, or that do not keep what was written: a box laid out at full size but clipped away to
// nothing (Chosen's closed list keeps its search box so), and a box the page clears a moment after it lost focus.
// Each page has a plain box filled in the same run as its positive control.

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('boxes that do not keep a value', () => {
  test('a box inside a clipped-away list is not written, and the clerk is told it is hidden', async () => {
    document.body.innerHTML =
      '<form><label for="fam">Фамилия</label><input id="fam">' +
      '<div style="position:absolute;clip:rect(0,0,0,0);clip-path:inset(100% 100%)">' +
      '<label for="otch">Отчество</label><input id="otch"></div>' +
      '<div style="clip-path:inset(50% 0 0 0)"><label for="name">Имя</label><input id="name"></div></form>';
    const { report } = await fillOn(document, citizen());
    expect(report.middleName).toMatchObject({ status: 'not-found', reason: expect.stringMatching(/скрыто/) });
    expect(input('otch').value).toBe('');
    // Half cut away is still seen.
    expect(report.firstName.status).toBe('filled');
    expect(input('name').value).toBe('Пётр');
    expect(report.lastName.status).toBe('filled');
    expect(input('fam').value).toBe('Петров');
  });

  test('a box the page clears a moment after leaving it is reported as taken back, not filled', async () => {
    document.body.innerHTML =
      '<form><label for="otch">Отчество</label><input id="otch">' +
      '<label for="fam">Фамилия</label><input id="fam"><label for="name">Имя</label><input id="name"></form>';
    input('otch').addEventListener('blur', () =>
      setTimeout(() => {
        input('otch').value = '';
      }, 0),
    );
    const { report } = await fillOn(document, citizen());
    // Whether the page's timer runs before the field is read back or after decides which of the two it is told.
    expect(report.middleName).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/стёрла|не приняло/),
    });
    expect(input('otch').value).toBe('');
    expect(report.lastName.status).toBe('filled');
    expect(input('fam').value).toBe('Петров');
  });
});
