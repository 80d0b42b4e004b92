import { describe, expect, test } from 'vitest';
import type { FillReport } from '@/utils/prefill/types';
import { citizen, fillOn, planOn } from './prefill-helpers';

// Custom dropdowns written the way UI libraries write them (happy-dom): a button that opens a listbox portalled to
// <body>, a search box in the popup whose options arrive later, a hidden native select behind the visible control.
// The real libraries are exercised in real browsers (tests/e2e/prefill-libs.e2e.ts).

const CATEGORIES = ['Ветераны труда Новосибирской области', 'Ветераны труда', 'Труженики тыла'];

/** A dropdown: a button (aria-haspopup=listbox) that opens a listbox in <body>; a hidden select holds the value. */
function installDropdown(
  doc: Document,
  opts: {
    search?: boolean;
    late?: boolean;
    broken?: boolean;
    closesLater?: boolean;
    showsLater?: boolean;
    inPlaceholder?: boolean;
    loadsAfterMs?: number;
    appearsAfterMs?: number;
    busyMeanwhile?: boolean;
  } = {},
) {
  const button = doc.getElementById('cat') as HTMLButtonElement;
  const native = doc.getElementById('cat-native') as HTMLSelectElement;
  const close = () => {
    doc.getElementById('cat-popup')?.remove();
    button.setAttribute('aria-expanded', 'false');
  };
  // `closesLater`: the list closes a little after the click, and Escape while it is open takes the choice back
  // (React Aria's combo box «reverts» on Escape).
  button.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !doc.getElementById('cat-popup')) return;
    if (opts.closesLater) {
      button.textContent = '';
      native.value = '';
    }
    if (opts.closesLater || opts.loadsAfterMs !== undefined) close();
  });
  const render = (list: HTMLElement, filter: string) => {
    list.innerHTML = '';
    for (const text of CATEGORIES.filter((c) => c.toLowerCase().includes(filter.toLowerCase()))) {
      const li = doc.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = text;
      li.addEventListener('click', () => {
        if (opts.broken) return;
        // `showsLater`: the box shows the choice only after the list's closing transition; `inPlaceholder`: in the
        // element that held its placeholder (element-plus).
        const show = () => {
          button.innerHTML = opts.inPlaceholder ? `<span class="select__placeholder">${text}</span>` : text;
        };
        if (opts.showsLater) setTimeout(show, 150);
        else show();
        native.value = text;
        const popup = doc.getElementById('cat-popup');
        if (opts.closesLater) setTimeout(() => popup?.isConnected && close(), 20);
        else close();
      });
      list.append(li);
    }
  };
  // `appearsAfterMs`: the widget says it is open at once and draws its list that much later; a second press while
  // it is open closes it, as it does once the list is drawn.
  let opening = false;
  button.addEventListener('mousedown', () => {
    if (doc.getElementById('cat-popup') || opening) {
      opening = false;
      return close();
    }
    if (opts.appearsAfterMs !== undefined) {
      opening = true;
      // `busyMeanwhile`: a «Загрузка…» box instead, the widget not yet expanded (MUI's Autocomplete loading on open).
      const busy = doc.createElement('div');
      busy.className = 'select-loading';
      busy.textContent = 'Загрузка…';
      if (opts.busyMeanwhile) doc.body.append(busy);
      else button.setAttribute('aria-expanded', 'true');
      setTimeout(() => {
        busy.remove();
        if (opening) draw();
        opening = false;
      }, opts.appearsAfterMs);
    } else draw();
  });
  const draw = () => {
    const popup = doc.createElement('div');
    popup.id = 'cat-popup';
    const list = doc.createElement('ul');
    list.setAttribute('role', 'listbox');
    if (opts.search) {
      const box = doc.createElement('input');
      box.id = 'cat-search';
      box.addEventListener('input', () => setTimeout(() => render(list, box.value), 30));
      popup.append(box);
    }
    popup.append(list);
    doc.body.append(popup);
    button.setAttribute('aria-expanded', 'true');
    if (opts.loadsAfterMs !== undefined) {
      list.innerHTML = '<li>Загрузка…</li>';
      setTimeout(() => render(list, ''), opts.loadsAfterMs);
    } else if (!opts.late) render(list, '');
  };
}

function page(): Document {
  document.body.innerHTML =
    '<form><div><input id="q" name="q" placeholder="Поиск"></div>' +
    '<div><label id="cat-label">Льготная категория</label>' +
    '<select id="cat-native" name="category" aria-hidden="true" tabindex="-1" style="display:none">' +
    CATEGORIES.map((c) => `<option>${c}</option>`).join('') +
    '<option value="" selected></option></select>' +
    '<button type="button" id="cat" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="cat-label"></button></div>' +
    '<div><label for="fam">Фамилия</label><input id="fam" name="fam"></div></form>';
  (document.getElementById('cat-native') as HTMLSelectElement).value = '';
  return document;
}

