import { describe, expect, test } from 'vitest';
import { framesOf } from '@/utils/prefill/roots';
import { citizen, loadFixture, planWithElements } from './prefill-helpers';

type Plan = ReturnType<typeof planWithElements>;

// Which control gets which value on whole fixture pages (happy-dom, static: inline scripts run, no frameworks).

const targetOf = (plan: Plan, key: string) => plan.targets.find((t) => t.covers.includes(key as never));
const nameOf = (plan: Plan, key: string) => {
  const el = targetOf(plan, key)?.element;
  return el ? el.getAttribute('name') || el.id : null;
};

describe('planPrefill on fixtures', () => {
  test('label[for]: every key with a value finds its own field; duplicates split by section', () => {
    const { doc } = loadFixture('label-for.html');
    const plan = planWithElements(doc, citizen());
    expect(plan.missing).toEqual([]);
    const names = Object.fromEntries(plan.targets.map((t) => [t.key, nameOf(plan, t.key)]));
    expect(names).toEqual({
      lastName: 'fam',
      firstName: 'nam',
      middleName: 'otch',
      birthDate: 'drozhd',
      snils: 'snils',
      phone: 'tel',
      idSeries: 'doc_ser',
      idNumber: 'doc_num',
      idIssueDate: 'doc_date',
      idIssuer: 'doc_who',
      category: 'lk',
      benefitStart: 'dn',
      basisDocName: 'osn_name',
      basisDocSeries: 'osn_ser',
      basisDocNumber: 'osn_num',
      basisDocIssueDate: 'osn_date',
      basisDocIssuer: 'osn_who',
    });
    // The empty optional benefitEnd has a field but no target; readonly, hidden and template fields are never used.
    const used = plan.targets.map((t) => t.element.id);
    for (const id of ['searchText', 'snils_old', 'tpl_ser', 'hid_num', 'dk']) expect(used).not.toContain(id);
    expect(plan.fieldCount).toBe(18);
  });

  test('wrapped labels: one ФИО field carries three keys, «Серия и номер» two, the split birth date one', () => {
    const { doc } = loadFixture('wrapped-labels.html');
    const plan = planWithElements(doc, citizen());
    expect(targetOf(plan, 'lastName')).toMatchObject({
      covers: ['lastName', 'firstName', 'middleName'],
      value: 'Петров Пётр Семёнович',
    });
    expect(targetOf(plan, 'idNumber')).toMatchObject({
      covers: ['idSeries', 'idNumber'],
      value: '50 04 123456',
    });
    expect(targetOf(plan, 'basisDocNumber')).toMatchObject({ value: 'ВТ 654321' });
    expect(targetOf(plan, 'birthDate')?.control.kind).toBe('split-date');
    expect(nameOf(plan, 'snils')).toBe('strah_nomer');
    expect(targetOf(plan, 'snils')?.value).toBe('11223344595');
    expect(plan.missing).toEqual(['phone']);
    expect(plan.targets.some((t) => t.element.getAttribute('name') === 'q')).toBe(false);
  });

  test('table layout: sections come from full-width header rows; the toolbar search box is left alone', () => {
    const { doc } = loadFixture('table-layout.html');
    const plan = planWithElements(doc, citizen());
    expect(nameOf(plan, 'idSeries')).toBe('f6');
    expect(nameOf(plan, 'basisDocSeries')).toBe('f14');
    expect(nameOf(plan, 'idIssueDate')).toBe('f8');
    expect(nameOf(plan, 'basisDocIssueDate')).toBe('f16');
    expect(targetOf(plan, 'idSeries')?.value).toBe('50 04');
    expect(plan.targets.map((t) => t.element.id)).not.toContain('find_fio');
  });

  test('the form with the most meanings is chosen over a search form that also has ФИО and СНИЛС', () => {
    document.body.innerHTML =
      '<form id="find"><label for="s1">Фамилия</label><input id="s1"><label for="s2">СНИЛС</label><input id="s2">' +
      '<button>Найти</button></form>' +
      '<form id="main"><label for="a">Фамилия</label><input id="a"><label for="b">Имя</label><input id="b">' +
      '<label for="c">СНИЛС</label><input id="c"><label for="d">Дата рождения</label><input id="d"></form>';
    const plan = planWithElements(document, citizen());
    expect(plan.targets.map((t) => t.element.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.fieldCount).toBe(4);
  });

  test('a grid’s filter above the record («Фильтр», «Критерии отбора») is left alone; the record’s fields are filled', () => {
    const field = (label: string, id: string) =>
      `<div><label for="${id}">${label}</label><input id="${id}"></div>`;
    for (const title of ['Фильтр', 'Критерии отбора']) {
      document.body.innerHTML =
        `<div><h3>${title}</h3>${field('Фамилия', 'f1')}${field('СНИЛС', 'f2')}<button>Применить</button></div>` +
        `<div><h3>Карточка получателя</h3>${field('Фамилия', 'a')}${field('Имя', 'b')}${field('СНИЛС', 'c')}</div>`;
      const plan = planWithElements(document, citizen());
      expect(plan.targets.map((t) => t.element.id).sort(), title).toEqual(['a', 'b', 'c']);
    }
  });

  test('a per-site selector wins over the heuristics, and an invalid selector is ignored', () => {
    const { doc } = loadFixture('label-for.html');
    const plan = planWithElements(doc, citizen(), { idIssuer: '#osn_who', phone: '##bad' });
    expect(nameOf(plan, 'idIssuer')).toBe('osn_who');
    expect(targetOf(plan, 'phone')?.element.id).toBe('tel');
    expect(plan.missing).toContain('basisDocIssuer');
  });

  test('a same-origin iframe is searched; a cross-origin (sandboxed) one is counted', () => {
    const { doc } = loadFixture('iframe.html', { 'iframe-form.html': 'iframe-form.html' });
    const inner = (doc.getElementById('work') as HTMLIFrameElement).contentDocument;
    const plan = planWithElements(doc, citizen());
    expect(targetOf(plan, 'snils')?.element.ownerDocument).toBe(inner);
    expect(plan.missing).toEqual(['phone']);
    expect(targetOf(plan, 'basisDocName')?.value).toBe('u2');
    expect(plan.targets.map((t) => t.element.id)).not.toContain('menu-search');
    expect(plan.sandboxedFrames).toBe(1);
  });

  test('a frame at opacity 0 out of the tab order (a resize detector) is not read; shown or tabbable, it is', () => {
    const { doc, win } = loadFixture('iframe-resize-detector.html', {
      'iframe-form.html': 'iframe-form.html',
      'detector.html': 'iframe-form.html',
    });
    const work = (doc.getElementById('work') as HTMLIFrameElement).contentDocument;
    const detector = doc.querySelector('iframe.detector') as HTMLIFrameElement;
    const read = () => framesOf(doc, win as unknown as Window).frames.map((f) => f.doc);
    expect(read()).toEqual([doc, work]);
    expect(targetOf(planWithElements(doc, citizen()), 'snils')?.element.ownerDocument).toBe(work);
    detector.style.opacity = '1'; // positive control: the same frame, shown, is read
    expect(read()).toEqual([doc, detector.contentDocument, work]);
    detector.style.opacity = '0'; // in the tab order it may be a dialog's frame fading in: read too
    detector.removeAttribute('tabindex');
    expect(read()).toEqual([doc, detector.contentDocument, work]);
  });

  test('a field whose label means a key but whose name or words say search is left alone', () => {
    document.body.innerHTML =
      '<form><label>Фамилия <input name="q"></label>' +
      '<label>Фамилия <input name="fam_find" placeholder="Найти по фамилии"></label>' +
      '<label>Фамилия <input name="f3"></label></form>';
    const plan = planWithElements(document, citizen());
    expect(nameOf(plan, 'lastName')).toBe('f3');
    document.body.innerHTML = '';
  });

  test('a value the checklist rules reject is planned nowhere and listed as invalid', () => {
    const { doc } = loadFixture('label-for.html');
    const c = citizen();
    c.fields.snils = '112-233-445 94';
    const plan = planWithElements(doc, c);
    expect(targetOf(plan, 'snils')).toBeUndefined();
    expect(plan.invalid.snils).toMatch(/СНИЛС|контрольн/i);
  });
});

describe('forms split in several parts', () => {
  test('a second <form> with keys of its own joins; a search form repeating keys does not', () => {
    document.body.innerHTML =
      '<form role="search"><label for="s1">Фамилия</label><input id="s1"><label for="s2">Имя</label><input id="s2"></form>' +
      '<form><h3>Гражданин</h3><label for="a">Фамилия</label><input id="a"><label for="b">Имя</label><input id="b">' +
      '<label for="c">СНИЛС</label><input id="c"></form>' +
      '<form><h3>Льготная категория</h3><label for="d">Дата начала</label><input id="d" type="date">' +
      '<label for="e">Категория</label><input id="e"></form>' +
      '<form><label for="f">Телефон</label><input id="f"></form>';
    const plan = planWithElements(document, citizen());
    expect(plan.targets.map((t) => t.element.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('column headers in the row above label a row of inputs', () => {
    document.body.innerHTML =
      '<form><table><tr><th>Фамилия</th><th>Имя</th><th>Отчество</th></tr>' +
      '<tr><td><input id="a"></td><td><input id="b"></td><td><input id="c"></td></tr></table></form>';
    const plan = planWithElements(document, citizen());
    expect(plan.targets.map((t) => [t.key, t.element.id])).toEqual([
      ['lastName', 'a'],
      ['firstName', 'b'],
      ['middleName', 'c'],
    ]);
  });
});

describe('duplicate document fields without section headings', () => {
  test('the second «Серия/Номер/Дата выдачи/Кем выдан» is the basis document', () => {
    const rows = (p: string) =>
      ['Серия', 'Номер', 'Дата выдачи', 'Кем выдан']
        .map((l, i) => `<label for="${p}${i}">${l}</label><input id="${p}${i}">`)
        .join('');
    document.body.innerHTML = `<form><label for="n">Фамилия</label><input id="n">${rows('a')}${rows('b')}</form>`;
    const plan = planWithElements(document, citizen());
    const ids = Object.fromEntries(plan.targets.map((t) => [t.key, t.element.id]));
    expect(ids).toMatchObject({
      idSeries: 'a0',
      idNumber: 'a1',
      idIssueDate: 'a2',
      idIssuer: 'a3',
      basisDocSeries: 'b0',
      basisDocNumber: 'b1',
      basisDocIssueDate: 'b2',
      basisDocIssuer: 'b3',
    });
  });
});

describe('web components', () => {
  test('fields in open shadow roots are found with their labels and slotted sections; the panel never is', () => {
    const { doc } = loadFixture('web-components.html');
    const panel = doc.createElement('karta-nso-panel');
    panel.attachShadow({ mode: 'open' }).innerHTML =
      '<label for="p">Фамилия</label><input id="p" name="lastName">';
    doc.body.append(panel);
    const plan = planWithElements(doc, citizen());
    const names = Object.fromEntries(
      plan.targets.map((t) => [t.key, (t.element.getRootNode() as ShadowRoot).host?.getAttribute('name')]),
    );
    expect(names).toMatchObject({
      lastName: 'lastName',
      snils: 'snils',
      idSeries: 'idSeries',
      idIssueDate: 'idIssueDate',
      basisDocSeries: 'basisDocSeries',
      basisDocIssueDate: 'basisDocIssueDate',
    });
    expect(plan.targets.some((t) => t.element.closest('karta-nso-panel') || t.element.id === 'p')).toBe(
      false,
    );
    expect(plan.targets.map((t) => t.element.id)).not.toContain('q');
  });
});
