import { describe, expect, test } from 'vitest';
import { REASONS } from '../../utils/prefill/fill-reasons';
import { citizen, fillOn, inputValue, labelledInput, page, planOn } from './prefill-helpers';

// The citizen's values go into the citizen's fields only: a representative's, a relative's or the clerk's block — by
// its title, or following such a block under a title that does not say whose it is — and a label naming another
// person are left as they are.

const field = labelledInput;
const value = inputValue;

describe('another person’s fields', () => {
  test('a representative’s block before the citizen’s: its ФИО and passport stay empty, the citizen’s are filled', async () => {
    const doc = page(
      `<form><h3>Законный представитель</h3>${field('Фамилия', 'r_fam')}${field('Имя', 'r_im')}` +
        `${field('Отчество', 'r_ot')}${field('Серия паспорта', 'r_ser')}` +
        `<h3>Получатель</h3>${field('ФИО', 'fio')}${field('СНИЛС', 'snils')}</form>`,
    );
    await fillOn(doc, citizen());
    for (const name of ['r_fam', 'r_im', 'r_ot', 'r_ser']) expect(value(name), name).toBe('');
    expect(value('fio')).toMatch(/^Петров /);
    expect(value('snils')).not.toBe('');
  });

  test('a passport under the representative’s part is theirs; the citizen’s passport and the benefit are filled', async () => {
    const doc = page(
      `<form><h3>Получатель</h3>${field('Фамилия', 'fam')}<h4>Паспорт</h4>${field('Серия', 'p_ser')}${field('Номер', 'p_nom')}` +
        `<h3>Сведения о законном представителе</h3>${field('Фамилия', 'r_fam')}<h4>Паспорт</h4>` +
        `${field('Серия', 'r_ser')}${field('Номер', 'r_nom')}<h4>Контакты</h4>${field('Телефон', 'r_tel')}` +
        `<h3>Документ, подтверждающий право на льготу</h3>${field('Номер', 'b_nom')}</form>`,
    );
    const { plan } = await fillOn(doc, citizen());
    expect(plan.ambiguities).toEqual([]);
    expect([value('fam'), value('p_ser'), value('p_nom')]).toEqual(['Петров', '5004', '123456']);
    for (const name of ['r_fam', 'r_ser', 'r_nom', 'r_tel']) expect(value(name), name).toBe('');
    // The basis document after them is the citizen's again.
    expect(value('b_nom')).toBe('654321');
  });

  test('a representative’s block after the citizen’s: its birth date is not taken for the citizen’s', () => {
    page(
      `<form><h3>Получатель</h3>${field('Фамилия', 'fam')}<h3>Сведения о представителе</h3>` +
        `${field('Фамилия', 'r_fam')}${field('Дата рождения', 'r_dr')}</form>`,
    );
    const { plan, elementOf } = planOn(document, citizen());
    expect(elementOf('lastName')?.id).toBe('fam');
    expect(elementOf('birthDate')).toBeNull();
    expect(plan.missing).toContain('birthDate');
  });

  test('«Заявитель (представитель)» is the representative; «Сведения о ребёнке» and a child’s date are a relative’s', () => {
    page(
      `<form><h3>Сведения о заявителе (представителе)</h3>${field('Фамилия', 'r_fam')}` +
        `<h3>Сведения о льготнике</h3>${field('Фамилия', 'fam')}${field('Дата рождения', 'dr')}` +
        `${field('Дата рождения ребёнка', 'c_dr')}<h3>Сведения о ребёнке</h3>${field('Имя', 'c_im')}</form>`,
    );
    const { elementOf } = planOn(document, citizen());
    expect(elementOf('lastName')?.id).toBe('fam');
    expect(elementOf('birthDate')?.id).toBe('dr');
    expect(elementOf('firstName')).toBeNull();
  });

  test('a title about the citizen that says who fills it in is the citizen’s; a clerk’s own block is not', () => {
    page(
      `<form><h3>Сведения о получателе (заполняет специалист)</h3>${field('Фамилия', 'fam')}` +
        `<h3>Специалист</h3>${field('Имя', 'st_im')}${field('Телефон', 'st_tel')}</form>`,
    );
    const { elementOf } = planOn(document, citizen());
    expect(elementOf('lastName')?.id).toBe('fam');
    expect(elementOf('firstName')).toBeNull();
    expect(elementOf('phone')).toBeNull();
  });

  test('two fields of one meaning side by side in one block (a column per person) get nothing; apart, each is the citizen’s', async () => {
    const row = (label: string, a: string, b: string) =>
      `<tr><td>${label}</td><td><input id="${a}" name="${a}"></td><td><input id="${b}" name="${b}"></td></tr>`;
    const doc = page(
      `<form><h3>Сведения о лицах</h3><table><tr><th></th><th>Представитель</th><th>Получатель</th></tr>` +
        `${row('Фамилия', 'a_fam', 'b_fam')}${row('СНИЛС', 'a_snils', 'b_snils')}</table>` +
        `<h3>Контакты</h3>${field('Телефон', 'tel')}</form>`,
    );
    const { plan, report } = await fillOn(doc, citizen());
    for (const name of ['a_fam', 'b_fam', 'a_snils', 'b_snils']) expect(value(name), name).toBe('');
    expect(plan.unclearOwner).toEqual(['lastName', 'snils']);
    expect(report.lastName).toEqual({ status: 'skipped', reason: REASONS.twins });
    // Positive control: the phone, alone in its block, is written; and the same two surnames in blocks of their own
    // are told apart by the usual rules (the better label first).
    expect(value('tel')).not.toBe('');
    page(
      `<form><h3>Получатель</h3>${field('Фамилия', 'fam')}<h3>Прочее</h3>${field('Фамилия', 'fam2')}</form>`,
    );
    expect(planOn(document, citizen()).elementOf('lastName')?.id).toBe('fam');
  });

  test('fields as surely meant in two blocks: the one titled for the citizen gets the value; neither titled, nothing', () => {
    const filterRow = `<table><thead><tr><th>Фамилия</th><th>СНИЛС</th></tr>
      <tr><td><input id="q1"></td><td><input id="q2"></td></tr></thead></table>`;
    const card = (title: string) =>
      `<div><h3>${title}</h3>${field('Фамилия', 'x1')}${field('СНИЛС', 'x2')}</div>`;
    page(`${filterRow}${card('Карточка получателя')}`);
    const titled = planOn(document, citizen());
    expect([titled.elementOf('lastName')?.id, titled.elementOf('snils')?.id]).toEqual(['x1', 'x2']);
    page(`${filterRow}${card('Реквизиты')}`);
    const untitled = planOn(document, citizen());
    expect([untitled.elementOf('lastName'), untitled.elementOf('snils')]).toEqual([null, null]);
    expect(untitled.plan.unclearOwner).toEqual(['lastName', 'snils']);
  });

  test('a field the administrator bound is filled wherever it stands', () => {
    page(`<form><h3>Представитель</h3>${field('Фамилия', 'r_fam')}</form>`);
    expect(planOn(document, citizen()).elementOf('lastName')).toBeNull();
    const bound = planOn(document, citizen(), { lastName: '#r_fam' });
    expect(bound.elementOf('lastName')?.id).toBe('r_fam');
  });
});
