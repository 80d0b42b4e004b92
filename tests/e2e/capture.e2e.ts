import { beforeEach, describe, expect, test } from 'vitest';
import { BROWSERS, setupExtension, setupFixtureServer } from './harness';

// Capture in real browsers: on an issuance page the clerk presses «Заполнить чек-лист со страницы» in the panel, and
// the checklist's controls hold the citizen's data (dates shown ДД.ММ.ГГГГ). tests/fixtures/capture: a dl card,
// «Метка: значение» text with a free-text passport line, data inside a same-origin iframe. tests/fixtures/
// capture-unseen, pages written without looking at capture's internals: a real React 18 page in a component
// library's «Descriptions» layout (titles as divs, label/content spans in table cells, a controlled input), and a
// print form (capitals, abbreviated labels, document lines, a two-digit year).

const SETTINGS = {
  version: 1,
  sites: [
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/capture/*' },
    { kind: 'issuance', match: 'http://127.0.0.1/fixtures/capture-unseen/*' },
  ],
};

interface CaptureCase {
  dir: 'capture' | 'capture-unseen';
  page: string;
  /** Present once the page has rendered its data (late-rendered pages). */
  rendered?: string;
  expected: Record<string, string>;
}

const CASES: CaptureCase[] = [
  {
    dir: 'capture',
    page: 'dl-card.html',
    expected: {
      lastName: 'Петров',
      firstName: 'Пётр',
      middleName: 'Семёнович',
      snils: '112-233-445 95',
      birthDate: '14.02.1951',
      idSeries: '5004',
      idNumber: '123456',
      idIssueDate: '21.03.2004',
      basisDocNumber: '345678',
      basisDocIssuer: 'Министерство социального развития Новосибирской области',
    },
  },
  {
    dir: 'capture',
    page: 'text-card.html',
    expected: {
      lastName: 'Ким',
      firstName: 'Виктор',
      middleName: '',
      snils: '001-001-999 65',
      idSeries: '5002',
      idNumber: '777888',
      idIssueDate: '01.06.2002',
      basisDocSeries: 'БК',
    },
  },
  {
    dir: 'capture',
    page: 'iframe-host.html',
    expected: {
      lastName: 'Соколова-Белая',
      firstName: 'Мария',
      snils: '999-999-999 01',
      idSeries: '5005',
      idNumber: '112233',
      benefitEnd: '28.02.2026',
    },
  },
  {
    dir: 'capture-unseen',
    page: 'react-descriptions.html',
    rendered: '.ant-descriptions-item-content input.ant-input',
    expected: {
      lastName: 'Белова',
      firstName: 'Нина',
      middleName: 'Аркадьевна',
      birthDate: '12.04.1952',
      snils: '241-660-017 31',
      phone: '+7-913-765-43-21',
      idSeries: '5012',
      idNumber: '345678',
      idIssueDate: '20.04.2012',
      benefitStart: '01.07.1998',
      basisDocName: 'Справка о признании пострадавшим от политических репрессий',
      basisDocNumber: '14-227',
      basisDocIssueDate: '15.06.1998',
    },
  },
  {
    dir: 'capture-unseen',
    page: 'print-form.html',
    rendered: 'h1',
    expected: {
      lastName: 'Иванова',
      firstName: 'Мария',
      middleName: 'Петровна',
      birthDate: '01.03.1956',
      snils: '156-049-273 69',
      idSeries: '5004',
      idNumber: '123456',
      idIssueDate: '12.03.2005',
      benefitStart: '01.02.2001',
      basisDocName: 'Удостоверение о праве на льготы',
      basisDocSeries: 'А',
      basisDocNumber: '654321',
      basisDocIssueDate: '20.01.2001',
    },
  },
  {
    // The representative's column comes first: the citizen's values only, and no phone (only the representative has one).
    dir: 'capture-unseen',
    page: 'representative-first.html',
    expected: {
      lastName: 'Зайцев',
      firstName: 'Максим',
      birthDate: '30.09.2011',
      snils: '123-456-789 64',
      phone: '',
      idNumber: '334455',
      benefitStart: '01.10.2024',
      benefitEnd: '30.09.2029',
      basisDocNumber: '0012345',
    },
  },
  {
    // The family's table comes first and the history lists ended benefits: the citizen's own, and the benefit in force.
    dir: 'capture-unseen',
    page: 'case-history.html',
    expected: {
      lastName: 'Сидоров',
      birthDate: '05.05.1950',
      snils: '112-233-445 95',
      benefitStart: '01.01.2016',
      benefitEnd: '31.12.2035',
      basisDocNumber: '045123',
    },
  },
];

const server = setupFixtureServer();

describe.each(BROWSERS)('%s: capture from the page', (browser) => {
  const session = setupExtension(browser, { settings: SETTINGS });
  beforeEach(() => session.clearStorage('session')); // no checklist from another page's capture

  test.each(CASES)(
    "$dir/$page: the panel's checklist holds the captured citizen",
    async ({ dir, page: name, rendered, expected }) => {
      const page = await session.openPage(server.url(`/fixtures/${dir}/${name}`));
      try {
        if (rendered) await page.waitFor(rendered, { timeout: 10_000 });
        await page.waitForPanel(15_000);
        await page.panelClick('[data-action="capture"]');
        await page.waitFor('[name="snils"]', { inPanel: true, timeout: 10_000 });
        const values = await page.waitForPanelFunction(
          (wanted: Record<string, string>) => {
            const got: Record<string, string> = {};
            for (const key of Object.keys(wanted)) {
              got[key] = (document.querySelector(`[name="${key}"]`) as HTMLInputElement | null)?.value ?? '';
            }
            return got.snils ? got : null; // saved and rendered: then compare everything
          },
          { args: [expected], timeout: 10_000 },
        );
        expect(values).toEqual(expected);
        expect(page.dialogs()).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
