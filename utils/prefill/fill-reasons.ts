import type { PrefillTarget } from './types';

// What the fill's report tells the clerk about one field, in plain Russian.

export const REASONS = {
  filled: 'Заполнено',
  unchanged: 'Поле уже содержало это значение',
  notFound: 'Поле не найдено на этой странице',
  vanished: 'Поле исчезло со страницы',
  hidden: 'Поле скрыто на странице — заполните вручную',
  wiped: 'Страница стёрла значение после ввода — введите вручную',
  locked: 'Поле стало недоступно для ввода',
  urlChanged: 'Страница сменилась — заполнение остановлено',
  emptyOptional: 'Необязательное поле в чек-листе пустое',
  emptyRequired: 'В чек-листе нет значения',
  twins: 'На форме несколько таких полей, и не видно, какое из них гражданина, — заполните вручную',
} as const;

/** How the clerk reads the intended value: dates as ДД.ММ.ГГГГ. */
function shownAs(target: PrefillTarget): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(target.date ?? '');
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : target.expected || target.value;
}

/** What stayed in a field that could not be put back as it was. */
const leftover = (left?: string) => (left ? `; в поле осталось «${left}» — исправьте его` : '');

export function refused(target: PrefillTarget, left?: string): string {
  return `Поле не приняло значение ${shownAs(target)} — введите вручную${leftover(left)}`;
}

/** A dropdown whose option could not be chosen (`why`: what went wrong, in a few words). */
export function notChosen(why: string, left?: string): string {
  return `Не удалось выбрать: ${why} — выберите вручную${leftover(left)}`;
}

/** The page marked every spelling as wrong (its own check, shown beside the field): nothing of it is kept. */
export function flagged(value: string): string {
  return `Страница отметила значение «${value}» как неверное и оно не оставлено — проверьте и введите вручную`;
}