/** The category chosen, shown by the box, held by its native select, and the list closed. */
function expectChosenAndClosed(doc: Document, report: FillReport): void {
  expect(report.category).toMatchObject({ status: 'filled' });
  expect(doc.getElementById('cat')?.textContent).toBe('Ветераны труда');
  expect((doc.getElementById('cat-native') as HTMLSelectElement).value).toBe('Ветераны труда');
  expect(doc.getElementById('cat-popup')).toBeNull();
}

describe('custom dropdowns', () => {
  test('collect sees one combobox standing for its hidden native select, labelled by its ARIA relation', () => {
    const doc = page();
    installDropdown(doc);
    const { description, plan } = planOn(doc, citizen());
    const combo = description.controls.find((c) => c.kind === 'combobox');
    expect(combo?.hints.label).toBe('Льготная категория');
    expect(description.controls.filter((c) => c.kind === 'select')).toEqual([]); // the hidden native select
    expect(plan.targets.find((t) => t.key === 'category')).toMatchObject({ value: 'Ветераны труда' });
  });

  test('opened like a person, the list found in <body>, the option chosen through the catalogue, verified', async () => {
    const doc = page();
    installDropdown(doc);
    const { report } = await fillOn(doc, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(doc.getElementById('cat')?.textContent).toBe('Ветераны труда'); // not «… Новосибирской области»
    expect((doc.getElementById('cat-native') as HTMLSelectElement).value).toBe('Ветераны труда');
    expect(doc.getElementById('cat-popup')).toBeNull();
    expect((doc.getElementById('q') as HTMLInputElement).value).toBe('');
  });

  test('a list that closes by itself a little after the choice is left to close: no Escape takes the choice back', async () => {
    const doc = page();
    installDropdown(doc, { closesLater: true });
    const { report } = await fillOn(doc, citizen());
    expectChosenAndClosed(doc, report);
  });

  test('a box that shows the choice a moment after its list closed, in its placeholder element: filled', async () => {
    const doc = page();
    installDropdown(doc, { showsLater: true, inPlaceholder: true });
    const { report } = await fillOn(doc, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(doc.getElementById('cat')?.textContent).toBe('Ветераны труда');
    expect((doc.getElementById('cat-native') as HTMLSelectElement).value).toBe('Ветераны труда');
  });

  test('a search box in the popup: typed into, options awaited as they arrive', async () => {
    const doc = page();
    installDropdown(doc, { search: true, late: true });
    const { report } = await fillOn(doc, citizen());
    expect(report.category.status).toBe('filled');
    expect(doc.getElementById('cat')?.textContent).toBe('Ветераны труда');
    expect((doc.getElementById('q') as HTMLInputElement).value).toBe('');
  });

  test('a control that ignores the click: nothing is written behind it, and the clerk is told', async () => {
    const doc = page();
    installDropdown(doc, { broken: true });
    const { report } = await fillOn(doc, citizen());
    expect(report.category.status).toBe('invalid');
    expect(report.category.reason).toMatch(/введите вручную|выберите вручную/);
    expect(doc.getElementById('cat')?.textContent).toBe('');
    expect((doc.getElementById('cat-native') as HTMLSelectElement).value).toBe('');
    // Positive control in the same fill.
    expect((doc.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });

  test('a category its list does not have: not chosen, and the clerk is told', async () => {
    const doc = page();
    installDropdown(doc);
    const { report } = await fillOn(doc, citizen('rehabilitated'));
    expect(report.category).toMatchObject({
      status: 'not-found',
      reason: 'В списке нет категории «Реабилитированные лица»',
    });
    expect(doc.getElementById('cat-popup')).toBeNull();
    expect(doc.getElementById('cat')?.textContent).toBe('');
  });

  test('a dictionary that never comes: nothing chosen, the list closed, the clerk told the list is empty', async () => {
    const doc = page();
    installDropdown(doc, { loadsAfterMs: 60_000 });
    const { report } = await fillOn(doc, citizen());
    expect(report.category).toMatchObject({ status: 'invalid' });
    expect(report.category.reason).toContain('в списке не появилось ни одного варианта');
    expect(doc.getElementById('cat')?.textContent).toBe('');
    expect((doc.getElementById('cat-native') as HTMLSelectElement).value).toBe('');
    expect(doc.getElementById('cat-popup')).toBeNull();
    // Positive control in the same fill.
    expect((doc.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });

  test.each([
    [
      'a dictionary fetched on the first open («Загрузка…» in the list, the options 2 s later)',
      { loadsAfterMs: 2_000 },
    ],
    [
      'a list the widget says it opened, drawn 2.5 s after the click (not clicked shut again)',
      { appearsAfterMs: 2_500 },
    ],
    [
      'a list drawn 2.5 s after the click, «Загрузка…» shown meanwhile and no ARIA said',
      { appearsAfterMs: 2_500, busyMeanwhile: true },
    ],
  ] as const)('%s: waited for, chosen, verified', async (_, opts) => {
    const doc = page();
    installDropdown(doc, opts);
    const { report } = await fillOn(doc, citizen());
    expectChosenAndClosed(doc, report);
  });
});
