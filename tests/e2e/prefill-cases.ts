import type { TestPage } from './harness';

// The МАИС-like fixtures and what each form's own state must hold after a fill of one citizen's checklist:
// shared by the engine e2e (prefill.e2e.ts) and the panel e2e (prefill-panel.e2e.ts).

export const CITIZEN = {
  lastName: 'Петров',
  firstName: 'Пётр',
  middleName: 'Семёнович',
  birthDate: '1956-03-14',
  snils: '112-233-445 95',
  phone: '+79131234567',
  idSeries: '5004',
  idNumber: '123456',
  idIssueDate: '2003-06-01',
  idIssuer: 'ОВД Советского района г. Новосибирска',
  category: '',
  benefitStart: '2024-01-15',
  benefitEnd: '',
  basisDocName: 'Удостоверение ветерана труда',
  basisDocSeries: 'ВТ',
  basisDocNumber: '654321',
  basisDocIssueDate: '2010-09-20',
  basisDocIssuer: 'Департамент социальной защиты населения Новосибирской области',
};
/** The `storage.session` item of a checklist with these fields, its three conditions ticked, for ten minutes. */
export function sessionChecklist(fields: Record<string, string> = CITIZEN) {
  return {
    checklist: {
      checklist: {
        eligibility: { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true },
        fields,
      },
      expiresAt: Date.now() + 10 * 60_000,
    },
  };
}
const ISSUER = CITIZEN.idIssuer;
const BASIS_ISSUER = CITIZEN.basisDocIssuer;

/** One fixture: how to get it ready, and what its own state must hold afterwards (expression → wanted value). */
export interface FixtureCase {
  page: string;
  ready: string;
  /** Run after load, before the fill (e.g. open the «Льгота» tab). */
  prepare?: (page: TestPage) => Promise<void>;
  /** Expression evaluated in the page (or in `frame`) → the value it must hold after the fill. */
  want: Record<string, unknown>;
  /** Must still be empty/unchanged afterwards (search boxes, hidden templates, readonly fields). */
  untouched: Record<string, unknown>;
  frame?: string;
  /** Cross-origin (sandboxed) frames the engine must report it could not read. */
  sandboxed?: number;
}

const byId = (id: string) => `document.getElementById(${JSON.stringify(id)}).value`;
const byName = (name: string) => `document.querySelector('[name="${name}"]').value`;
const state = (key: string) => `window.__state[${JSON.stringify(key)}]`;

