import { afterEach, describe, expect, it } from 'vitest';
import { createPageMarks, MARKS_TAG } from '@/utils/page-marks/overlay';

function form() {
  document.body.innerHTML = `
    <label for="a">Фамилия</label><input id="a" name="a">
    <label for="b">СНИЛС</label><input id="b" name="b" required>`;
  return {
    a: document.getElementById('a') as HTMLInputElement,
    b: document.getElementById('b') as HTMLInputElement,
  };
}

const stops: AbortController[] = [];
function marks() {
  const stop = new AbortController();
  stops.push(stop);
  return createPageMarks(document, stop.signal);
}

afterEach(() => {
  for (const s of stops.splice(0)) s.abort();
  document.body.innerHTML = '';
});

describe('page marks', () => {
  it('draws in a closed shadow root: the page sees a host with no readable content and its controls untouched', () => {
    const { a } = form();
    const before = a.outerHTML;
    marks().show([{ element: a, kind: 'hint', text: 'Иванова' }]);
    const host = document.querySelector(MARKS_TAG) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.textContent).not.toContain('Иванова');
    expect(a.outerHTML).toBe(before);
  });

  it('a filled mark stays until the clerk edits that field; the other field keeps its mark', () => {
    const { a, b } = form();
    const m = marks();
    m.show([
      { element: a, kind: 'filled' },
      { element: b, kind: 'filled' },
    ]);
    expect(m.count('filled')).toBe(2);
    a.value = 'Петрова';
    a.dispatchEvent(new Event('input', { bubbles: true }));
    expect(m.count('filled')).toBe(1);
  });

  it('a required mark stays while the field is empty and goes when it has a value', () => {
    const { b } = form();
    const m = marks();
    m.show([{ element: b, kind: 'required' }]);
    b.value = '  ';
    b.dispatchEvent(new Event('input', { bubbles: true }));
    expect(m.count('required')).toBe(1);
    b.value = '123-456-789 64';
    b.dispatchEvent(new Event('change', { bubbles: true }));
    expect(m.count('required')).toBe(0);
  });

  it('showing hints replaces earlier hints only; clear(kind) removes one kind; abort removes the overlay', () => {
    const { a, b } = form();
    const stop = new AbortController();
    const m = createPageMarks(document, stop.signal);
    m.show([{ element: a, kind: 'filled' }]);
    m.show([{ element: a, kind: 'hint', text: '1' }]);
    m.show([{ element: b, kind: 'hint', text: '2' }]);
    expect(m.count('hint')).toBe(1);
    expect(m.count('filled')).toBe(1);
    m.clear('hint');
    expect(m.count()).toBe(1);
    stop.abort();
    expect(m.count()).toBe(0);
    expect(document.querySelector(MARKS_TAG)).toBeNull();
  });

  it('skips controls no longer in the page', () => {
    const { a } = form();
    a.remove();
    const m = marks();
    m.show([{ element: a, kind: 'hint', text: 'x' }]);
    expect(m.count()).toBe(0);
  });
});
