import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findIssueControl } from '@/utils/gate/heuristics';
import { startGate, stopGates } from './gate-helpers';

// Old builds without <button>, href or role: an `<a onclick>` link, a `<div class="x-btn">` with a script listener
// and a pointer cursor. Found by an outside test (tests/fixtures/gate-unseen/legacy-onclick.html): they were not held.

const pathOf = (node: Element) => {
  const path: Element[] = [];
  for (let n: Element | null = node; n; n = n.parentElement) path.push(n);
  return path;
};

beforeEach(() => {
  document.head.innerHTML = '<style>.x-btn { cursor: pointer; } .row { cursor: pointer; }</style>';
  document.body.innerHTML = '';
});
afterEach(() => {
  stopGates();
  document.head.innerHTML = '';
});

describe('scripted issue controls (no button, href or role)', () => {
  test('a link without href and an onclick attribute is found, also from its icon', () => {
    document.body.innerHTML =
      '<div class="tb"><a id="issue" onclick="void 0"><img alt="">Оформить социальную карту</a></div>';
    const link = document.getElementById('issue')!;
    expect(findIssueControl(pathOf(link))).toBe(link);
    expect(findIssueControl(pathOf(link.querySelector('img')!))).toBe(link);
  });

  test('a div that declares a pointer cursor is found from its inner label; children inheriting it are not', () => {
    document.body.innerHTML =
      '<div class="x-btn" id="b"><span class="inner">Перевыпустить карту</span></div>';
    const div = document.getElementById('b')!;
    expect(findIssueControl(pathOf(div.querySelector('span')!))).toBe(div);
  });

  test('an element with tabindex and an issue label is found', () => {
    document.body.innerHTML = '<span tabindex="0" id="s">Выпустить карту</span>';
    const span = document.getElementById('s')!;
    expect(findIssueControl(pathOf(span))).toBe(span);
  });

  test('not held: plain text, headings, table rows, lists, navigation, other actions, typing in a field', () => {
    document.body.innerHTML = `
      <p id="p">Оформить социальную карту</p>
      <h2 class="x-btn" id="h">Оформление социальной карты</h2>
      <table><tr class="row" onclick="void 0" id="tr"><td>Иванов</td><td id="td">Оформление социальной карты</td></tr></table>
      <ul onclick="void 0"><li id="li">Выдача социальной карты</li></ul>
      <nav><a onclick="void 0" id="nav">Выдача социальной карты</a></nav>
      <a onclick="void 0" id="hist">История обращений</a>
      <div onclick="void 0">Оформить социальную карту: <input id="field"></div>`;
    for (const id of ['p', 'h', 'td', 'tr', 'li', 'nav', 'hist', 'field']) {
      expect(findIssueControl(pathOf(document.getElementById(id)!)), id).toBeNull();
    }
  });

  test('the gate holds a scripted div until release, then its listener runs once; Enter on a focused one too', () => {
    document.body.innerHTML =
      '<div class="x-btn" id="b" tabindex="0"><span>Изготовить социальную карту</span></div>';
    const div = document.getElementById('b')!;
    const handler = vi.fn();
    div.addEventListener('click', handler);
    const keyHandler = vi.fn();
    div.addEventListener('keydown', keyHandler);
    const { gate, onHold } = startGate();

    div.querySelector('span')!.click();
    expect(handler).not.toHaveBeenCalled();
    expect(onHold).toHaveBeenCalledWith(div);
    div.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(keyHandler).not.toHaveBeenCalled();
    gate.release();
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
