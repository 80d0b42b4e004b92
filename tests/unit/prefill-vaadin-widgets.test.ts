import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { citizen, fillOn, layOutPage, planWithElements } from './prefill-helpers';

// Controls as Vaadin's web components draw them, where a fill that works elsewhere went wrong:
// - a date picker's input whose generated id says «search» (`search-input-vaadin-date-picker-3`): taken for the
//   page's search box, every date was left out;
// - a date picker that opens its calendar a moment after typing, hides the rest of the page from assistive technology
//   while it is open, cancels what was typed on Escape, commits it on Enter — and, closed in the middle of opening,
//   never takes that hiding back: every field after it read as gone from the page;
// - a combo box with a clear button, on a busy machine: its list, closed by the click on an option, stays on screen
//   through its closing animation while the box already says it is closed, and Escape on a closed box clears it —
//   pressed to close a list that looked open, it emptied the category just chosen.

const PICKER_ID = 'search-input-vaadin-date-picker-3';

function page(): void {
  document.body.innerHTML =
    '<header id="bar"><input id="q" name="search" placeholder="Петров"></header>' +
    '<main><section id="who"><h3>Сведения о гражданине</h3>' +
    '<label for="fam">Фамилия</label><input id="fam"></section>' +
    `<section id="when"><label for="${PICKER_ID}">Дата рождения</label>` +
    `<input id="${PICKER_ID}" role="combobox" aria-haspopup="dialog" aria-expanded="false"></section>` +
    '<section id="rest"><label for="sn">СНИЛС</label><input id="sn"></section></main>';
}

/** A Vaadin-like date picker; returns the date its app holds (ISO), set only when the typed text is committed. */
function datePicker(): { value: string } {
  const el = document.getElementById(PICKER_ID) as HTMLInputElement;
  const others = ['bar', 'who', 'rest'].map((id) => document.getElementById(id) as HTMLElement);
  const app = { value: '' };
  let committed = '';
  let open = false;
  let hiding = false;
  el.addEventListener('input', () => {
    if (open) return;
    open = true;
    el.setAttribute('aria-expanded', 'true');
    // The calendar finishes opening a moment later, and only then hides the page behind it.
    setTimeout(() => {
      for (const o of others) o.setAttribute('aria-hidden', 'true');
      hiding = true;
    }, 30);
  });
  el.addEventListener('keydown', (e) => {
    if (!open || (e.key !== 'Escape' && e.key !== 'Enter')) return;
    if (e.key === 'Escape') el.value = committed;
    else {
      committed = el.value;
      const [d, m, y] = committed.split('.');
      app.value = `${y}-${m}-${d}`;
    }
    open = false;
    el.setAttribute('aria-expanded', 'false');
    if (!hiding) return; // closed while opening: the hiding still comes, and stays
    for (const o of others) o.removeAttribute('aria-hidden');
    hiding = false;
  });
  return app;
}

describe('Vaadin web components', () => {
  beforeEach(() => layOutPage());
  afterEach(() => vi.restoreAllMocks());

  test('a labelled box whose generated id says «search» is a field; a box with only such words is the search box', () => {
    page();
    const { targets } = planWithElements(document, citizen());
    const birth = targets.find((t) => t.key === 'birthDate');
    expect(birth?.element.id).toBe(PICKER_ID);
    expect(birth?.problem).toBeUndefined();
    // The page's own search box (name «search», no label; its placeholder a surname) is left alone.
    expect(targets.map((t) => t.element?.id)).not.toContain('q');
    expect(targets.find((t) => t.key === 'lastName')?.element.id).toBe('fam');
  });

  test('a date picker that cancels on Escape: the date committed with Enter once it is open, the page not left hidden', async () => {
    page();
    const app = datePicker();
    const { report } = await fillOn(document, citizen());
    expect(report.birthDate).toMatchObject({ status: 'filled' });
    expect((document.getElementById(PICKER_ID) as HTMLInputElement).value).toBe('14.03.1956');
    expect(app.value).toBe('1956-03-14');
    expect(document.getElementById(PICKER_ID)?.getAttribute('aria-expanded')).toBe('false');
    await new Promise((r) => setTimeout(r, 60)); // longer than the calendar takes to open
    expect(document.querySelectorAll('[aria-hidden="true"]')).toHaveLength(0);
    // The field after the date is there and filled.
    expect(report.snils).toMatchObject({ status: 'filled' });
    expect((document.getElementById('q') as HTMLInputElement).value).toBe('');
  });
});

const CATEGORY_OPTIONS = ['Ветеран боевых действий', 'Ветеран труда', 'Труженик тыла'];

/**
 * A Vaadin-like combo box with a clear button; returns the category its app holds. An option's click sets the value
 * and says closed at once, the list leaves the screen `closingMs` later; Escape closes an open list as it was, and
 * clears a closed box.
 */
function comboBox(closingMs: number): { value: string } {
  document.body.innerHTML =
    '<main><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="cat">Категория льготы</label>' +
    '<input id="cat" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="cat-list">' +
    '<span id="cat-clear" role="button" aria-label="Очистить"></span></main>' +
    `<div id="cat-list" role="listbox" hidden>${CATEGORY_OPTIONS.map((o) => `<div role="option">${o}</div>`).join('')}</div>`;
  const input = document.getElementById('cat') as HTMLInputElement;
  const list = document.getElementById('cat-list') as HTMLElement;
  const app = { value: '' };
  const set = (value: string) => {
    app.value = value;
    input.value = value;
  };
  const saysClosed = () => input.setAttribute('aria-expanded', 'false');
  input.addEventListener('click', () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  });
  for (const option of list.querySelectorAll<HTMLElement>('[role="option"]')) {
    option.addEventListener('click', () => {
      set(option.textContent ?? '');
      saysClosed();
      setTimeout(() => {
        list.hidden = true;
      }, closingMs);
    });
  }
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (input.getAttribute('aria-expanded') === 'true') {
      list.hidden = true;
      saysClosed();
    } else set('');
  });
  document.getElementById('cat-clear')?.addEventListener('click', () => set(''));
  return app;
}

describe('a Vaadin-like combo box whose list closes slowly', () => {
  beforeEach(() => layOutPage());
  afterEach(() => vi.restoreAllMocks());

  test('the list still leaving the screen after the choice: no Escape, the category chosen stays', async () => {
    const app = comboBox(1_000);
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(app.value).toBe('Ветеран труда');
    expect((document.getElementById('cat') as HTMLInputElement).value).toBe('Ветеран труда');
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
    // The box's Escape does clear a closed box: had the fill pressed it, the category would be gone.
    document
      .getElementById('cat')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(app.value).toBe('');
  });
});
