import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  startFixtureServer,
  type TestPage,
} from './harness';

// Capture on issuance pages written without looking at capture's internals (tests/fixtures/capture-unseen): a real
// React 18 page in a component library's «Descriptions» layout (titles as divs, label/content spans in table cells,
// a controlled input), and a print form (capitals, abbreviated labels, document lines, a two-digit year). The clerk
// presses «Заполнить чек-лист со страницы»; the panel's checklist holds the citizen's data, dates shown ДД.ММ.ГГГГ.

const SETTINGS = {
  version: 1,
  sites: [{ kind: 'issuance', match: 'http://127.0.0.1/fixtures/capture-unseen/*' }],
};

const CASES: { page: string; rendered: string; expected: Record<string, string> }[] = [
  {
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
];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s: capture from unseen issuance pages', (browser) => {
  let session: ExtSession;
  beforeAll(async () => {
    session = await launchExtension(browser, { settings: SETTINGS });
  });
  afterAll(() => session?.close());

  for (const { page: name, rendered, expected } of CASES) {
    test(`${name}: the panel's checklist holds the captured citizen`, async () => {
      const page: TestPage = await session.openPage(server.url(`/fixtures/capture-unseen/${name}`));
      try {
        await page.waitFor(rendered, { timeout: 10_000 });
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
    });
  }
});
