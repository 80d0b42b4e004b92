import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { type Checklist, emptyChecklist } from '../../utils/checklist/keys';

// Shared by the prefill unit tests: fixture pages in a fresh happy-dom window, and one citizen's checklist.

export const FIXTURES = path.resolve(__dirname, '../fixtures/mais');

/** A fixture page in its own happy-dom window (inline scripts run; vendor scripts are not loaded). */
export function loadFixture(name: string): { win: Window; doc: Document } {
  const win = new Window({
    url: `http://127.0.0.1/fixtures/mais/${name}`,
    width: 1280,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  win.document.write(readFileSync(path.join(FIXTURES, name), 'utf8'));
  return { win, doc: win.document as unknown as Document };
}

/** Puts a fixture's body into an iframe of a host page (happy-dom does not load iframe pages by URL). */
export function fillIframe(iframe: HTMLIFrameElement, name: string): void {
  const inner = iframe.contentDocument as Document;
  inner.open();
  inner.write(readFileSync(path.join(FIXTURES, name), 'utf8'));
  inner.close();
}

export function citizen(category = 'vt'): Checklist {
  const c = emptyChecklist();
  c.eligibility = { registeredInKarta: true, hasBenefitCategory: true, categoryNotShown: true };
  Object.assign(c.fields, {
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
    category,
    benefitStart: '2024-01-15',
    benefitEnd: '',
    basisDocName: 'Удостоверение ветерана труда',
    basisDocSeries: 'ВТ',
    basisDocNumber: '654321',
    basisDocIssueDate: '2010-09-20',
    basisDocIssuer: 'Департамент социальной защиты населения Новосибирской области',
  });
  return c;
}
