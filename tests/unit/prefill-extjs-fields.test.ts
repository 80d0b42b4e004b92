import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { writeTextVerified } from '@/utils/prefill/write-text';
import { citizen, fillOn, layOutPage } from './prefill-helpers';

// Fields as Ext JS 6 classic renders them: a datefield's input says `role="combobox"` and `aria-haspopup="true"`
// (its popup is a calendar, `role="grid"` in a region at the end of <body>), and takes typed ДД.ММ.ГГГГ on `input`;
// a combobox of the same markup opens a real list; a phone field whose placeholder «79XXXXXXXXX» asks for eleven
// digits starting with 7, checked by the page's script (not a `pattern`), which marks a wrong one `aria-invalid`.
// Then the write itself: a spelling the page rejects (its `pattern`, a new mark) is undone and the next one tried.

const PICKERS_OPENED = { count: 0 };

function extField(id: string, label: string, input: string): string {
  return (
    `<div class="x-field"><label for="${id}-inputEl" class="x-form-item-label">${label}:</label>` +
    `<div class="x-form-text-wrap">${input}<div class="x-form-trigger" id="${id}-trigger"></div></div></div>`
  );
}

/** A datefield: typed text parsed as d.m.Y on `input`; a click or ArrowDown opens a calendar (a grid, no listbox). */
function dateField(id: string, model: Record<string, string>): void {
  const input = document.getElementById(`${id}-inputEl`) as HTMLInputElement;
  const open = () => {
    PICKERS_OPENED.count++;
    const region = document.createElement('div');
    region.setAttribute('role', 'region');
    region.innerHTML = '<table role="grid"><tr><td role="gridcell">1</td></tr></table>';
    document.body.append(region);
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('click', open);
  document.getElementById(`${id}-trigger`)?.addEventListener('click', open);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') open();
  });
  input.addEventListener('input', () => {
    const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(input.value);
    model[id] = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
  });
}

/** A combobox of the same markup whose click opens a real list of options. */
function comboField(id: string, options: string[], model: Record<string, string>): void {
  const input = document.getElementById(`${id}-inputEl`) as HTMLInputElement;
  input.addEventListener('click', () => {
    const list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.id = `${id}-picker`;
    for (const [i, text] of options.entries()) {
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.textContent = text;
      item.addEventListener('click', () => {
        input.value = text;
        model[id] = `code-${i}`;
        list.remove();
        input.setAttribute('aria-expanded', 'false');
      });
      list.append(item);
    }
    document.body.append(list);
    input.setAttribute('aria-owns', list.id);
    input.setAttribute('aria-expanded', 'true');
  });
}

/** The page's own check of a field: `aria-invalid` whenever the value does not match, as Ext's `regex` does. */
function checkedBy(id: string, rule: RegExp): void {
  const input = document.getElementById(`${id}-inputEl`) as HTMLInputElement;
  for (const type of ['input', 'change', 'blur'])
    input.addEventListener(type, () => {
      if (input.value === '' || rule.test(input.value)) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    });
}

const combo = (id: string) =>
  `<input id="${id}-inputEl" type="text" role="combobox" aria-haspopup="true" aria-expanded="false" aria-autocomplete="none" title="Expected date format d.m.Y.">`;

function page(phonePlaceholder = '79XXXXXXXXX'): Record<string, string> {
  document.body.innerHTML =
    '<form><fieldset><legend>Заявитель</legend>' +
    extField('fam', 'Фамилия', '<input id="fam-inputEl" type="text">') +
    extField('bd', 'Дата рождения', combo('bd')) +
    extField(
      'ph',
      'Телефон',
      `<input id="ph-inputEl" type="text" maxlength="11" placeholder="${phonePlaceholder}">`,
    ) +
    '</fieldset><fieldset><legend>Льготная категория</legend>' +
    extField(
      'cat',
      'Категория',
      '<input id="cat-inputEl" type="text" role="combobox" aria-haspopup="true" aria-expanded="false" aria-autocomplete="list">',
    ) +
    '</fieldset></form>';
  const model: Record<string, string> = {};
  dateField('bd', model);
  comboField('cat', ['Ветераны труда', 'Труженики тыла'], model);
  checkedBy('ph', /^7\d{10}$/);
  return model;
}

