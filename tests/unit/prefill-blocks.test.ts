import MuiDivider from '@mui/material/Divider';
import { Divider as AntDivider } from 'antd';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { citizen, fillOn, planOn } from './prefill-helpers';

// Which document each part of a form describes — passport or basis document — from the headings, the labels' own
// words, a name field that opens the part, a «Вид документа» choice and the form as a whole; and what happens when
// that evidence disagrees (nothing written, one ambiguity for a one-click choice).

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
const field = (label: string, name: string) =>
  `<div><label for="${name}">${label}</label><input id="${name}" name="${name}"></div>`;

function keysByName(doc: Document, html?: string) {
  if (html) page(html);
  const { plan, elementOf } = planOn(doc, citizen());
  const names = Object.fromEntries(
    plan.targets.map((t) => [t.key, elementOf(t.key)?.getAttribute('name') ?? null]),
  );
  return { plan, names };
}

describe('document parts', () => {
  test('a table whose section titles are rows: bare fields under the basis title are the basis document’s', () => {
    const { names } = keysByName(
      document,
      '<form><table>' +
        '<tr><td colspan="2">Сведения о заявителе</td></tr>' +
        row('Фамилия', 'fam') +
        row('СНИЛС', 'snils') +
        '<tr><td colspan="2">Документ, подтверждающий льготу</td></tr>' +
        row('Номер', 'l_nom') +
        row('Дата выдачи', 'l_dat') +
        row('Кем выдан', 'l_kem') +
        '<tr><td colspan="2">Паспорт</td></tr>' +
        row('Серия', 'p_ser') +
        row('Номер', 'p_nom') +
        row('Дата выдачи', 'p_dat') +
        row('Кем выдан', 'p_kem') +
        '</table></form>',
    );
    expect(names).toMatchObject({
      basisDocNumber: 'l_nom',
      basisDocIssueDate: 'l_dat',
      basisDocIssuer: 'l_kem',
      idSeries: 'p_ser',
      idNumber: 'p_nom',
      idIssueDate: 'p_dat',
      idIssuer: 'p_kem',
    });
  });

  test('a flat form without an identity section: «… документа» fields after the basis name field are its', () => {
    const { names, plan } = keysByName(
      document,
      `<form>${field('Фамилия', 'fam')}${field('Документ, подтверждающий право на льготу', 'doc')}${field(
        'Серия документа',
        'ser',
      )}${field('Номер документа', 'nom')}${field('Дата выдачи документа', 'dat')}${field('Кем выдан документ', 'kem')}</form>`,
    );
    expect(names).toMatchObject({
      basisDocName: 'doc',
      basisDocSeries: 'ser',
      basisDocNumber: 'nom',
      basisDocIssueDate: 'dat',
      basisDocIssuer: 'kem',
    });
    expect(Object.keys(names)).not.toContain('idSeries');
    expect(plan.ambiguities).toEqual([]);
  });

  test('the same flat form with a passport block before the name field: each part keeps its own document', () => {
    const { names } = keysByName(
      document,
      `<form>${field('Серия', 's1')}${field('Номер', 'n1')}${field('Наименование документа', 'doc')}${field(
        'Серия',
        's2',
      )}${field('Номер', 'n2')}</form>`,
    );
    expect(names).toMatchObject({
      idSeries: 's1',
      idNumber: 'n1',
      basisDocName: 'doc',
      basisDocSeries: 's2',
      basisDocNumber: 'n2',
    });
  });

  test('a «Вид документа» choice of identity documents names the passport, and is not the basis name field', () => {
    const { names } = keysByName(
      document,
      '<form><fieldset><legend>Документ</legend><label for="vid">Вид документа</label>' +
        '<select id="vid" name="vid"><option value="">—</option><option value="21">Паспорт гражданина РФ</option>' +
        '<option value="3">Свидетельство о рождении</option></select>' +
        `${field('Серия', 'ser')}${field('Номер', 'nom')}</fieldset>${field('Категория', 'kat')}</form>`,
    );
    expect(names).toMatchObject({ idSeries: 'ser', idNumber: 'nom' });
    expect(Object.values(names)).not.toContain('vid');
  });

  test('the other part of a form whose passport is clear is the basis document', () => {
    const { names } = keysByName(
      document,
      `<form><h3>Паспорт</h3>${field('Серия', 'p1')}${field('Номер', 'p2')}<h3>Дополнительно</h3>${field(
        'Номер',
        'b2',
      )}${field('Дата выдачи', 'b3')}</form>`,
    );
    expect(names).toMatchObject({
      idSeries: 'p1',
      idNumber: 'p2',
      basisDocNumber: 'b2',
      basisDocIssueDate: 'b3',
    });
  });
});

