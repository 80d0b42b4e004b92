import { afterEach, describe, expect, test, vi } from 'vitest';
import { undoApplied } from '../../utils/prefill';
import { citizen, fillOn, layOutPage, planOn } from './prefill-helpers';

// A category list drawn by Chosen 1.8, the way it draws one: the native select hidden (display:none), its box right
// after it with no ARIA at all — what it shows in `a.chosen-single` (`chosen-default` while the placeholder shows), a
// search box and the results in a drop clipped away while closed — and the box drawn again from the select on
// `chosen:updated` (Chosen's jQuery handler hears the DOM event); a disabled select's search box is disabled too. The
// page's own script listens to `change`.

const CATEGORIES = ['Ветераны труда Новосибирской области', 'Ветераны труда', 'Труженики тыла'];
const PLACEHOLDER = 'Выберите категорию...';

interface ChosenPage {
  select: HTMLSelectElement;
  /** What the box shows the clerk. */
  shown(): string;
  /** Values the page's own `change` listener heard. */
  heard: string[];
}

function chosenPage({ redraws = true, disabled = false } = {}): ChosenPage {
  document.body.innerHTML =
    '<form><table><tr><td><label for="fam">Фамилия</label></td><td><input id="fam" name="fam"></td></tr>' +
    '<tr><td><label for="lk_kat">Категория</label></td><td>' +
    `<select id="lk_kat" name="lk_kat" style="display:none"${disabled ? ' disabled' : ''}><option value=""></option>` +
    CATEGORIES.map((c, i) => `<option value="k${i}">${c}</option>`).join('') +
    '</select><div class="chosen-container chosen-container-single" id="lk_kat_chosen">' +
    `<a class="chosen-single chosen-default" tabindex="-1"><span>${PLACEHOLDER}</span><div><b></b></div></a>` +
    '<div class="chosen-drop" style="position:absolute;clip:rect(0,0,0,0)"><div class="chosen-search">' +
    `<input class="chosen-search-input" type="text" autocomplete="off"${disabled ? ' disabled' : ''}>` +
    '</div><ul class="chosen-results">' +
    CATEGORIES.map((c) => `<li class="active-result">${c}</li>`).join('') +
    '</ul></div></div></td></tr></table></form>';
  const select = document.getElementById('lk_kat') as HTMLSelectElement;
  const single = document.querySelector('#lk_kat_chosen > a') as HTMLElement;
  const heard: string[] = [];
  select.addEventListener('change', () => heard.push(select.value));
  if (redraws)
    select.addEventListener('chosen:updated', () => {
      const option = select.options[select.selectedIndex];
      const chosen = option && option.value !== '';
      single.classList.toggle('chosen-default', !chosen);
      (single.firstElementChild as HTMLElement).textContent = chosen ? option.text : PLACEHOLDER;
    });
  return { select, heard, shown: () => single.textContent ?? '' };
}

