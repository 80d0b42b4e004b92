import { describe, expect, test } from 'vitest';
import { describeControl, labelOf, sectionOfControl } from '../../utils/fields/describe';

// DOM → hints: each label source and each kind of section heading, read from small static pages.

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const el = (sel: string) => document.querySelector(sel) as HTMLElement;

describe('labelOf', () => {
  test('label[for] beats placeholder and title, which stay separate hints', () => {
    const doc = page(
      '<label for="a">Фамилия</label><input id="a" name="fam" placeholder="Иванов" title="как в паспорте">',
    );
    expect(describeControl(el('#a'), doc)).toEqual({
      label: 'Фамилия',
      section: '',
      name: 'fam',
      id: 'a',
      placeholder: 'Иванов',
      title: 'как в паспорте',
    });
  });

  test('a select with no label: its prompt option (no value) is its placeholder; a real first option is not', () => {
    const doc = page(
      '<select id="a"><option value="" disabled selected>Категория получателя</option><option value="1">Инвалиды</option></select>' +
        '<select id="b"><option value="1">Ветераны труда</option></select>',
    );
    expect(describeControl(el('#a'), doc).placeholder).toBe('Категория получателя');
    expect(describeControl(el('#b'), doc).placeholder).toBe('');
  });

  test('a wrapping label gives its own text, not the options of the select inside it', () => {
    const doc = page(
      '<label><span>Льготная категория</span> <select><option>Ветеран труда</option></select></label>',
    );
    expect(labelOf(el('select'), doc)).toBe('Льготная категория');
  });

  test('aria-labelledby (several ids) wins over a wrapping label; aria-label is used when nothing else is', () => {
    const doc = page(
      '<span id="x">Дата</span><span id="y">выдачи</span><label>Другое <input id="a" aria-labelledby="x y"></label>' +
        '<div><input id="b" aria-label="Кем выдан"></div>',
    );
    expect(labelOf(el('#a'), doc)).toBe('Дата выдачи');
    expect(labelOf(el('#b'), doc)).toBe('Кем выдан');
  });

  test('the label cell before the input cell in a table row', () => {
    const doc = page(
      '<table><tr><th>СНИЛС</th><td><input id="a"></td></tr><tr><td>Имя</td><td></td><td><input id="b"></td></tr></table>',
    );
    expect(labelOf(el('#a'), doc)).toBe('СНИЛС');
    expect(labelOf(el('#b'), doc)).toBe('Имя');
  });

  test('preceding text climbs out of a box that holds only this control, but not into the whole form', () => {
    const doc = page(
      '<form><div class="row"><div class="caption">Отчество</div><div><span><input id="a"></span></div></div>' +
        '<div class="row"><input id="b"><input id="c"></div></form>',
    );
    expect(labelOf(el('#a'), doc)).toBe('Отчество');
    expect(labelOf(el('#c'), doc)).toBe('');
  });
  test('a form item label with no `for`, beside the fifth box around the input (Naive UI), names it', () => {
    const item = (label: string, id: string) =>
      `<div class="n-form-item"><label class="n-form-item-label"><span>${label}</span><span>*</span></label>` +
      '<div class="n-form-item-blank"><div class="n-input"><div class="n-input-wrapper"><div class="n-input__input">' +
      `<input id="${id}" placeholder="Ввести"></div></div></div></div></div>`;
    const doc = page(`<form>${item('Фамилия', 'a')}${item('Имя', 'b')}</form>`);
    expect(labelOf(el('#a'), doc)).toBe('Фамилия*');
    expect(labelOf(el('#b'), doc)).toBe('Имя*');
  });

  test('a label with no `for` after its input in the control’s own box (Taiga UI) names it; one naming another box does not', () => {
    const doc = page(
      '<h2>Паспорт</h2>' +
        '<tui-textfield><input id="tui_1"><label tuiLabel>Серия</label>' +
        '<span class="t-content"><button type="button">Очистить</button></span></tui-textfield>' +
        '<tui-textfield><input id="tui_2"><label tuiLabel>Номер</label></tui-textfield>' +
        '<div class="pair"><input id="c"><input id="d"><label>Кем выдан</label></div>' +
        '<div class="named"><input id="e"><label for="x">Код подразделения</label></div><input id="x">',
    );
    expect(labelOf(el('#tui_1'), doc)).toBe('Серия');
    expect(labelOf(el('#tui_2'), doc)).toBe('Номер');
    // Two controls share the box: the label may be either's.
    expect(labelOf(el('#d'), doc)).not.toBe('Кем выдан');
    // A label that names another control by `for` is that control's.
    expect(labelOf(el('#e'), doc)).not.toBe('Код подразделения');
    expect(labelOf(el('#x'), doc)).toBe('Код подразделения');
  });

  test('a «+7» prefix inside the box is no label: the text before the box is', () => {
    const doc = page(
      '<form><div class="item"><label>Телефон</label><div class="box"><div class="prefix">+7</div>' +
        '<div class="wrap"><input id="tel"></div></div></div><div class="item">№ <span>*</span><input id="n"></div></form>',
    );
    expect(labelOf(el('#tel'), doc)).toBe('Телефон');
    expect(labelOf(el('#n'), doc)).toBe('№');
  });

  test('a heading right before a control that has no label names its section, not the control', () => {
    const doc = page(
      '<form><h3>Документ, удостоверяющий личность</h3><div class="row"><input id="a" placeholder="Серия"></div>' +
        '<div class="row"><input id="b" placeholder="Номер"></div>' +
        '<div role="heading" aria-level="3">Контакты</div><input id="c" placeholder="Электронная почта">' +
        '<h3>Льгота</h3><span>Категория</span><div><input id="d"></div></form>',
    );
    expect(describeControl(el('#a'), doc)).toMatchObject({ label: '', placeholder: 'Серия' });
    expect(sectionOfControl(el('#a'), doc)).toBe('Документ, удостоверяющий личность');
    expect(labelOf(el('#c'), doc)).toBe('');
    // Positive control: text between the heading and the control still names it.
    expect(labelOf(el('#d'), doc)).toBe('Категория');
  });

  test('a hidden input before the visible box (a date picker’s copy, flatpickr altInput) leaves it the text before both', () => {
    const doc = page(
      '<form><div class="row"><label for="d">Когда выдан</label><div><input type="hidden" id="d" name="d">' +
        '<input id="alt" placeholder="ДД.ММ.ГГГГ"></div></div>' +
        '<div class="row">Дата назначения <input type="hidden" name="from"><input id="from-alt"></div></form>',
    );
    expect(labelOf(el('#alt'), doc)).toBe('Когда выдан');
    expect(labelOf(el('#from-alt'), doc)).toBe('Дата назначения');
  });
});

