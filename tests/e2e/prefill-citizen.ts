import type { TestPage } from './harness';

// One citizen's checklist for the prefill e2e files, and reading what a form holds afterwards.

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

/** Evaluates each expression in the page (or the frame); errors and undefined come back as marked strings. */
export async function readAll(page: TestPage, exprs: string[], frame?: string): Promise<unknown[]> {
  const code = `[${exprs.map((e) => `(() => { try { const v = ${e}; return v === undefined ? '<undefined>' : v; } catch (e) { return '<error ' + e.message + '>'; } })()`).join(',')}]`;
  return frame ? page.frameEvaluate<unknown[]>(frame, code) : page.evaluate<unknown[]>(code);
}