describe('Chosen', () => {
  test('the category is chosen in its select and shown in its box; undo puts both back', async () => {
    const page = chosenPage();
    const { report, undo } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(page.select.selectedOptions[0].text).toBe('Ветераны труда');
    expect(page.shown()).toBe('Ветераны труда');
    expect(page.heard).toEqual([page.select.value]);
    // The box's search input is the box's own part, not a field of its own.
    expect((document.querySelector('.chosen-search-input') as HTMLInputElement).value).toBe('');

    await undoApplied(undo);
    expect(page.select.value).toBe('');
    expect(page.shown()).toBe(PLACEHOLDER);
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('');
  });

  test('a box that does not draw itself from the select: nothing stays chosen, the clerk is told', async () => {
    const page = chosenPage({ redraws: false });
    const { report } = await fillOn(document, citizen());
    expect(report.category.status).not.toBe('filled');
    expect(page.select.value).toBe('');
    expect(page.shown()).toBe(PLACEHOLDER);
    // Positive control: the same fill wrote the surname.
    expect(report.lastName).toMatchObject({ status: 'filled' });
    expect((document.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });

  test('a disabled list is not a field to fill', async () => {
    const page = chosenPage({ disabled: true });
    const { description } = planOn(document, citizen());
    expect(description.controls.map((c) => c.hints.label)).toEqual(['Фамилия']);
    const { report } = await fillOn(document, citizen());
    expect(report.category?.status).not.toBe('filled');
    expect(page.select.value).toBe('');
    expect(report.lastName).toMatchObject({ status: 'filled' });
  });

  test('an enabled one is described once, as the list its label names, with its options', () => {
    chosenPage();
    const { description } = planOn(document, citizen());
    expect(description.controls.map((c) => [c.kind, c.hints.label])).toEqual([
      ['text', 'Фамилия'],
      ['combobox', 'Категория'],
    ]);
    expect(description.controls[1].options.map((o) => o.text)).toEqual(['', ...CATEGORIES]);
  });
});

// ui-select 0.19 (AngularJS), bootstrap theme, as it renders closed: the label's `for` names its search box, hidden
// until the list opens; the toggle shows the placeholder; an offscreen focusser is a role=button with no state. Its
// list is ARIA options (operated in the browser: tests/e2e/prefill-libs.e2e.ts, the AngularJS page).
function uiSelectPage(): void {
  document.body.innerHTML =
    '<form><label for="fam">Фамилия</label><input id="fam" name="fam">' +
    '<label for="kategoriya">Категория льготы</label>' +
    '<div class="ui-select-container ui-select-bootstrap dropdown" name="kategoriya">' +
    '<div class="ui-select-match"><span tabindex="-1" class="btn ui-select-toggle" aria-label="Select box activate">' +
    '<span class="ui-select-placeholder text-muted">Выберите или начните вводить…</span>' +
    '<span class="ui-select-match-text pull-left" style="display:none"></span></span></div>' +
    '<input type="search" class="ui-select-search" id="kategoriya" aria-expanded="true" aria-owns="ui-select-choices-0" style="display:none">' +
    '<ul class="ui-select-choices" style="display:none"><li id="ui-select-choices-0"></li></ul>' +
    '<input class="ui-select-focusser ui-select-offscreen" type="text" id="focusser-0" aria-haspopup="true" role="button">' +
    '</div></form>';
}

describe('ui-select', () => {
  test('described once, as the list its label names through its hidden search box', () => {
    uiSelectPage();
    const { description, elements } = planOn(document, citizen());
    expect(description.controls.map((c) => [c.kind, c.hints.label])).toEqual([
      ['text', 'Фамилия'],
      ['combobox', 'Категория льготы'],
    ]);
    const widget = elements.get(description.controls[1].ref)?.widget;
    expect(widget?.trigger.getAttribute('aria-label')).toBe('Select box activate');
    expect(widget?.input?.id).toBe('kategoriya');
  });
});

// select2 3.5, as it renders closed: its box before the select it hides offscreen, the page's label moved onto its
// offscreen focus box (a role=button input), its list and search box in a drop hidden until it opens.
function select2v3Page(): void {
  document.body.innerHTML =
    '<form><label for="fam">Фамилия</label><input id="fam" name="fam">' +
    '<label for="s2id_autogen1">Льготная категория</label>' +
    '<div class="select2-container" id="s2id_kat"><a class="select2-choice select2-default" tabindex="-1">' +
    '<span class="select2-chosen">Выберите…</span><abbr class="select2-search-choice-close"></abbr>' +
    '<span class="select2-arrow" role="presentation"><b role="presentation"></b></span></a>' +
    '<label for="s2id_autogen1" class="select2-offscreen">Льготная категория</label>' +
    '<input class="select2-focusser select2-offscreen" type="text" aria-haspopup="true" role="button" id="s2id_autogen1">' +
    '<div class="select2-drop select2-display-none" style="display:none"><div class="select2-search">' +
    '<input type="text" class="select2-input" role="combobox" aria-expanded="true" aria-owns="select2-results-1"></div>' +
    '<ul class="select2-results" role="listbox" id="select2-results-1"></ul></div></div>' +
    `<select id="kat" name="kat" class="select2-offscreen" tabindex="-1"><option value=""></option>${CATEGORIES.map((c, i) => `<option value="k${i}">${c}</option>`).join('')}</select>` +
    '</form>';
}

describe('select2 3', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('described once, as the list the label on its focus box names, standing for the select after it', () => {
    select2v3Page();
    // Laid out as select2's stylesheet lays it out: what it hides offscreen is a 1-pixel box.
    layOutPage((el) =>
      el.classList.contains('select2-offscreen') ? { width: 1, height: 1 } : { width: 160, height: 22 },
    );
    const { description, elements } = planOn(document, citizen());
    expect(description.controls.map((c) => [c.kind, c.hints.label])).toEqual([
      ['text', 'Фамилия'],
      ['combobox', 'Льготная категория'],
    ]);
    const widget = elements.get(description.controls[1].ref)?.widget;
    expect(widget?.native?.id).toBe('kat');
    expect(description.controls[1].options.map((o) => o.text)).toEqual(['', ...CATEGORIES]);
  });

  test('select2 4 (ARIA, its box after the select) is not taken for a box standing for the select after it', () => {
    document.body.innerHTML =
      '<form><label for="a">Вид документа</label>' +
      '<select id="a" name="a" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true"><option value="1">Паспорт</option></select>' +
      '<span class="select2 select2-container"><span class="selection"><span class="select2-selection" role="combobox" ' +
      'aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-a-container">' +
      '<span class="select2-selection__rendered" id="select2-a-container">Паспорт</span></span></span></span>' +
      '<label for="b">Категория</label><select id="b" name="b"><option value="">—</option></select></form>';
    const { description, elements } = planOn(document, citizen());
    const natives = description.controls.map((c) => elements.get(c.ref)?.widget?.native?.id ?? null);
    expect(natives).toEqual(['a', null]);
    expect(description.controls.map((c) => c.kind)).toEqual(['combobox', 'select']);
  });
});
