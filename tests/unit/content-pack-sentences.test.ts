import { describe, expect, test } from 'vitest';
import { restAfter, sentencesOf, withoutSaid } from '@/utils/content-pack/sentences';

describe('sentences of the pack’s texts', () => {
  test('split after . ? ! (a closing quote may follow) before a capital or «', () => {
    expect(sentencesOf('Вы знаете о «Карте жителя НСО»? Этот способ прост. «Мир» — карта!')).toEqual([
      'Вы знаете о «Карте жителя НСО»?',
      'Этот способ прост.',
      '«Мир» — карта!',
    ]);
    expect(sentencesOf('Сайт karta.nso.ru и приложение.')).toEqual(['Сайт karta.nso.ru и приложение.']);
  });

  test('what was said is left out; nothing left is an empty string', () => {
    expect(withoutSaid('А. Б. В.', ['Б.'])).toBe('А. В.');
    expect(withoutSaid('А.', ['А.'])).toBe('');
    expect(restAfter(['А. Б.', 'В.'], ['В.', 'А.'])).toEqual(['Б.']);
  });
});
