import { describe, expect, it } from 'vitest';
import type { Section } from '../../utils/checklist/keys';
import {
  classifyField,
  type FieldHints,
  type Meaning,
  nameTokens,
  normalizeLabel,
  sectionOf,
} from '../../utils/fields/meanings';

// What a field means from the rest of what it shows (name, id, placeholder, title) and how the label weighs against
// it; section headings; the text helpers. Labels: meanings.test.ts.

const ID = 'Документ, удостоверяющий личность';
const BASIS = 'Документ, подтверждающий право на льготу';

describe('classifyField by name / id', () => {
  it.each<[FieldHints, Meaning | null]>([
    [{ name: 'fam' }, 'lastName'],
    [{ name: 'p_fam' }, 'lastName'],
    [{ name: 'lastname' }, 'lastName'],
    [{ name: 'LAST_NAME' }, 'lastName'],
    [{ name: 'surname' }, 'lastName'],
    [{ name: 'familiya' }, 'lastName'],
    [{ id: 'applicantLastName' }, 'lastName'],
    [{ name: 'nam' }, 'firstName'],
    [{ name: 'imya' }, 'firstName'],
    [{ name: 'FIRST_NAME' }, 'firstName'],
    [{ name: 'p_im' }, 'firstName'],
    [{ name: 'firstName' }, 'firstName'],
    [{ name: 'otch' }, 'middleName'],
    [{ name: 'otchestvo' }, 'middleName'],
    [{ name: 'patronymic' }, 'middleName'],
    [{ name: 'middle-name' }, 'middleName'],
    [{ name: 'SECOND_NAME' }, 'middleName'],
    [{ name: 'fio' }, 'fullName'],
    [{ name: 'drozhd' }, 'birthDate'],
    [{ name: 'dr' }, 'birthDate'],
    [{ name: 'p_dr' }, 'birthDate'],
    [{ name: 'birthdate' }, 'birthDate'],
    [{ name: 'BIRTH_DATE' }, 'birthDate'],
    [{ name: 'dataRozhd' }, 'birthDate'],
    [{ name: 'data_rozhdeniya' }, 'birthDate'],
    [{ name: 'recipient.birthDate' }, 'birthDate'],
    [{ name: 'dr_d' }, 'birthDate'],
    [{ name: 'snils' }, 'snils'],
    [{ name: 'p_snils' }, 'snils'],
    [{ name: 'strah_nomer' }, 'snils'],
    [{ name: 'phone' }, 'phone'],
    [{ name: 'tel' }, 'phone'],
    [{ name: 'pasp_ser' }, 'idSeries'],
    [{ name: 'PASS_SER' }, 'idSeries'],
    [{ name: 'ser' }, 'idSeries'],
    [{ name: 'series', section: BASIS }, 'basisDocSeries'],
    [{ name: 'num' }, 'idNumber'],
    [{ name: 'nomer' }, 'idNumber'],
    [{ name: 'PASS_NUM' }, 'idNumber'],
    [{ name: 'OSN_NUM' }, 'basisDocNumber'],
    [{ name: 'osn_number' }, 'basisDocNumber'],
    [{ name: 'identity.number' }, 'idNumber'],
    [{ name: 'basis.series' }, 'basisDocSeries'],
    [{ name: 'pasp_sn' }, 'idSeriesNumber'],
    [{ name: 'osn_sn' }, 'basisSeriesNumber'],
    [{ name: 'dvyd' }, 'idIssueDate'],
    [{ name: 'issue_date' }, 'idIssueDate'],
    [{ name: 'data_vydachi' }, 'idIssueDate'],
    [{ name: 'pasp_dv' }, 'idIssueDate'],
    [{ name: 'PASS_DATE' }, 'idIssueDate'],
    [{ name: 'OSN_DATE' }, 'basisDocIssueDate'],
    [{ name: 'osn_d' }, 'basisDocIssueDate'],
    [{ name: 'ul_month' }, 'idIssueDate'],
    [{ name: 'basis.issueDate' }, 'basisDocIssueDate'],
    [{ name: 'kemvyd' }, 'idIssuer'],
    [{ name: 'issuer' }, 'idIssuer'],
    [{ name: 'vydan' }, 'idIssuer'],
    [{ name: 'pasp_kv' }, 'idIssuer'],
    [{ name: 'osn_kv' }, 'basisDocIssuer'],
    [{ name: 'PASS_ORG' }, 'idIssuer'],
    [{ name: 'OSN_ORG' }, 'basisDocIssuer'],
    [{ name: 'kat' }, 'category'],
    [{ name: 'category' }, 'category'],
    [{ name: 'lgota' }, 'category'],
    [{ name: 'CAT' }, 'category'],
    [{ name: 'benefit.category' }, 'category'],
    [{ name: 'CAT_FROM' }, 'benefitStart'],
    [{ name: 'lg_s' }, 'benefitStart'],
    [{ name: 'start_d' }, 'benefitStart'],
    [{ name: 'benefit.start' }, 'benefitStart'],
    [{ name: 'dateStart' }, 'benefitStart'],
    [{ name: 'CAT_TO' }, 'benefitEnd'],
    [{ name: 'lg_po' }, 'benefitEnd'],
    [{ name: 'benefit.end' }, 'benefitEnd'],
    [{ name: 'osn_naim' }, 'basisDocName'],
    [{ name: 'osn_name' }, 'basisDocName'],
    [{ name: 'OSN_VID' }, 'basisDocName'],
    [{ name: 'basis.name' }, 'basisDocName'],
    [{ name: 'docName' }, 'basisDocName'],
    [{ name: 'basisDocIssuer' }, 'basisDocIssuer'],
    [{ name: 'idSeries' }, 'idSeries'],
    // Unrelated names
    [{ name: 'q' }, null],
    [{ name: 'search' }, null],
    [{ name: 'query' }, null],
    [{ name: 'login' }, null],
    [{ name: 'password' }, null],
    [{ name: 'comment' }, null],
    [{ name: 'address' }, null],
    [{ name: 'kod_podr' }, null],
    [{ name: 'division_code' }, null],
    [{ name: 'sex' }, null],
    [{ name: 'name' }, null],
    [{ name: 'date' }, null],
    [{ name: 'vid_doc', section: ID }, null],
    [{ name: 'b1' }, null],
    [{ name: 'field_17' }, null],
    [{ name: 'card_number' }, null],
    [{ name: 'user_name' }, null],
  ])('%o → %s', (hints, meaning) => {
    expect(classifyField(hints)?.meaning ?? null).toBe(meaning);
  });

  it('reads one word list in each section for itself, whichever section came first', () => {
    // Names repeat their words across a big form, and the words are read once per section: «num» under a basis
    // document's heading is that document's number, under any other it is the passport's.
    const names = ['num', 'num_17', 'num17', 'num_18'];
    const under = (section: string | undefined) =>
      names.map((name) => classifyField({ name, section })?.meaning ?? null);
    expect(under(BASIS)).toEqual(Array(4).fill('basisDocNumber'));
    expect(under(ID)).toEqual(Array(4).fill('idNumber'));
    expect(under(undefined)).toEqual(Array(4).fill('idNumber'));
    expect(under(BASIS)).toEqual(Array(4).fill('basisDocNumber'));
  });
});