describe('sectionOfControl', () => {
  test('the summary of an open <details> heads the fields inside it', () => {
    page(
      '<details open><summary>Удостоверение</summary><div><span>Выдано</span><input id="a"></div></details>',
    );
    expect(sectionOfControl(el('#a'), document)).toBe('Удостоверение');
  });

  test('fieldset legend, nearest one wins', () => {
    const doc = page(
      '<fieldset><legend>Документ-основание</legend><fieldset><legend>Реквизиты</legend><input id="a"></fieldset><input id="b"></fieldset>',
    );
    expect(sectionOfControl(el('#a'), doc)).toBe('Реквизиты');
    expect(sectionOfControl(el('#b'), doc)).toBe('Документ-основание');
  });

  test('role=group aria-label and a table caption', () => {
    const doc = page(
      '<div role="group" aria-label="Документ, удостоверяющий личность"><input id="a"></div>' +
        '<table><caption>Льгота</caption><tr><td><input id="b"></td></tr></table>',
    );
    expect(sectionOfControl(el('#a'), doc)).toBe('Документ, удостоверяющий личность');
    expect(sectionOfControl(el('#b'), doc)).toBe('Льгота');
  });

  test('the nearest heading before the control in document order, across nesting', () => {
    const doc = page(
      '<h3>Гражданин</h3><div><input id="a"></div><div><h3>Документ, подтверждающий право на льготу</h3></div>' +
        '<div><div><label>Серия <input id="b"></label></div></div>',
    );
    expect(sectionOfControl(el('#a'), doc)).toBe('Гражданин');
    expect(sectionOfControl(el('#b'), doc)).toBe('Документ, подтверждающий право на льготу');
  });

  test('a tab panel is headed by the tab that names it (its aria-labelledby), not by the form title before the tabs', () => {
    const doc = page(
      '<h2>Внесение льготной категории</h2>' +
        '<ul class="nav nav-tabs" role="tablist">' +
        '<li><button role="tab" id="tab-person" aria-controls="pane-person" aria-selected="false">Гражданин</button></li>' +
        '<li><button role="tab" id="tab-passport" aria-controls="pane-passport" aria-selected="true">Документ, удостоверяющий личность</button></li></ul>' +
        '<div class="tab-content">' +
        '<div class="tab-pane" id="pane-person" role="tabpanel" aria-labelledby="tab-person" hidden><label for="s">Фамилия</label><input id="s"></div>' +
        '<div class="tab-pane active" id="pane-passport" role="tabpanel" aria-labelledby="tab-passport">' +
        '<div class="mb-3"><label for="a">Серия</label><input id="a"></div><div class="mb-3"><label for="b">Номер</label><input id="b"></div></div>' +
        '<div class="tab-pane" role="tabpanel"><label for="c">Примечание</label><input id="c"></div></div>',
    );
    expect(sectionOfControl(el('#a'), doc)).toBe('Документ, удостоверяющий личность');
    expect(sectionOfControl(el('#b'), doc)).toBe('Документ, удостоверяющий личность');
    expect(sectionOfControl(el('#s'), doc)).toBe('Гражданин');
    // A panel no tab names is no section of its own: the heading before the tabs heads it.
    expect(sectionOfControl(el('#c'), doc)).toBe('Внесение льготной категории');
  });

  test('a tab panel no label names is named by the tab that controls it (Bootstrap 3), whatever its id', () => {
    const doc = page(
      '<h2>Карточка получателя</h2><ul class="nav nav-tabs" role="tablist">' +
        '<li role="presentation"><a href="#passport" aria-controls="passport" role="tab" data-toggle="tab">Паспорт</a></li>' +
        '<li role="presentation"><a href="#doc:basis" aria-controls="doc:basis" role="tab" data-toggle="tab">Документ-основание</a></li></ul>' +
        '<div class="tab-content"><div role="tabpanel" class="tab-pane" id="passport"><label>Серия <input id="a"></label></div>' +
        '<div role="tabpanel" class="tab-pane" id="doc:basis"><label>Серия <input id="b"></label></div>' +
        '<div role="tabpanel" class="tab-pane" id="notes"><label>Примечание <input id="c"></label></div>' +
        // A tab that controls nothing (an empty aria-controls) names no panel without an id.
        '<div role="tabpanel" class="tab-pane"><label>Комментарий <input id="d"></label></div></div>' +
        '<a role="tab" aria-controls="" href="#">Архив</a>',
    );
    expect(sectionOfControl(el('#a'), doc)).toBe('Паспорт');
    expect(sectionOfControl(el('#b'), doc)).toBe('Документ-основание');
    // No tab controls it: the heading before the tabs.
    expect(sectionOfControl(el('#c'), doc)).toBe('Карточка получателя');
    expect(sectionOfControl(el('#d'), doc)).toBe('Карточка получателя');
  });

  test('a DevExtreme form group’s caption heads its fields; a helper caption of another library does not', () => {
    const doc = page(
      '<div class="dx-form-group-with-caption dx-form-group"><span class="dx-form-group-caption">Документ-основание</span>' +
        '<div class="dx-form-group-content"><div class="dx-field-item"><label for="a">Серия</label><div><input id="a"></div></div></div></div>' +
        '<h3>Получатель</h3><div><label for="b">Фамилия</label><input id="b"><span class="MuiTypography-caption">как в паспорте</span></div>' +
        '<div><label for="c">Имя</label><input id="c"></div>',
    );
    expect(sectionOfControl(el('#a'), doc)).toBe('Документ-основание');
    expect(sectionOfControl(el('#c'), doc)).toBe('Получатель');
  });

  test('a full-width header row of a form table, and title-class group headers', () => {
    const doc = page(
      '<table><tr><th colspan="2">Документ, удостоверяющий личность</th></tr><tr><td>Серия</td><td><input id="a"></td></tr>' +
        '<tr><th colspan="2">Сведения о льготе</th></tr><tr><td>Категория</td><td><input id="b"></td></tr></table>' +
        '<div class="panel"><div class="panel-title">Документ-основание</div><label>Номер<input id="c"></label></div>',
    );
    expect(sectionOfControl(el('#a'), doc)).toBe('Документ, удостоверяющий личность');
    expect(sectionOfControl(el('#b'), doc)).toBe('Сведения о льготе');
    expect(sectionOfControl(el('#c'), doc)).toBe('Документ-основание');
  });
});