export const CASES: Record<string, FixtureCase> = {
  'label[for]': {
    page: 'label-for.html',
    ready: '#osn_who',
    want: {
      [byId('fam')]: 'Петров',
      [byId('nam')]: 'Пётр',
      [byId('otch')]: 'Семёнович',
      [byId('drozhd')]: '1956-03-14',
      [byId('snils')]: '112-233-445 95',
      [byId('tel')]: '+79131234567',
      [byId('doc_ser')]: '5004',
      [byId('doc_num')]: '123456',
      [byId('doc_date')]: '01.06.2003',
      [byId('doc_who')]: ISSUER,
      [byId('lk')]: '101',
      [byId('dn')]: '2024-01-15',
      [byId('osn_name')]: 'Удостоверение ветерана труда',
      [byId('osn_ser')]: 'ВТ',
      [byId('osn_num')]: '654321',
      [byId('osn_date')]: '20.09.2010',
      [byId('osn_who')]: BASIS_ISSUER,
    },
    untouched: {
      [byId('searchText')]: '',
      [byId('snils_old')]: '000-000-000 00',
      [byId('tpl_ser')]: '',
      [byId('hid_num')]: '',
      [byId('dk')]: '',
      "document.querySelector('[name=pol]:checked')": null,
    },
  },
  'wrapped labels, ФИО in one field, split date selects': {
    page: 'wrapped-labels.html',
    ready: '[name="osn_kv"]',
    want: {
      [byName('fio')]: 'Петров Пётр Семёнович',
      [byName('dr_d')]: '14',
      [byName('dr_m')]: '3',
      [byName('dr_y')]: '1956',
      [byName('strah_nomer')]: '11223344595',
      [byName('pasp_sn')]: '50 04 123456',
      [byName('pasp_dv')]: '2003-06-01',
      [byName('pasp_kv')]: ISSUER,
      [byName('kat')]: 'A3',
      [byName('lg_s')]: '2024-01-15',
      [byName('osn_naim')]: 'Удостоверение ветерана труда',
      [byName('osn_sn')]: 'ВТ 654321',
      [byName('osn_dv')]: '2010-09-20',
      [byName('osn_kv')]: BASIS_ISSUER,
    },
    untouched: {
      [byName('q')]: '',
      [byName('lg_po')]: '',
      "document.querySelector('[name=sex]:checked')": null,
    },
  },
  'table layout': {
    page: 'table-layout.html',
    ready: '[name="f17"]',
    want: {
      [byName('f1')]: 'Петров',
      [byName('f2')]: 'Пётр',
      [byName('f3')]: 'Семёнович',
      [byName('f4')]: '14.03.1956',
      [byName('f5')]: '112-233-445-95',
      [byName('f6')]: '50 04',
      [byName('f7')]: '123456',
      [byName('f8')]: '01.06.2003',
      [byName('f9')]: ISSUER,
      [byName('f10')]: 'Ветеран труда',
      [byName('f11')]: '15.01.2024',
      [byName('f13')]: 'Удостоверение ветерана труда',
      [byName('f14')]: 'ВТ',
      [byName('f15')]: '654321',
      [byName('f16')]: '20.09.2010',
      [byName('f17')]: BASIS_ISSUER,
    },
    untouched: { [byId('find_fio')]: '', [byName('f12')]: '', [byName('f18')]: '' },
  },
  'React 18 controlled inputs with masks in state': {
    page: 'react.html',
    ready: '#rf-basisIssuer',
    want: {
      [state('surname')]: 'Петров',
      [state('name')]: 'Пётр',
      [state('patronymic')]: 'Семёнович',
      [state('birth')]: '14.03.1956',
      [state('snils')]: '112-233-445 95',
      [state('passSeries')]: '5004',
      [state('passNumber')]: '123456',
      [state('passDate')]: '01.06.2003',
      [state('passIssuer')]: ISSUER,
      [state('category')]: 'vt',
      [state('benefitFrom')]: '15.01.2024',
      [state('basisName')]: 'Удостоверение ветерана труда',
      [state('basisSeries')]: 'ВТ',
      [state('basisNumber')]: '654321',
      [state('basisDate')]: '20.09.2010',
      [state('basisIssuer')]: BASIS_ISSUER,
      "window.__touched['rf-surname'] === true && window.__touched['rf-snils'] === true": true,
    },
    untouched: { [state('search')]: '', [state('benefitTo')]: '', [state('gender')]: '' },
  },
  'Vue 3 v-model': {
    page: 'vue.html',
    ready: '[aria-labelledby="l-bi"]',
    want: {
      [state('lastName')]: 'Петров',
      [state('firstName')]: 'Пётр',
      [state('middleName')]: 'Семёнович',
      [state('birthDate')]: '1956-03-14',
      [state('snils')]: '112-233-445 95',
      [state('phone')]: '+7 (913) 123-45-67',
      [state('docSeries')]: '5004',
      [state('docNumber')]: '123456',
      [state('docDate')]: '2003-06-01',
      [state('docIssuer')]: ISSUER,
      [state('category')]: 12,
      [state('from')]: '2024-01-15',
      [state('basisName')]: 'Удостоверение ветерана труда',
      [state('basisSeries')]: 'ВТ',
      [state('basisNumber')]: '654321',
      [state('basisDate')]: '2010-09-20',
      [state('basisIssuer')]: BASIS_ISSUER,
    },
    untouched: { [state('search')]: '', [state('to')]: '' },
  },
  imask: {
    page: 'imask.html',
    ready: '#basisIssue',
    want: {
      [byName('recipient.lastName')]: 'Петров',
      [byName('recipient.firstName')]: 'Пётр',
      [byName('recipient.middleName')]: 'Семёнович',
      'window.__masks.birth.value': '14.03.1956',
      'window.__masks.snils.unmaskedValue': '11223344595',
      'window.__masks.snils.value': '112-233-445 95',
      'window.__masks.phone.value': '+7 (913) 123-45-67',
      'window.__masks.series.value': '50 04',
      'window.__masks.number.value': '123456',
      'window.__masks.issue.value': '01.06.2003',
      [byName('identity.issuer')]: ISSUER,
      [byName('benefit.category')]: 'vt',
      'window.__masks.start.value': '15.01.2024',
      [byName('basis.name')]: 'Удостоверение ветерана труда',
      [byName('basis.series')]: 'ВТ',
      [byName('basis.number')]: '654321',
      'window.__masks.basisIssue.value': '20.09.2010',
      [byName('basis.issuer')]: BASIS_ISSUER,
    },
    untouched: { 'window.__masks.end.value': '' },
  },
  'same-origin iframe': {
    page: 'iframe.html',
    ready: '#work',
    frame: 'iframe-form.html',
    sandboxed: 1,
    want: {
      [byId('a1')]: 'Петров',
      [byId('a2')]: 'Пётр',
      [byId('a3')]: 'Семёнович',
      [byId('a4')]: '14.03.1956',
      [byId('a5')]: '112-233-445 95',
      [byId('b1')]: '5004',
      [byId('b2')]: '123456',
      [byId('b3')]: '2003-06-01',
      [byId('b4')]: ISSUER,
      [byId('c1')]: '1',
      [byId('c2')]: '2024-01-15',
      [byId('d1')]: 'u2',
      [byId('d2')]: 'ВТ',
      [byId('d3')]: '654321',
      [byId('d4')]: '2010-09-20',
      [byId('d5')]: BASIS_ISSUER,
    },
    untouched: { [byId('c3')]: '' },
  },
  'late form (tab «Льгота», delayed block)': {
    page: 'late.html',
    ready: '#p5',
    prepare: async (page) => {
      await page.waitFor('#i4');
      await page.click('#tab-benefit');
      await page.waitFor('#o5');
    },
    want: {
      [byId('p1')]: 'Петров',
      [byId('p2')]: 'Пётр',
      [byId('p3')]: 'Семёнович',
      [byId('p4')]: '1956-03-14',
      [byId('p5')]: '112-233-445 95',
      [byId('i1')]: '5004',
      [byId('i2')]: '123456',
      [byId('i3')]: '2003-06-01',
      [byId('i4')]: ISSUER,
      [byId('b1')]: 'ВТ',
      [byId('b2')]: '2024-01-15',
      [byId('o1')]: 'Удостоверение ветерана труда',
      [byId('o2')]: 'ВТ',
      [byId('o3')]: '654321',
      [byId('o4')]: '2010-09-20',
      [byId('o5')]: BASIS_ISSUER,
    },
    untouched: { [byId('b3')]: '' },
  },
  'split dates (selects with month names, three inputs, pattern)': {
    page: 'split-dates.html',
    ready: '[name="osn_issuer"]',
    want: {
      [byName('surname')]: 'Петров',
      [byName('firstname')]: 'Пётр',
      [byName('patronymic')]: 'Семёнович',
      [byName('birth_day')]: '14',
      [byName('birth_month')]: '3',
      [byName('birth_year')]: '1956',
      [byName('snils')]: '112-233-445-95',
      [byName('ul_series')]: '5004',
      [byName('ul_number')]: '123456',
      [byName('ul_day')]: '01',
      [byName('ul_month')]: '06',
      [byName('ul_year')]: '2003',
      [byName('ul_issuer')]: ISSUER,
      [byName('cat')]: '8',
      [byName('start_d')]: '15',
      [byName('start_m')]: '1',
      [byName('start_y')]: '2024',
      [byName('osn_name')]: 'Удостоверение ветерана труда',
      [byName('osn_number')]: '654321',
      [byName('osn_d')]: '20',
      [byName('osn_m')]: '9',
      [byName('osn_y')]: '2010',
      [byName('osn_issuer')]: BASIS_ISSUER,
    },
    untouched: {},
  },
  'web components (open shadow roots, slotted sections)': {
    page: 'web-components.html',
    ready: 'mais-field[name="basisDocIssuer"]',
    want: {
      [state('lastName')]: 'Петров',
      [state('firstName')]: 'Пётр',
      [state('middleName')]: 'Семёнович',
      [state('birthDate')]: '1956-03-14',
      [state('snils')]: '112-233-445 95',
      [state('idSeries')]: '5004',
      [state('idNumber')]: '123456',
      [state('idIssueDate')]: '2003-06-01',
      [state('idIssuer')]: ISSUER,
      [state('benefitStart')]: '2024-01-15',
      [state('basisDocName')]: 'Удостоверение ветерана труда',
      [state('basisDocSeries')]: 'ВТ',
      [state('basisDocNumber')]: '654321',
      [state('basisDocIssueDate')]: '2010-09-20',
      [state('basisDocIssuer')]: BASIS_ISSUER,
    },
    untouched: { "document.querySelector('mais-search').shadowRoot.getElementById('q').value": '' },
  },
};

/** Evaluates each expression in the page (or the frame); errors and undefined come back as marked strings. */
export async function readAll(page: TestPage, exprs: string[], frame?: string): Promise<unknown[]> {
  const code = `[${exprs.map((e) => `(() => { try { const v = ${e}; return v === undefined ? '<undefined>' : v; } catch (e) { return '<error ' + e.message + '>'; } })()`).join(',')}]`;
  return frame ? page.frameEvaluate<unknown[]>(frame, code) : page.evaluate<unknown[]>(code);
}