describe('classifyField evidence', () => {
  it('label beats name, and says it came from the label', () => {
    expect(classifyField({ label: 'Отчество', name: 'fam' })).toMatchObject({
      meaning: 'middleName',
      source: 'label',
    });
  });

  it('agreeing label and name score higher than the label alone, and the name alone lower still', () => {
    const both = classifyField({ label: 'Фамилия', name: 'fam' });
    const label = classifyField({ label: 'Фамилия' });
    const name = classifyField({ name: 'fam' });
    expect(both && label && name).toBeTruthy();
    expect(both?.score).toBeGreaterThan(label?.score ?? 0);
    expect(label?.score).toBeGreaterThan(name?.score ?? 0);
    expect(name?.source).toBe('name');
  });

  it('an unrelated label or placeholder ends the search even if the name looks like ours', () => {
    expect(classifyField({ label: 'Поиск по реестру', name: 'fio', placeholder: 'Введите ФИО' })).toBeNull();
    expect(classifyField({ label: '', placeholder: 'Поиск по реестру' })).toBeNull();
    expect(classifyField({ label: 'Код подразделения', name: 'pasp_kod' })).toBeNull();
  });

  it('an unknown label falls back to the name, then to the placeholder', () => {
    expect(classifyField({ label: 'Поле 3', name: 'snils' })?.meaning).toBe('snils');
    expect(classifyField({ label: '', name: 'x1', placeholder: 'Введите фамилию' })).toMatchObject({
      meaning: 'lastName',
      source: 'placeholder',
    });
    expect(classifyField({ placeholder: 'Отчество (при наличии)' })?.meaning).toBe('middleName');
    expect(classifyField({ placeholder: 'Укажите дату рождения' })?.meaning).toBe('birthDate');
  });

  it('reads input masks in placeholders', () => {
    expect(classifyField({ placeholder: '000-000-000 00' })?.meaning).toBe('snils');
    expect(classifyField({ placeholder: '___-___-___ __' })?.meaning).toBe('snils');
    expect(classifyField({ placeholder: '+7 (___) ___-__-__' })?.meaning).toBe('phone');
    expect(classifyField({ placeholder: '00 00 000000' })?.meaning).toBe('idSeriesNumber');
    expect(classifyField({ placeholder: '__.__.____' })).toBeNull();
    expect(classifyField({ placeholder: 'ДД.ММ.ГГГГ' })).toBeNull();
  });

  it('uses the title when there is no label', () => {
    expect(classifyField({ title: 'Дата окончания действия льготы', name: 'x' })?.meaning).toBe('benefitEnd');
  });

  it('accepts a resolved Section as the section hint (capture) as well as heading text (prefill)', () => {
    expect(classifyField({ label: 'Номер', section: 'basis' })?.meaning).toBe('basisDocNumber');
    expect(classifyField({ label: 'Номер', section: 'identity' })?.meaning).toBe('idNumber');
    expect(classifyField({ label: 'Номер', section: BASIS })?.meaning).toBe('basisDocNumber');
  });

  it('a label that is the section title gives way to the placeholder, and still counts when that says nothing', () => {
    const underTitle = (title: string, placeholder: string) =>
      classifyField({ label: title, section: title, placeholder, labelIsTitle: true })?.meaning ?? null;
    expect(underTitle('Контактный телефон', 'Электронная почта')).toBeNull();
    expect(underTitle('Паспорт', 'Серия')).toBe('idSeries');
    expect(underTitle('Контактный телефон', '+7 (___) ___-__-__')).toBe('phone');
    // The same words as the control's own label (no mark): the label speaks first, as always.
    expect(classifyField({ label: 'Контактный телефон', placeholder: 'Электронная почта' })?.meaning).toBe(
      'phone',
    );
  });
});