describe('a card in tabs', () => {
  /** A Bootstrap-like card: each tab panel named by its tab (aria-labelledby), the shown one holding bare fields. */
  const tabbed = (shown: 'passport' | 'basis') => {
    const pane = (id: string, prefix: string) =>
      `<div role="tabpanel" id="pane-${id}" aria-labelledby="tab-${id}"${shown === id ? '' : ' hidden'}>` +
      `${field('Серия', `${prefix}_ser`)}${field('Номер', `${prefix}_nom`)}${field('Дата выдачи', `${prefix}_dat`)}` +
      `${field('Кем выдан', `${prefix}_kem`)}</div>`;
    return (
      '<h2>Внесение льготной категории</h2><form>' +
      `${field('Фамилия', 'fam')}${field('СНИЛС', 'snils')}` +
      '<div role="tablist"><button type="button" role="tab" id="tab-passport" aria-controls="pane-passport">' +
      'Документ, удостоверяющий личность</button><button type="button" role="tab" id="tab-basis" ' +
      'aria-controls="pane-basis">Документ, подтверждающий право на льготу</button></div>' +
      `${pane('passport', 'p')}${pane('basis', 'b')}</form>`
    );
  };

  test('the shown tab’s name says whose fields they are: the passport’s, then the basis document’s', () => {
    const passport = keysByName(document, tabbed('passport'));
    expect(passport.names).toMatchObject({
      idSeries: 'p_ser',
      idNumber: 'p_nom',
      idIssueDate: 'p_dat',
      idIssuer: 'p_kem',
    });
    expect(passport.plan.ambiguities).toEqual([]);
    const basis = keysByName(document, tabbed('basis'));
    expect(basis.names).toMatchObject({
      basisDocSeries: 'b_ser',
      basisDocNumber: 'b_nom',
      basisDocIssueDate: 'b_dat',
      basisDocIssuer: 'b_kem',
    });
    expect(basis.plan.ambiguities).toEqual([]);
    // Positive control: the fields outside the tabs are filled either way.
    expect(basis.names).toMatchObject({ lastName: 'fam', snils: 'snils' });
  });
});

describe('sections titled by dividers', () => {
  // The libraries' own markup (server-rendered): a divider with text is `role="separator"` holding it; an empty one is
  // an empty separator (antd) or an <hr> (MUI).
  const antd = (text?: string) => renderToStaticMarkup(createElement(AntDivider, null, text));
  const mui = (text?: string) => renderToStaticMarkup(createElement(MuiDivider, null, text));

  test('a divider’s text heads the fields after it: bare fields under «Документ-основание» are the basis document’s', () => {
    const { names, plan } = keysByName(
      document,
      `<form>${field('Фамилия', 'fam')}${field('Категория', 'kat')}${antd()}${mui()}` +
        `${antd('Документ, подтверждающий право на льготу')}${field('Серия', 'ser')}${field('Номер', 'nom')}` +
        `${field('Дата выдачи', 'dat')}${field('Кем выдан', 'kem')}</form>`,
    );
    expect(names).toMatchObject({
      basisDocSeries: 'ser',
      basisDocNumber: 'nom',
      basisDocIssueDate: 'dat',
      basisDocIssuer: 'kem',
      lastName: 'fam', // positive control: the field before the dividers
    });
    expect(Object.keys(names)).not.toContain('idSeries');
    expect(plan.ambiguities).toEqual([]);
  });

  test('an empty divider after a heading in one box leaves the heading heading the fields after the box', () => {
    const { names } = keysByName(
      document,
      `<form><div><h4>Документ-основание</h4>${antd()}</div>${field('Серия', 'ser')}${field('Номер', 'nom')}</form>`,
    );
    expect(names).toMatchObject({ basisDocSeries: 'ser', basisDocNumber: 'nom' });
  });

  test('MUI’s divider with text heads the fields after it as well', () => {
    const { names } = keysByName(
      document,
      `<form>${field('Категория', 'kat')}${mui('Документ-основание')}${field('Серия', 'ser')}${field('Номер', 'nom')}</form>`,
    );
    expect(names).toMatchObject({ basisDocSeries: 'ser', basisDocNumber: 'nom' });
  });
});

