import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// Controls as Kendo UI for jQuery draws them, where a fill that works elsewhere leaves something wrong behind:
// - a ComboBox that no click opens (it opens on typing, on its arrow button, or on Alt+ArrowDown) and that takes a
//   bare ArrowDown, while closed, for «the next option»: a key meant to open the list picked the first one;
// - a DateInput, whose value is its own mask «день.месяц.год» until typed into, and which reads every input against
//   the part under the caret: a date written whole lands in the wrong part, and so does the mask written back.
// happy-dom has no editing command of its own: the tests give it Chromium's.

const CATEGORIES = ['Ветеран боевых действий', 'Ветеран труда', 'Инвалид II группы'];
const MASK = ['день', 'месяц', 'год'];

/** A Kendo-like ComboBox; `opens: false` is one that opens no list at all. Returns the keys it was sent. */
function comboBox(opens: boolean): string[] {
  const input = document.getElementById('kat') as HTMLInputElement;
  const keys: string[] = [];
  const list = () => document.getElementById('kat_listbox');
  const close = () => {
    list()?.remove();
    input.setAttribute('aria-expanded', 'false');
  };
  const choose = (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  input.addEventListener('keydown', (e) => {
    keys.push(`${e.altKey ? 'Alt+' : ''}${e.key}`);
    if (e.key === 'Backspace') input.value = '';
    if (e.key === 'Escape') close();
    if (e.key !== 'ArrowDown' || list()) return;
    if (!e.altKey) return choose(CATEGORIES[CATEGORIES.indexOf(input.value) + 1] ?? input.value);
    if (!opens) return;
    const ul = document.createElement('ul');
    ul.id = 'kat_listbox';
    ul.setAttribute('role', 'listbox');
    ul.innerHTML = CATEGORIES.map((c) => `<li role="option" aria-selected="false">${c}</li>`).join('');
    ul.addEventListener('click', (event) => {
      choose((event.target as HTMLElement).textContent ?? '');
      close();
    });
    document.body.append(ul);
    input.setAttribute('aria-expanded', 'true');
  });
  return keys;
}

/** A Kendo-like DateInput; `typing: false` is one that takes nothing at all. Its date as the form stores it. */
function partwiseDate(el: HTMLInputElement, typing: boolean): { value: string } {
  let parts = ['', '', ''];
  let at = 0;
  const stored = { value: '' };
  const render = () => {
    el.value = parts.map((p, i) => p || MASK[i]).join('.');
    const start = parts.slice(0, at).reduce((n, p, i) => n + (p || MASK[i]).length + 1, 0);
    el.setSelectionRange(start, start + (parts[at] || MASK[at]).length);
  };
  el.addEventListener('focus', () => {
    at = 0;
    render();
  });
  el.addEventListener('input', (event) => {
    const data = (event as InputEvent).data;
    if (el.value === '') {
      parts = ['', '', ''];
      at = 0;
    } else if (typing && data === '.') at = Math.min(at + 1, 2);
    else if (typing && data && /^\d$/.test(data)) parts[at] = (parts[at] + data).slice(at === 2 ? -4 : -2);
    else parts[1] = '05'; // text arriving whole is read against the caret: it lands in the month
    render();
  });
  el.addEventListener('blur', () => {
    stored.value = parts.every(Boolean) ? `${parts[2]}-${parts[1]}-${parts[0]}` : '';
  });
  render();
  return stored;
}

/** The browser's editing command as Chromium runs it on an input: the selection replaced, then `input`. */
function editingCommand(): void {
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string, _ui: boolean, text?: string) => {
      const el = document.activeElement as HTMLInputElement;
      const start = el.selectionStart ?? 0;
      const end = el.selectionEnd ?? el.value.length;
      const insert = command === 'insertText' ? (text ?? '') : '';
      el.value = el.value.slice(0, start) + insert + el.value.slice(end);
      const inputType = command === 'insertText' ? 'insertText' : 'deleteContentBackward';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, data: insert || null, inputType }));
      return true;
    },
  });
}

function page(): HTMLInputElement {
  document.body.innerHTML =
    '<form><div class="k-card"><div class="k-card-title">Сведения о гражданине</div>' +
    '<label for="fam">Фамилия</label><input id="fam" name="familiya">' +
    '<label for="born">Дата рождения</label><input id="born" name="dataRozhdeniya"></div>' +
    '<div class="k-card"><div class="k-card-title">Льготная категория</div>' +
    '<label for="kat">Категория льготы</label><span class="k-combobox">' +
    '<input id="kat" role="combobox" aria-autocomplete="list" aria-controls="kat_listbox" aria-expanded="false">' +
    '<span class="k-input-button" aria-label="expand combobox"></span></span></div></form>';
  return document.getElementById('born') as HTMLInputElement;
}

describe('Kendo UI widgets', () => {
  beforeEach(() => {
    layOutPage();
    editingCommand();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(document, 'execCommand');
  });

  test('a combo box no click opens: Alt+ArrowDown opens its list, the right option is chosen, no bare ArrowDown', async () => {
    page();
    const keys = comboBox(true);
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect((document.getElementById('kat') as HTMLInputElement).value).toBe('Ветеран труда');
    expect(keys).toContain('Alt+ArrowDown');
    expect(keys).not.toContain('ArrowDown');
  });

  test('a combo box that opens no list but takes ArrowDown as «next option»: reported, and the choice put back', async () => {
    page();
    const keys = comboBox(false);
    const { report } = await fillOn(document, citizen());
    expect(keys).toContain('ArrowDown'); // the key was tried, and it picked «Ветеран боевых действий»
    expect(report.category.status).not.toBe('filled');
    expect(report.category.reason).toMatch(/клавиша сменила выбор/);
    expect((document.getElementById('kat') as HTMLInputElement).value).toBe('');
    // The positive control in the same fill.
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });

  test('a date box typed part by part: each text written whole is cleared away, and the date is typed in', async () => {
    const stored = partwiseDate(page(), true);
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect((document.getElementById('born') as HTMLInputElement).value).toBe('14.03.1956');
    expect(stored.value).toBe('1956-03-14');
  });

  test('a date box that takes nothing: not filled, and its own empty mask shows again, nothing else', async () => {
    const stored = partwiseDate(page(), false);
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate.status).not.toBe('filled');
    expect((document.getElementById('born') as HTMLInputElement).value).toBe('день.месяц.год');
    expect(stored.value).toBe('');
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });
});
