import { describe, expect, test } from 'vitest';
import { citizen, fillOn } from './prefill-helpers';

// An autocomplete as PrimeNG's AutoComplete builds it: an input (role=combobox, aria-autocomplete=list) that opens
// no list on a click or a key; typed into, it asks for matches after a debounce and shows them in a listbox at the
// end of <body>, which Escape closes. The fill types a few letters of the wanted option, as a person does, and clicks
// the option.

const OPTIONS = ['Ветераны труда Новосибирской области', 'Ветераны труда', 'Труженики тыла'];

function page({
  lists,
  shown = '',
  options = OPTIONS,
  readOnly = false,
}: {
  lists: boolean;
  shown?: string;
  options?: string[];
  readOnly?: boolean;
}) {
  document.body.innerHTML =
    '<form><label for="fam">Фамилия</label><input id="fam">' +
    '<label for="cat">Льготная категория</label><span class="ac">' +
    '<input id="cat" role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off">' +
    '<button type="button" tabindex="-1"></button></span></form>';
  const input = document.getElementById('cat') as HTMLInputElement;
  input.value = shown;
  input.readOnly = readOnly;
  const model = { value: shown, searches: 0 };
  const close = () => {
    document.getElementById('cat-list')?.remove();
    input.setAttribute('aria-expanded', 'false');
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      close();
      const query = input.value.trim().toLowerCase();
      if (!lists || !query) return;
      model.searches++;
      const list = document.createElement('ul');
      list.id = 'cat-list';
      list.setAttribute('role', 'listbox');
      for (const name of options.filter((o) => o.toLowerCase().includes(query))) {
        const option = document.createElement('li');
        option.setAttribute('role', 'option');
        option.textContent = name;
        option.addEventListener('click', () => {
          model.value = name;
          input.value = name;
          close();
        });
        list.append(option);
      }
      document.body.append(list);
      input.setAttribute('aria-controls', 'cat-list');
      input.setAttribute('aria-expanded', 'true');
    }, 300);
  });
  return { input, model };
}

describe('an autocomplete whose list comes only with typing (PrimeNG AutoComplete)', () => {
  test('a few letters typed bring the list; the option is clicked: filled, and the box and the model hold it', async () => {
    const { input, model } = page({ lists: true });
    const { report } = await fillOn(document, citizen());
    expect(report.category).toMatchObject({ status: 'filled' });
    expect(model).toMatchObject({ value: 'Ветераны труда', searches: 1 });
    expect(input.value).toBe('Ветераны труда');
    expect(document.getElementById('cat-list')).toBeNull();
  });

  test('a box that shows no list even when typed into gets its text back and is left to the clerk', async () => {
    const { input, model } = page({ lists: false, shown: 'Труженики тыла' });
    const { report } = await fillOn(document, citizen());
    // The field before it is filled in the same click: the fill ran.
    expect((document.getElementById('fam') as HTMLInputElement).value).not.toBe('');
    expect(report.category?.status).not.toBe('filled');
    expect(input.value).toBe('Труженики тыла');
    expect(model.value).toBe('Труженики тыла');
  }, 15_000);

  test('a list the letters brought with no wanted option: closed, the box given back what it showed', async () => {
    const { input, model } = page({
      lists: true,
      shown: 'Труженики тыла',
      options: ['Ветераны боевых действий', 'Труженики тыла'],
    });
    const { report } = await fillOn(document, citizen());
    expect((document.getElementById('fam') as HTMLInputElement).value).not.toBe('');
    expect(report.category?.status).not.toBe('filled');
    // The letters brought the list (the search ran), and the box holds what it did before, none of them.
    expect(model.searches).toBeGreaterThan(0);
    expect(model.value).toBe('Труженики тыла');
    expect(input.value).toBe('Труженики тыла');
    expect(document.getElementById('cat-list')).toBeNull();
  }, 15_000);

  test('a read-only one is not typed into: nothing written, left to the clerk', async () => {
    const { input, model } = page({ lists: true, readOnly: true });
    const { report } = await fillOn(document, citizen());
    expect((document.getElementById('fam') as HTMLInputElement).value).not.toBe('');
    expect(report.category?.status).not.toBe('filled');
    expect(model).toMatchObject({ value: '', searches: 0 });
    expect(input.value).toBe('');
  }, 15_000);
});
