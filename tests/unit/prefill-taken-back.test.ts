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

  test('a box that takes a written value back in a timer but keeps typing is written again, key by key, and kept', async () => {
    document.body.innerHTML =
      '<form><label for="otch">Отчество</label><input id="otch">' +
      '<label for="fam">Фамилия</label><input id="fam"></form>';
    // Its model takes typed text only; a moment after text that came with no key pressed, it shows its model again.
    const box = input('otch');
    let model = '';
    let keyed = false;
    box.addEventListener('keydown', () => {
      keyed = true;
    });
    box.addEventListener('input', () => {
      if (keyed) model = box.value;
      else
        setTimeout(() => {
          box.value = model;
        }, 0);
      keyed = false;
    });
    const { report, undo } = await fillOn(document, citizen());
    expect(report.middleName.status).toBe('filled');
    expect(box.value).toBe('Семёнович');
    expect(report.lastName.status).toBe('filled');
    expect(input('fam').value).toBe('Петров');
    // One undo entry for the box, holding what it showed before the first write.
    expect(undo.entries.filter((e) => e.element === box)).toEqual([
      expect.objectContaining({ kind: 'value', previous: '' }),
    ]);
  });
});
