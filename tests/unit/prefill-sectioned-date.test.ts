import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { holdsIntended } from '@/utils/prefill/verify';
import { citizen, fillOn } from './prefill-helpers';

// A date field as Gravity UI's date components draw one (happy-dom): one input that shows «ДД.ММ.ГГГГ» once focused,
// wrapped in invisible bidi isolates, and takes keys part by part. It refuses the browser's own edits: a key reaches
// it as the `textInput` event Chromium makes for it (what React's onBeforeInput is built on), taken against the state
// it last rendered, and it renders once the event's task is over — keys sent with no turn between are all taken
// against the same state. The part a key goes to is the one under the caret when the box was clicked, or a task after
// it was focused; the app gets the date when the box loses the focus with every part full.

const ISOLATE = (text: string) => `\u2068${text}\u2069`;
const TEMPLATE = ['ДД', 'ММ', 'ГГГГ'];

/** Chromium's legacy TextEvent, which happy-dom lacks: `document.createEvent('TextEvent')` makes one. */
class TextEvent extends window.UIEvent {
  data = '';
  initTextEvent(type: string, bubbles: boolean, cancelable: boolean, _view: Window, data: string): void {
    this.initEvent(type, bubbles, cancelable);
    this.data = data;
  }
}

function page(): { app: { value: string }; box: HTMLInputElement } {
  document.body.innerHTML =
    '<form><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="birth">Дата рождения</label><input id="birth" role="combobox" aria-expanded="false" placeholder="ДД.ММ.ГГГГ"></form>';
  const box = document.getElementById('birth') as HTMLInputElement;
  const app = { value: '' };
  let shown = { parts: ['', '', ''], part: -1, active: false };
  const text = (parts: string[]) =>
    `\u2066${parts.map((p, i) => ISOLATE(p || TEMPLATE[i])).join(ISOLATE('.'))}\u2069`;
  /** Where each part's text starts and ends in the box (the isolates count). */
  const ranges = (parts: string[]) => {
    let at = 1;
    return parts.map((p, i) => {
      const start = at + 1;
      const end = start + (p || TEMPLATE[i]).length;
      at = end + 4; // the part's closing isolate, then «.» in its own
      return [start, end] as const;
    });
  };
  const render = (next: typeof shown) => {
    shown = next;
    const empty = next.parts.every((p) => !p);
    box.value = empty && !next.active ? '' : text(next.parts);
    const range = ranges(next.parts)[next.part];
    if (range && next.active) box.setSelectionRange(range[0], range[1]);
  };
  const later = (next: typeof shown) => queueMicrotask(() => render(next));
  const partAtCaret = () => {
    const caret = box.selectionStart ?? 0;
    const index = ranges(shown.parts).findIndex(([, end]) => caret <= end);
    return index < 0 ? TEMPLATE.length - 1 : index;
  };
  box.addEventListener('focus', () => {
    render({ ...shown, active: true });
    setTimeout(() => render({ ...shown, part: partAtCaret() }));
  });
  box.addEventListener('click', () => render({ ...shown, part: partAtCaret() }));
  box.addEventListener('blur', () => {
    render({ ...shown, active: false, part: -1 });
    const [d, m, y] = shown.parts;
    app.value = y.length === 4 && m.length === 2 && d.length === 2 ? `${y}-${m}-${d}` : '';
  });
  // The browser's own edits (a value written, an editing command) are refused: the box renders its state again.
  box.addEventListener('input', () =>
    render({ ...shown, parts: box.value === '' ? ['', '', ''] : shown.parts }),
  );
  box.addEventListener('textInput', (e) => {
    e.preventDefault();
    const key = (e as TextEvent).data;
    const { parts, part } = shown;
    if (part < 0 || !/^\d$/.test(key)) return;
    const next = [...parts];
    next[part] = (parts[part].length < TEMPLATE[part].length ? parts[part] : '') + key;
    const full = next[part].length === TEMPLATE[part].length && part < TEMPLATE.length - 1;
    later({ ...shown, parts: next, part: full ? part + 1 : part });
  });
  return { app, box };
}

describe('a date field that takes keys part by part (Gravity UI)', () => {
  beforeEach(() => {
    (window as unknown as { TextEvent: unknown }).TextEvent = TextEvent;
    const make = document.createEvent.bind(document);
    vi.spyOn(document, 'createEvent').mockImplementation((type: string) =>
      type === 'TextEvent' ? new TextEvent('textInput') : make(type),
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    delete (window as unknown as { TextEvent?: unknown }).TextEvent;
  });

  test('typed from its start, key by key with the page’s turn between: the app holds the date', async () => {
    const { app, box } = page();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect(app.value).toBe('1956-03-14');
    box.focus();
    expect(box.value.replace(/[\u2066-\u2069]/g, '')).toBe('14.03.1956');
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });

  test('what the box shows is compared without its invisible direction marks', () => {
    const shown = `\u2066${['14', '.', '03', '.', '1956'].map(ISOLATE).join('')}\u2069`;
    expect(holdsIntended('birthDate', shown, '14.03.1956', '1956-03-14')).toBe(true);
    expect(holdsIntended('birthDate', shown, '03.14.1956', '1956-14-03')).toBe(false);
    expect(holdsIntended('lastName', `\u2068Петров\u2069`, 'Петров', '')).toBe(true);
  });
});
