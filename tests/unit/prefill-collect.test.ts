import { describe, expect, test, vi } from 'vitest';
import { collectFields, selectorFor } from '../../utils/prefill';
import { citizen, planOn } from './prefill-helpers';

// Collect: a plain JSON description (the elements stay in the page's map), work that gives the page its turn on a
// large form, date segments drawn as spans, combined fields, and the robust selector of a control.

const win = () => window as unknown as Parameters<typeof collectFields>[1];

describe('the description', () => {
  test('is plain JSON: refs in document order, groups, blocks; the elements are only in the page-side map', async () => {
    document.body.innerHTML =
      '<form><h3>Паспорт</h3><label for="a">Серия</label><input id="a"><label for="b">Номер</label><input id="b">' +
      '<h3>Льгота</h3><label for="c">Категория</label><select id="c"><option value="1">Ветеран труда</option></select></form>';
    const { description, elements } = await collectFields(document, win());
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
    expect(description.controls.map((c) => [c.ref, c.hints.label, c.block])).toEqual([
      ['f0', 'Серия', 0],
      ['f1', 'Номер', 0],
      ['f2', 'Категория', 1],
    ]);
    expect(description.blocks).toEqual([
      { title: 'Паспорт', group: 0 },
      { title: 'Льгота', group: 0 },
    ]);
    expect(elements.get('f2')?.element).toBe(document.getElementById('c'));
  });

  test('selects are read without their live option collections, which the browser would keep on each select', async () => {
    document.body.innerHTML =
      '<form><label for="m">Месяц</label><select id="m"><option value="">—</option>' +
      '<option value="1">января</option><option value="2">февраля</option></select>' +
      '<label for="k">Категория</label><select id="k"><option value="">Выберите</option>' +
      '<option value="0101">Ветеран труда</option></select></form>';
    (document.getElementById('m') as HTMLSelectElement).value = '2';
    const options = vi.spyOn(HTMLSelectElement.prototype, 'options', 'get');
    const selected = vi.spyOn(HTMLSelectElement.prototype, 'selectedOptions', 'get');
    try {
      const { description } = await collectFields(document, win());
      const [month, category] = description.controls;
      expect(month.options.map((o) => o.text)).toEqual(['—', 'января', 'февраля']);
      expect(month.selectedText).toBe('февраля');
      expect(category.hints.placeholder).toBe('Выберите');
      expect(options).not.toHaveBeenCalled();
      expect(selected).not.toHaveBeenCalled();
      // Positive control: the spies see a read of either collection.
      void (document.getElementById('k') as HTMLSelectElement).options;
      void (document.getElementById('k') as HTMLSelectElement).selectedOptions;
      expect(options).toHaveBeenCalledTimes(1);
      expect(selected).toHaveBeenCalledTimes(1);
    } finally {
      options.mockRestore();
      selected.mockRestore();
    }
  });

  test('a large form: the collect gives the page its turn, and describes every control', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `<tr><td><label for="x${i}">Показатель ${i}</label></td><td><input id="x${i}"></td></tr>`,
    );
    document.body.innerHTML = `<form><table>${rows.join('')}</table></form>`;
    const slow = await collectFields(document, win(), undefined, { sliceMs: 0 });
    expect(slow.yields).toBeGreaterThan(0);
    expect(slow.description.controls).toHaveLength(300);
    expect(slow.description.controls[299].hints.label).toBe('Показатель 299');
    // Positive control: with no slicing it never gives way.
    const fast = await collectFields(document, win(), undefined, { sliceMs: Number.POSITIVE_INFINITY });
    expect(fast.yields).toBe(0);
  });

  test('a library-hidden 1-pixel select and an aria-hidden input are no fields', async () => {
    document.body.innerHTML =
      '<form><label for="s">Категория</label><select id="s" aria-hidden="true"><option>1</option></select>' +
      '<input id="h" aria-hidden="true" tabindex="-1"><label for="f">Фамилия</label><input id="f"></form>';
    const { description } = await collectFields(document, win());
    expect(description.controls.map((c) => c.hints.id)).toEqual(['f']);
  });
});

describe('date segments drawn as spans', () => {
  test('three spinbuttons in a labelled group are one date field, named by its group and its form input', () => {
    document.body.innerHTML =
      '<form><label id="dl" for="birthday">Дата рождения</label><div role="group" aria-labelledby="dl"><div>' +
      '<span role="spinbutton" contenteditable="true" aria-label="День" aria-valuemax="31">ДД</span>.' +
      '<span role="spinbutton" contenteditable="true" aria-label="Месяц" aria-valuemax="12">ММ</span>.' +
      '<span role="spinbutton" contenteditable="true" aria-label="Год" aria-valuemax="9999">ГГГГ</span></div>' +
      '<input id="birthday" name="birthday" aria-hidden="true" tabindex="-1"></div></form>';
    const { description, plan, elements } = planOn(document, citizen());
    expect(description.controls).toHaveLength(1);
    expect(description.controls[0]).toMatchObject({
      kind: 'segmented-date',
      hints: { label: 'Дата рождения' },
    });
    expect(plan.targets[0]).toMatchObject({ key: 'birthDate', value: '1956-03-14' });
    expect(elements.get('f0')?.holder).toBe(document.getElementById('birthday'));
  });
});

describe('combined fields', () => {
  test('«Когда и кем выдан» gets the date and the issuer in the label’s order; «Ф.И.О.» and «Серия и номер» one value', () => {
    document.body.innerHTML =
      '<form><label for="f">Ф.И.О.</label><input id="f"><h3>Паспорт</h3><label for="sn">Серия и номер</label><input id="sn">' +
      '<label for="w">Когда и кем выдан</label><input id="w"><h3>Удостоверение</h3>' +
      '<label for="k">Кем и когда выдано</label><input id="k"></form>';
    const { plan } = planOn(document, citizen());
    const value = (key: string) => plan.targets.find((t) => t.covers.includes(key as never))?.value;
    expect(value('lastName')).toBe('Петров Пётр Семёнович');
    expect(value('idNumber')).toBe('5004 123456');
    expect(value('idIssuer')).toBe('01.06.2003, ОВД Советского района г. Новосибирска');
    expect(value('basisDocIssuer')).toBe(
      'Департамент социальной защиты населения Новосибирской области, 20.09.2010',
    );
  });
});

describe('selectorFor', () => {
  test('id, then name, then the label’s ARIA relation or aria-label; a generated id is passed over', () => {
    document.body.innerHTML =
      '<input id="snils"><input id=":r3:" name="fam"><input id="mui-1234" aria-labelledby="lbl x">' +
      '<input aria-label="Кем выдан"><input name="dup"><input name="dup">';
    const inputs = Array.from(document.querySelectorAll('input'));
    expect(inputs.map(selectorFor)).toEqual([
      '#snils',
      'input[name="fam"]',
      'input[aria-labelledby="lbl x"]',
      'input[aria-label="Кем выдан"]',
      '',
      '',
    ]);
  });

  test('a repeated name inside a block with a stable id is found through that block, never by position', () => {
    document.body.innerHTML =
      '<div id="pasp"><input name="nom"></div><div id="udost"><input name="nom"></div><div><input name="nom"></div>';
    const inputs = Array.from(document.querySelectorAll('input'));
    expect(inputs.map(selectorFor)).toEqual(['#pasp input[name="nom"]', '#udost input[name="nom"]', '']);
    expect(document.querySelector(selectorFor(inputs[1]))).toBe(inputs[1]);
  });
});
