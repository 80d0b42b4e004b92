import { describe, expect, test } from 'vitest';
import { controlLabel, findIssueControl, isIssueLabel, normalizeLabel } from '@/utils/gate/heuristics';

const ISSUE_LABELS = [
  'Оформить социальную карту',
  'Выпустить карту',
  'Изготовить социальную карту',
  'Заказать карту',
  'Выдать карту',
  'Оформление социальной карты',
  'ОФОРМИТЬ СОЦИАЛЬНУЮ КАРТУ',
  'оформить   социальную\n\tкарту',
  '  Оформить социальную карту  ',
  '➕ Оформить социальную карту',
  'Оформить соц. карту',
  'Оформить соцкарту',
  'Выпуск карты',
  'Выдача социальной карты',
  'Изготовление социальной карты',
  'Заказ социальной карты',
  'Перевыпустить карту',
  'Оформить карту»',
  'Сформировать заявку на изготовление карты',
  'Выдать социальную карту жителю',
  'Оформить «Социальную карту»',
  'Оформить\u00a0социальную\u00a0карту',
  'Заявление на выпуск социальной карты',
  'Оформить социальную карту (проездной)',
];

const NOT_ISSUE_LABELS = [
  'Оформить проездной',
  'Оформить социальный проездной',
  'Карта жителя',
  'Оформить Карту жителя',
  'Найти',
  'Печать',
  'Печать карты',
  'Распечатать заявление на карту',
  'Найти карту',
  'Поиск заявки на карту',
  'Статус заказа карты',
  'Отменить заказ карты',
  'Аннулировать карту',
  'Заблокировать карту',
  'История выдачи карт',
  'Выданные карты',
  'Картотека',
  'Оформить',
  'Социальная карта',
  'Сохранить',
  'Отмена',
  'Оформить проездной на карту Мир',
  'Просмотр карты',
  '',
  'Оформить социальную карту '.repeat(5),
];

describe('isIssueLabel', () => {
  test.each(ISSUE_LABELS)('holds «%s»', (label) => {
    expect(isIssueLabel(label)).toBe(true);
  });

  test.each(NOT_ISSUE_LABELS)('lets «%s» through', (label) => {
    expect(isIssueLabel(label)).toBe(false);
  });

  test('ё and е are the same letter', () => {
    expect(normalizeLabel('Ёлка ЁЖ')).toBe('елка еж');
    expect(isIssueLabel('Выдаём карту')).toBe(true);
  });
});

function el(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild!;
}

describe('controlLabel', () => {
  test('reads text, aria-label, title and icon alt', () => {
    expect(controlLabel(el('<button title="Подсказка">Текст</button>'))).toContain('Текст');
    expect(controlLabel(el('<button title="Подсказка">Текст</button>'))).toContain('Подсказка');
    expect(controlLabel(el('<button aria-label="Выпустить карту"><svg></svg></button>'))).toBe(
      'Выпустить карту',
    );
    expect(controlLabel(el('<a href="#"><img alt="Выдать карту" src="x.png"></a>'))).toContain(
      'Выдать карту',
    );
  });

  test('reads an input by its value', () => {
    expect(controlLabel(el('<input type="submit" value="Оформить социальную карту">'))).toBe(
      'Оформить социальную карту',
    );
  });

  test('reads aria-labelledby', () => {
    document.body.insertAdjacentHTML('beforeend', '<span id="lbl-1">Заказать карту</span>');
    expect(controlLabel(el('<button aria-labelledby="lbl-1">⊕</button>'))).toContain('Заказать карту');
  });
});

describe('findIssueControl', () => {
  const pathOf = (node: Element) => {
    const path: Element[] = [];
    for (let n: Element | null = node; n; n = n.parentElement) path.push(n);
    return path;
  };

  test('finds the button around a clicked icon', () => {
    const button = el('<button type="button"><i class="icon"></i><span>Выпустить карту</span></button>');
    const icon = button.querySelector('i')!;
    expect(findIssueControl(pathOf(icon))).toBe(button);
  });

  test('the nearest control decides: a search button inside a card-issuing toolbar is not held', () => {
    const bar = el('<div role="button" aria-label="Оформить карту"><button>Найти</button></div>');
    expect(findIssueControl(pathOf(bar.querySelector('button')!))).toBeNull();
  });

  test('a menu link «Выдача социальной карты» in navigation opens a section and is not held; an action link is', () => {
    const nav = el('<nav><a href="#s">Выдача социальной карты</a></nav>');
    expect(findIssueControl(pathOf(nav.querySelector('a')!))).toBeNull();
    const current = el('<div><a href="#s" aria-current="page">Оформление социальной карты</a></div>');
    expect(findIssueControl(pathOf(current.querySelector('a')!))).toBeNull();
    const menu = el('<ul role="menu"><li><a href="#s">Выдать карту</a></li></ul>');
    expect(findIssueControl(pathOf(menu.querySelector('a')!))).toBeNull();
    const action = el('<div class="actions"><a href="#issue">Выдать карту</a></div>');
    expect(findIssueControl(pathOf(action.querySelector('a')!))).toBe(action.querySelector('a'));
    const navButton = el('<nav><button>Оформить социальную карту</button></nav>');
    expect(findIssueControl(pathOf(navButton.querySelector('button')!))).toBe(
      navButton.querySelector('button'),
    );
  });

  test('plain text and non-controls are never held', () => {
    const p = el('<p>Оформить социальную карту</p>');
    expect(findIssueControl(pathOf(p))).toBeNull();
  });

  test('a site selector overrides the heuristic both ways', () => {
    const custom = el('<button id="go">Далее</button>');
    expect(findIssueControl(pathOf(custom), '#go')).toBe(custom);
    const heuristic = el('<button>Оформить социальную карту</button>');
    expect(findIssueControl(pathOf(heuristic), '#go')).toBeNull();
  });

  test('an invalid selector falls back to the heuristic instead of breaking the page', () => {
    const button = el('<button>Оформить социальную карту</button>');
    expect(findIssueControl(pathOf(button), '###')).toBe(button);
  });

  test('a selector naming a form does not hold clicks inside it', () => {
    const form = el('<form id="f"><input name="q"><button>Далее</button></form>');
    expect(findIssueControl(pathOf(form.querySelector('input')!), '#f')).toBeNull();
  });
});
