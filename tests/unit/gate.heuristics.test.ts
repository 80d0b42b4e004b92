import { beforeEach, describe, expect, test } from 'vitest';
import { controlLabel, findIssueControl, isTextEntry, submitControl } from '@/utils/gate/heuristics';
import { mount } from './gate-helpers';

beforeEach(() => {
  document.body.innerHTML = '';
});

const el = mount;

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

  test('reads aria-labelledby, in the document and inside a shadow root', () => {
    document.body.insertAdjacentHTML('beforeend', '<span id="lbl-1">Заказать карту</span>');
    expect(controlLabel(el('<button aria-labelledby="lbl-1">⊕</button>'))).toContain('Заказать карту');
    const root = el('<div></div>').attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="lbl-2">Выдать карту</span><button aria-labelledby="lbl-2">⊕</button>';
    expect(controlLabel(root.querySelector('button')!)).toContain('Выдать карту');
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

describe('the site selector wins over the heuristic both ways', () => {
  const pathOf = (node: Element) => {
    const path: Element[] = [];
    for (let n: Element | null = node; n; n = n.parentElement) path.push(n);
    return path;
  };
  const CASES: Array<[selector: string | undefined, id: string, held: boolean]> = [
    [undefined, 'issue', true],
    [undefined, 'next', false],
    ['.wizard-finish', 'next', true],
    ['.wizard-finish', 'issue', false],
    ['.wizard-finish', 'print', false],
    ['#print', 'print', true],
    ['###', 'issue', true],
    ['###', 'next', false],
    ['   ', 'issue', true],
  ];
  test.each(CASES)('selector %j: #%s held → %s', (selector, id, held) => {
    el(`<div class="bar">
      <button id="issue">Оформить социальную карту</button>
      <button id="next" class="wizard-finish">Далее</button>
      <button id="print">Печать заявления на карту</button>
    </div>`);
    const target = document.getElementById(id)!;
    expect(findIssueControl(pathOf(target), selector)).toBe(held ? target : null);
  });
});

describe('submitControl: which control a form submission stands for', () => {
  const form = (html: string) => el(`<form id="f">${html}</form>`) as HTMLFormElement;

  test('the submitter decides when there is one', () => {
    const f = form('<button id="draft">Сохранить черновик</button><button id="go">Выпустить карту</button>');
    expect(submitControl(f, f.querySelector('#go'))).toBe(f.querySelector('#go'));
    expect(submitControl(f, f.querySelector('#draft'))).toBeNull();
  });

  test('without a submitter (requestSubmit() from page script) the default button decides', () => {
    const issuing = form(
      '<button id="go">Выпустить карту</button><button id="draft">Сохранить черновик</button>',
    );
    expect(submitControl(issuing, null)).toBe(issuing.querySelector('#go'));
    const search = form(
      '<input name="q"><button id="find">Найти</button><button type="button">Выдать карту</button>',
    );
    expect(submitControl(search, null)).toBeNull();
  });

  test('a form without a submit button: any issue control inside it counts', () => {
    const f = form('<input name="snils"><button type="button" id="go">Оформить социальную карту</button>');
    expect(submitControl(f, null)).toBe(f.querySelector('#go'));
    const other = form('<input name="q"><button type="button">Найти</button>');
    expect(submitControl(other, null)).toBeNull();
  });

  test('a selector naming the form holds every submission of it; naming a button, only that one', () => {
    const f = form('<button id="a">Далее</button><button id="b">Назад</button>');
    expect(submitControl(f, f.querySelector('#b'), '#f')).toBe(f.querySelector('#b'));
    expect(submitControl(f, null, '#f')).toBe(f);
    expect(submitControl(f, f.querySelector('#a'), '#a')).toBe(f.querySelector('#a'));
    expect(submitControl(f, f.querySelector('#b'), '#a')).toBeNull();
  });
});

test('isTextEntry: fields are typing, buttons are not', () => {
  el(
    '<div><input id="t"><input id="s" type="submit"><textarea id="ta"></textarea><button id="b"></button></div>',
  );
  const kinds = ['t', 's', 'ta', 'b'].map((id) => isTextEntry(document.getElementById(id)!));
  expect(kinds).toEqual([true, false, true, false]);
});
