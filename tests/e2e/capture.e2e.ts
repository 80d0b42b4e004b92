import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  type ExtSession,
  type FixtureServer,
  launchExtension,
  startFixtureServer,
  type TestPage,
} from './harness';

// Capture in real browsers: on an issuance page of a given build the clerk presses «Заполнить чек-лист со
// страницы» in the panel, and the checklist's controls hold the citizen's data (dates shown ДД.ММ.ГГГГ). Covers a
// dl card, «Метка: значение» text with a free-text passport line, and data inside a same-origin iframe.

const SETTINGS = {
  version: 1,
  sites: [{ kind: 'issuance', match: 'http://127.0.0.1/fixtures/capture/*' }],
};

const CASES: { page: string; expected: Record<string, string> }[] = [
  {
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
];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s: capture from the page', (browser) => {
  let session: ExtSession;
  beforeAll(async () => {
    session = await launchExtension(browser, { settings: SETTINGS });
  });
  afterAll(() => session?.close());

  for (const { page: name, expected } of CASES) {
    test(`${name}: the panel's checklist holds the captured citizen`, async () => {
      const page: TestPage = await session.openPage(server.url(`/fixtures/capture/${name}`));
      try {
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