describe('Ext JS-like fields', () => {
  beforeEach(() => {
    PICKERS_OPENED.count = 0;
    layOutPage();
  });
  afterEach(() => vi.restoreAllMocks());

  test('a date box calling itself a combobox is typed into, its calendar never opened; a real combobox still opens its list', async () => {
    const model = page();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect((document.getElementById('bd-inputEl') as HTMLInputElement).value).toBe('14.03.1956');
    expect(model.bd).toBe('1956-03-14');
    expect(PICKERS_OPENED.count).toBe(0);
    // The positive control: the category's list is opened and its option taken.
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(model.cat).toBe('code-0');
  });

  test('a phone placeholder «79XXXXXXXXX» gets the eleven digits starting with 7, which the page accepts', async () => {
    page();
    const { report } = await fillOn(document, citizen());
    const phone = document.getElementById('ph-inputEl') as HTMLInputElement;
    expect(phone.value).toBe('79131234567');
    expect(phone.getAttribute('aria-invalid')).toBeNull();
    expect(report.phone).toMatchObject({ status: 'filled' });
  });

  test('a value the page marks wrong is not left in the field nor reported filled', async () => {
    page('Телефон');
    // The page wants 11 digits starting with 7 and its placeholder does not say so: every spelling the fill tries
    // (+7…, the ten digits) is marked wrong by its script.
    const { report } = await fillOn(document, citizen());
    const phone = document.getElementById('ph-inputEl') as HTMLInputElement;
    expect(phone.value).toBe('');
    expect(report.phone).toMatchObject({ status: 'invalid' });
    expect(report.phone.reason).toMatch(/Страница отметила значение «.+» как неверное/);
    // The positive control on the same page: a field the page does not check is filled.
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });
});

describe('a write the page rejects', () => {
  afterEach(() => vi.restoreAllMocks());
  const anyDigits = (shown: string) => shown.replace(/\D/g, '').endsWith('9131234567');

  test('a spelling that breaks the field’s own `pattern` is undone and the next one kept', async () => {
    document.body.innerHTML = '<input id="t" pattern="\\d{11}">';
    const el = document.getElementById('t') as HTMLInputElement;
    const result = await writeTextVerified(el, ['+7 913 123-45-67', '79131234567'], '', anyDigits);
    expect(result).toEqual({ ok: true });
    expect(el.value).toBe('79131234567');
  });

  test('a mark left from an earlier attempt, which the page renders anew a frame later, does not refuse a right value', async () => {
    document.body.innerHTML = '<input id="t">';
    const el = document.getElementById('t') as HTMLInputElement;
    // The page shows its view of the field one render late, as a framework's change detection does: at an input,
    // still its verdict on the value before; the verdict on this one in its next frame. Required, ДД.ММ.ГГГГ.
    // Frames come every 16 ms, as on a screen (happy-dom runs them at once).
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(
      (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number,
    );
    const seen: string[] = [];
    const mark = (value: string) =>
      /^\d{2}\.\d{2}\.\d{4}$/.test(value)
        ? el.removeAttribute('aria-invalid')
        : el.setAttribute('aria-invalid', 'true');
    el.addEventListener('input', () => {
      if (seen.length > 0) mark(seen[seen.length - 1]);
      seen.push(el.value);
      const now = el.value;
      requestAnimationFrame(() => mark(now));
    });
    const result = await writeTextVerified(el, ['1944-02-01', '01.02.1944'], '', (v) => v === '01.02.1944');
    expect(result).toEqual({ ok: true });
    // Kept at its first write: the wrong spelling, put back, then the right one.
    expect(seen).toEqual(['1944-02-01', '', '01.02.1944']);
    expect(el.value).toBe('01.02.1944');
    expect(el.hasAttribute('aria-invalid')).toBe(false);
  });

  test('a field marked wrong before the write (required, shown red) takes a value its script then clears', async () => {
    document.body.innerHTML = '<input id="t" aria-invalid="true">';
    const el = document.getElementById('t') as HTMLInputElement;
    el.addEventListener('input', () => el.toggleAttribute('aria-invalid', el.value === ''));
    expect(await writeTextVerified(el, ['79131234567'], '', anyDigits)).toEqual({ ok: true });
    // And one whose mark stays through a right value: the mark was there before, so it is not the value's doing.
    document.body.innerHTML = '<input id="u" aria-invalid="true">';
    const stuck = document.getElementById('u') as HTMLInputElement;
    expect(await writeTextVerified(stuck, ['79131234567'], '', anyDigits)).toEqual({ ok: true });
  });
});
