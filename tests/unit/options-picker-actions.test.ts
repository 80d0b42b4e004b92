import { pickOnPage, testOnPage } from '@/components/options/settings/picker-actions';
import { background } from '@/utils/messaging';

// What the options page says after a pick or a test on the page: the selector and its count, a warning for none or
// several, the background's reason for a refusal, and one line when nothing answered.

const answer = (value: unknown) => vi.spyOn(background, 'sendMessage').mockResolvedValue(value as never);

afterEach(() => vi.restoreAllMocks());

test('a picked field: the selector with its count; several or none are warnings', async () => {
  answer({ status: 'picked', selector: 'input[name="ss"]', matchCount: 1 });
  expect(await pickOnPage('https://mais.nso.ru/*', 'snils')).toEqual({
    text: 'Выбрано: input[name="ss"]. На странице найден ровно один элемент.',
    warn: false,
  });
  answer({ status: 'picked', selector: 'input', matchCount: 3 });
  expect(await pickOnPage('https://mais.nso.ru/*', 'snils')).toMatchObject({
    text: expect.stringContaining('найдено элементов: 3'),
    warn: true,
  });
  answer({ status: 'tested', matchCount: 0, pageUrl: 'https://mais.nso.ru/a' });
  expect(await testOnPage('https://mais.nso.ru/*', '#x')).toEqual({
    text: 'На странице не найдено ни одного такого элемента.',
    warn: true,
  });
});

test('cancelled, refused, no page and no answer each get their own line', async () => {
  answer({ status: 'cancelled' });
  expect(await pickOnPage('m', 'snils')).toEqual({ text: 'Выбор поля отменён.', warn: false });
  answer({ status: 'refused', reason: 'привязка этого поля задана администратором' });
  expect(await pickOnPage('m', 'snils')).toEqual({
    text: 'Поле не выбрано: привязка этого поля задана администратором.',
    warn: true,
  });
  answer({ status: 'no-page' });
  expect((await testOnPage('m', '#x')).text).toMatch(/Откройте страницу этого сайта/);
  vi.spyOn(background, 'sendMessage').mockRejectedValue(new Error('no receiver'));
  expect((await pickOnPage('m', 'snils')).text).toMatch(/расширение не ответило/);
});
