import { afterEach, describe, expect, test } from 'vitest';
import { citizen, fillOn } from './prefill-helpers';

// Date segments (role=spinbutton) written into as typing: a widget that takes typing from `beforeinput` only (React
// Aria's segments cancel it and keep their text to themselves), and a text edit the widget never took, which must
// not count as written. happy-dom has no editing command of its own: each test gives it Chromium's.

const PARTS = [
  ['День', 31, 'дд'],
  ['Месяц', 12, 'мм'],
  ['Год', 9999, 'гггг'],
] as const;

function page(): HTMLElement[] {
  document.body.innerHTML =
    '<form><label id="dl">Дата рождения</label><div role="group" aria-labelledby="dl">' +
    PARTS.map(
      ([name, max, shown]) =>
        `<span role="spinbutton" contenteditable="true" tabindex="0" aria-label="${name}" aria-valuemax="${max}">${shown}</span>`,
    ).join('.') +
    '</div><label for="fam">Фамилия</label><input id="fam" name="fam"></form>';
  return Array.from(document.querySelectorAll<HTMLElement>('[role="spinbutton"]'));
}

/** Segments that keep their value to themselves: typed digits arrive as `beforeinput`, full ones move focus on. */
function takeTypingFromBeforeInput(segments: HTMLElement[]): void {
  segments.forEach((el, i) => {
    const width = i === 2 ? 4 : 2;
    let entered = '';
    el.addEventListener('focus', () => {
      entered = '';
    });
    el.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      e.preventDefault();
      if (e.inputType === 'deleteContentBackward') {
        entered = '';
        el.textContent = PARTS[i][2];
        el.removeAttribute('aria-valuenow');
        return;
      }
      entered += e.data ?? '';
      el.textContent = entered.padStart(width, '0');
      el.setAttribute('aria-valuenow', String(Number(entered)));
      if (entered.length >= width) {
        entered = '';
        segments[i + 1]?.focus();
      }
    });
  });
}

/** The browser's editing command as Chromium runs it: the focused segment's text changes, no `beforeinput`. */
function textOnlyEditingCommand(): void {
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string, _ui: boolean, text?: string) => {
      const el = document.activeElement as HTMLElement;
      el.textContent = command === 'insertText' ? (text ?? '') : '';
      return true;
    },
  });
}

/**
 * Segments as VKUI's DateInput draws them (not editable): each key is taken in `keydown` from the state of the last
 * render, and the next render comes after the event (React renders a key's update in a microtask): a key sent before
 * it is built on the same state as the one before, and replaces it. Returns the date the app holds (ISO) once all
 * three are whole.
 */
function takeKeysFromLastRender(segments: HTMLElement[]): { value: string } {
  const app = { value: '' };
  const state = ['', '', ''];
  const render = () => {
    segments.forEach((el, i) => {
      el.textContent = state[i] || PARTS[i][2];
    });
    const [d, m, y] = state;
    app.value = d.length === 2 && m.length === 2 && y.length === 4 ? `${y}-${m}-${d}` : '';
  };
  segments.forEach((el, i) => {
    el.removeAttribute('contenteditable');
    const width = i === 2 ? 4 : 2;
    el.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      const rendered = state[i]; // what the last render showed
      const next = key === 'Backspace' ? '' : /^\d$/.test(key) ? (rendered + key).slice(-width) : null;
      if (next === null) return;
      queueMicrotask(() => {
        state[i] = next;
        render();
      });
    });
  });
  return app;
}

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('date segments', () => {
  test('a widget that takes typing from beforeinput: each segment holds the date and states it', async () => {
    const segments = page();
    takeTypingFromBeforeInput(segments);
    textOnlyEditingCommand();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(segments.map((s) => s.textContent)).toEqual(['14', '03', '1956']);
    expect(segments.map((s) => s.getAttribute('aria-valuenow'))).toEqual(['14', '3', '1956']);
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });

  test('segments that take each key from the last render (VKUI): keys a render apart, the app holds the date', async () => {
    const segments = page();
    const app = takeKeysFromLastRender(segments);
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(segments.map((s) => s.textContent)).toEqual(['14', '03', '1956']);
    expect(app.value).toBe('1956-03-14');
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });

  test('a widget whose form input takes the date a while after the typing (under load): filled, not put back', async () => {
    const segments = page();
    takeTypingFromBeforeInput(segments);
    textOnlyEditingCommand();
    const holder = document.createElement('input');
    holder.type = 'hidden';
    segments[0].parentElement?.append(holder);
    // The widget commits its value to the form's input on a later turn than its last render.
    segments[2].addEventListener('blur', () => {
      const [d, m, y] = segments.map((s) => s.textContent);
      setTimeout(() => {
        holder.value = `${y}-${m}-${d}`;
      }, 150);
    });
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(holder.value).toBe('1956-03-14');
    expect(segments.map((s) => s.textContent)).toEqual(['14', '03', '1956']);
  });

  test('text an editing command put in the segments while the widget states another value: not written, put back', async () => {
    const segments = page();
    for (const s of segments) s.setAttribute('aria-valuenow', '1');
    textOnlyEditingCommand();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate.status).not.toBe('filled');
    expect(segments.map((s) => s.getAttribute('aria-valuenow'))).toEqual(['1', '1', '1']);
    expect(segments.map((s) => s.textContent?.replace(/\D/g, ''))).toEqual(['', '', '']);
    // Positive control in the same fill.
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });
});