describe('unclear parts', () => {
  const UNCLEAR =
    '<form><h3>Документ</h3><label for="vid">Вид документа</label>' +
    '<select id="vid" name="vid"><option value="21" selected>Паспорт гражданина РФ</option></select>' +
    `${field('Серия', 'ser')}${field('Номер удостоверения', 'nom')}${field('Дата выдачи', 'dat')}</form>`;

  test('evidence that disagrees: the field is not written, and the report offers the one-click choice', async () => {
    const doc = page(UNCLEAR);
    const { plan, report } = await fillOn(doc, citizen());
    expect(plan.ambiguities).toEqual([
      {
        id: expect.stringMatching(/^a\d/),
        blockTitle: 'Документ',
        candidates: ['identity', 'basis'],
        reason: 'не ясно, паспорт это или документ-основание',
        fields: [
          {
            ref: expect.any(String),
            label: 'Серия',
            selector: '#ser',
            keys: { identity: 'idSeries', basis: 'basisDocSeries' },
          },
        ],
      },
    ]);
    expect((doc.getElementById('ser') as HTMLInputElement).value).toBe('');
    expect(report.idSeries).toMatchObject({ status: 'skipped', ambiguity: plan.ambiguities[0].id });
    expect(report.idSeries.reason).toBe('не ясно, паспорт это или документ-основание');
    // Positive control in the same fill: the fields the labels decide are written.
    expect((doc.getElementById('nom') as HTMLInputElement).value).toBe('654321');
    expect(report.basisDocNumber.status).toBe('filled');
  });

  test('the clerk’s choice decides the part; a per-site mapping of the selector does too', async () => {
    const doc = page(UNCLEAR);
    const id = planOn(doc, citizen()).plan.ambiguities[0].id;
    const chosen = await fillOn(doc, citizen(), undefined, { documentChoices: { [id]: 'basis' } });
    expect(chosen.plan.ambiguities).toEqual([]);
    expect((doc.getElementById('ser') as HTMLInputElement).value).toBe('ВТ');

    page(UNCLEAR);
    const mapped = await fillOn(document, citizen(), { basisDocSeries: '#ser' });
    expect(mapped.report.basisDocSeries.status).toBe('filled');
    expect((document.getElementById('ser') as HTMLInputElement).value).toBe('ВТ');
  });
});

describe('one set of document fields that nothing names', () => {
  const bare = `${field('Серия', 'ser')}${field('Номер', 'nom')}${field('Дата выдачи', 'dat')}${field('Кем выдан', 'kem')}`;

  test('is asked about, not taken for the passport: a card whose title is not read may be the basis document’s', async () => {
    // A tab pane nothing names (no role, no label): only its content is on screen.
    const doc = page(
      `<h2>Карточка получателя</h2><form>${field('Фамилия', 'fam')}<div class="tab-pane active">${bare}</div></form>`,
    );
    const { plan, report } = await fillOn(doc, citizen());
    expect(plan.ambiguities).toHaveLength(1);
    expect(plan.ambiguities[0].fields.map((f) => f.label)).toEqual([
      'Серия',
      'Номер',
      'Дата выдачи',
      'Кем выдан',
    ]);
    for (const name of ['ser', 'nom', 'dat', 'kem'])
      expect((doc.getElementById(name) as HTMLInputElement).value, name).toBe('');
    expect(report.idSeries).toMatchObject({ status: 'skipped', ambiguity: plan.ambiguities[0].id });
    // Positive control in the same fill: the surname is written.
    expect((doc.getElementById('fam') as HTMLInputElement).value).toBe('Петров');
  });

  test('the same fields under a heading that names the passport are filled', async () => {
    const doc = page(`<form>${field('Фамилия', 'fam')}<h3>Паспорт</h3>${bare}</form>`);
    const { plan } = await fillOn(doc, citizen());
    expect(plan.ambiguities).toEqual([]);
    expect((doc.getElementById('ser') as HTMLInputElement).value).toBe('5004');
  });
});

describe('a mapping that names one key of a combined field', () => {
  test('«Серия и номер» bound to the number still carries both, of the bound document', async () => {
    page(
      `<form><h3>Документ</h3>${field('Серия и номер', 'sn')}${field('Когда и кем выдан', 'kk')}` +
        `${field('Фамилия', 'fam')}</form>`,
    );
    const { report } = await fillOn(document, citizen(), { basisDocNumber: '#sn', idIssueDate: '#kk' });
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect(value('sn')).toBe('ВТ 654321');
    expect(report.basisDocSeries.status).toBe('filled');
    expect(report.basisDocNumber.status).toBe('filled');
    expect(value('kk')).toBe('01.06.2003, ОВД Советского района г. Новосибирска');
    expect(report.idIssuer.status).toBe('filled');
    expect(value('fam')).toBe('Петров'); // positive control: the unbound field by its label
  });
});
