import { describe, expect, test } from 'vitest';
import { fieldHint } from '@/components/panel/checklist/fields';
import { parseDate } from '@/utils/checklist/dates';
import { DATE_FIELDS, FIELD_KEYS } from '@/utils/checklist/keys';
import { checkSnils } from '@/utils/checklist/snils';
import { OUTCOME_LABELS } from '@/utils/journal/outcomes';

// What the clerk reads next to a field: an example to follow, never a mask of letters.

describe('checklist hints', () => {
  test('no hint is a mask (XXX, YY, ДД.ММ.ГГГГ); hints with a format give an example', () => {
    for (const key of FIELD_KEYS) {
      const hint = fieldHint(key) ?? '';
      expect(hint, key).not.toMatch(/X{2,}|Y{2}|ДД\.ММ|ГГГГ/);
    }
    expect(fieldHint('snils')).toMatch(/например/i);
    for (const key of DATE_FIELDS) expect(fieldHint(key), key).toMatch(/например/i);
  });

  test('the examples are valid values: a СНИЛС with its check number, real dates', () => {
    const snils = fieldHint('snils')?.match(/\d{3}-\d{3}-\d{3} \d{2}/)?.[0] ?? '';
    expect(checkSnils(snils).ok).toBe(true);
    for (const key of DATE_FIELDS) {
      const date = fieldHint(key)?.match(/\d{2}\.\d{2}\.\d{4}/)?.[0] ?? '';
      expect(parseDate(date), key).not.toBeNull();
    }
  });
});

test('outcome labels do not name the citizen’s gender', () => {
  const gendered = /(?<!\p{L})(взял|взяла|сам|сама|отказался|отказалась)(?!\p{L})/iu;
  expect('Взял лифлет').toMatch(gendered); // the check itself sees a gendered word
  for (const label of Object.values(OUTCOME_LABELS)) expect(label).not.toMatch(gendered);
  expect(OUTCOME_LABELS.leaflet).toBe('Лифлет выдан');
});
