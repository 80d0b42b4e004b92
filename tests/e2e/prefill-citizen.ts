import { CITIZEN } from '../fixtures/citizen';
import type { TestPage } from './harness';

// The fixture citizen's checklist for the prefill e2e files, and reading what a form holds afterwards.

export { CITIZEN };
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