describe('sectionOf', () => {
  it.each<[string, Section]>([
    ['Документ, удостоверяющий личность', 'identity'],
    ['Паспорт', 'identity'],
    ['Паспорт гражданина РФ', 'identity'],
    ['Удостоверение личности', 'identity'],
    ['ДОКУМЕНТ, УДОСТОВЕРЯЮЩИЙ ЛИЧНОСТЬ:', 'identity'],
    ['Документ, подтверждающий право на льготу', 'basis'],
    ['Документ-основание', 'basis'],
    ['Основание', 'basis'],
    ['Удостоверение ветерана', 'basis'],
    ['Удостоверение, подтверждающее право на льготу', 'basis'],
    ['Справка МСЭ', 'basis'],
    ['Льгота', 'benefit'],
    ['Льготная категория', 'benefit'],
    ['Сведения о льготе', 'benefit'],
    ['Меры социальной поддержки', 'benefit'],
    ['Льготная категория получателя', 'benefit'],
    ['Заявитель', 'person'],
    ['Получатель', 'person'],
    ['Сведения о гражданине', 'person'],
    ['Сведения о заявителе', 'person'],
    ['Персональные данные', 'person'],
    ['Карточка льготника', 'person'],
    ['Документы', 'unknown'],
    ['Контакты', 'unknown'],
    ['', 'unknown'],
  ])('«%s» → %s', (heading, section) => {
    expect(sectionOf(heading)).toBe(section);
  });
});

describe('helpers', () => {
  it.each([
    ['* Фамилия (обязательно):', 'фамилия'],
    ['Отчество (при наличии)', 'отчество'],
    ['Введите фамилию', 'фамилию'],
    ['Счёт  №\u00a01', 'счет № 1'],
    ['1. Дата рождения:', 'дата рождения'],
  ])('normalizeLabel(%s) → %s', (input, output) => {
    expect(normalizeLabel(input)).toBe(output);
  });

  it.each([
    ['applicantLastName', ['applicant', 'last', 'name']],
    ['PASS_SER', ['pass', 'ser']],
    ['recipient[birth-date]', ['recipient', 'birth', 'date']],
    ['field17', ['field']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
  ])('nameTokens(%s)', (input, tokens) => {
    expect(nameTokens(input)).toEqual(tokens);
  });
});
