import { describe, expect, it } from 'vitest';
import { type Party, partyOf } from '@/utils/fields/party';

// Whose data a block's title speaks of (shared by capture and prefill).

describe('partyOf', () => {
  it.each<[string, Party]>([
    ['Сведения о законном представителе', 'other'],
    ['Заявитель (представитель)', 'other'],
    ['Сведения о ребёнке', 'other'],
    ['Дети', 'other'],
    ['Семья', 'other'],
    ['Сведения о семье', 'other'],
    ['Состав семьи', 'other'],
    ['Родственники', 'other'],
    ['Специалист', 'other'],
    ['Получатель', 'applicant'],
    ['Сведения о заявителе', 'applicant'],
    // Words that only begin like a relative's: a category, a marital status, a kindergarten.
    ['Дети-инвалиды', null],
    ['Семейное положение', null],
    ['Детский сад', null],
    ['Паспорт', null],
  ])('«%s» → %s', (title, party) => {
    expect(partyOf(title)).toBe(party);
  });
});
