import { describe, expect, test } from 'vitest';
import { citizen, fillOn, inputValue, labelledInput, page, planOn } from './prefill-helpers';

// Parts of a social-protection form that record something else than the citizen's passport, basis document and
// benefit — a medical policy, a pension, contacts — though their labels read like them: the checklist's values are
// never written there, unless the checklist's own basis document is of that kind.

const field = labelledInput;
const value = inputValue;
const PASSPORT = `<h3>Паспорт</h3>${field('Серия', 'ser')}${field('Номер', 'nom')}${field('Дата выдачи', 'dat')}`;

describe('other records on the form', () => {
  test('a medical policy’s «Серия / Номер» is not the basis document’s', async () => {
    const doc = page(
      `<form>${PASSPORT}<h3>Полис ОМС</h3>${field('Серия', 'oms_ser')}${field('Номер', 'oms_nom')}</form>`,
    );
    await fillOn(doc, citizen());
    expect([value('oms_ser'), value('oms_nom')]).toEqual(['', '']);
    // Positive control in the same fill: the passport.
    expect([value('ser'), value('nom')]).toEqual(['5004', '123456']);
  });

  test('a «Номер» under «Контактные данные» is no document’s number', () => {
    page(
      `<form>${PASSPORT}<h3>Контактные данные</h3>${field('Номер', 'tel_nom')}${field('Адрес', 'adr')}</form>`,
    );
    const { plan, elementOf } = planOn(document, citizen());
    expect(elementOf('idNumber')?.id).toBe('nom');
    expect(plan.targets.map((t) => t.ref)).toHaveLength(3);
    expect(elementOf('basisDocNumber')).toBeNull();
  });

  test('a pension’s certificate and start date are not the benefit’s', () => {
    page(
      `<form>${PASSPORT}<h3>Сведения о пенсии</h3>${field('Номер пенсионного удостоверения', 'pens')}` +
        `${field('Дата назначения', 'dpens')}<h3>Льгота</h3>${field('Дата назначения', 'dlg')}</form>`,
    );
    const { elementOf } = planOn(document, citizen());
    expect(elementOf('basisDocNumber')).toBeNull();
    expect(elementOf('benefitStart')?.id).toBe('dlg');
  });

  test('a block about the citizen’s pension still holds the citizen’s own ФИО and СНИЛС', () => {
    page(
      `<form><h3>Сведения о получателе пенсии</h3>${field('Фамилия', 'fam')}${field('СНИЛС', 'snils')}` +
        `${field('Номер пенсионного дела', 'delo')}</form>`,
    );
    const { elementOf } = planOn(document, citizen());
    expect(elementOf('lastName')?.id).toBe('fam');
    expect(elementOf('snils')?.id).toBe('snils');
  });

  test('a basis document’s field that names another kind of document than the checklist’s is left', () => {
    const form = `<form>${PASSPORT}<h3>Документ, подтверждающий право на льготу</h3>${field('Номер удостоверения', 'ud')}</form>`;
    page(form);
    // Positive control: the checklist's basis document is a certificate (удостоверение) — written.
    expect(planOn(document, citizen()).elementOf('basisDocNumber')?.id).toBe('ud');
    const disabled = citizen();
    disabled.fields.basisDocName = 'Справка МСЭ';
    page(form);
    expect(planOn(document, disabled).elementOf('basisDocNumber')).toBeNull();
    // The same by the block's title: a «Справка МСЭ» part is not a veteran's certificate's.
    page(
      `<form>${PASSPORT}<h3>Справка МСЭ</h3>${field('Номер', 'sp_nom')}${field('Дата выдачи', 'sp_dat')}</form>`,
    );
    const veteran = planOn(document, citizen());
    expect(veteran.elementOf('basisDocNumber')).toBeNull();
    expect(veteran.elementOf('idNumber')?.id).toBe('nom');
  });

  test('…unless the checklist’s basis document is a pension certificate; a bound field is filled wherever it stands', () => {
    page(
      `<form>${PASSPORT}<h3>Сведения о пенсии</h3>${field('Номер пенсионного удостоверения', 'pens')}</form>`,
    );
    const pensioner = citizen();
    pensioner.fields.basisDocName = 'Пенсионное удостоверение';
    expect(planOn(document, pensioner).elementOf('basisDocNumber')?.id).toBe('pens');
    page(`<form>${PASSPORT}<h3>Полис ОМС</h3>${field('Номер', 'oms_nom')}</form>`);
    expect(planOn(document, citizen(), { basisDocNumber: '#oms_nom' }).elementOf('basisDocNumber')?.id).toBe(
      'oms_nom',
    );
  });
});
