import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CitizenScreen } from '@/components/citizen/CitizenScreen';
import { LeafletPage } from '@/components/leaflet/LeafletPage';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createReportModel } from '@/components/options/report-model';
import { SettingsPage } from '@/components/options/settings/SettingsPage';
import { createSettingsModel } from '@/components/options/settings/settings-model';
import { CaptureButton, ChecklistView } from '@/components/panel/checklist';
import { FillReportView } from '@/components/panel/checklist/FillReport';
import { PrefillSection } from '@/components/panel/checklist/PrefillSection';
import { PANEL_KITS } from '@/components/panel/kits';
import { createPanelModel } from '@/components/panel/model';
import { mountPanelUi } from '@/components/panel/mount';
import { Popup } from '@/components/popup/Popup';
import { createTodayModel } from '@/components/popup/today-model';
import { ELIGIBILITY_KEYS, FIELD_KEYS } from '@/utils/checklist/keys';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { OUTCOMES } from '@/utils/journal/outcomes';
import type { FillReport, FillStatus } from '@/utils/prefill/types';
import { makeModel, settle } from './checklist-model-fakes';
import { line, seedDays } from './journal-helpers';
import { createLocalBridge } from './local-bridge';
import { fakeDeps, panelConfig } from './panel-helpers';
import { citizen, loadFixture } from './prefill-helpers';
import { contractRows, documentedValues } from './readme-contract';

// README «Контракт автоматизации» against what the pages render: every documented value appears on some page, and
// every value a page renders is documented. The pages are walked through every state a value shows in.

const VALUED = ['data-action', 'data-outcome', 'data-step', 'data-status', 'data-stat'] as const;
const rendered = new Map<string, Set<string>>();
const panelNames = new Set<string>();
const fieldValues = new Set<string>();
let fillReports = 0;

function note(root: ParentNode, panel = false) {
  for (const attr of VALUED)
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      const values = rendered.get(attr) ?? new Set();
      values.add(el.getAttribute(attr) ?? '');
      rendered.set(attr, values);
    }
  for (const el of root.querySelectorAll('[data-field]'))
    fieldValues.add(el.getAttribute('data-field') ?? '');
  fillReports += root.querySelectorAll('[data-fill-report]').length;
  if (panel) for (const el of root.querySelectorAll('[name]')) panelNames.add(el.getAttribute('name') ?? '');
}

async function flush() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

async function click(root: ParentNode, selector: string) {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  await act(async () => el.click());
  await flush();
}

let container: HTMLElement;
const cleanup: (() => void)[] = [];

async function show(node: ComponentChildren, panel = false) {
  await act(async () => render(node, container));
  await flush();
  note(container, panel);
}

async function mountPanel(kind: 'issuance' | 'mais') {
  const kit = PANEL_KITS[kind];
  const config = panelConfig({ kind, site: { kind, match: 'http://127.0.0.1/*' } });
  const model = createPanelModel(config, fakeDeps().deps, { hasPitch: Boolean(kit.pitch) });
  await act(async () => {
    await model.ready;
    cleanup.push(mountPanelUi(container, model, document, kit, createLocalBridge(document).bridge));
  });
  await flush();
  note(container, true);
  return model;
}

async function issuancePanel() {
  const model = await mountPanel('issuance');
  await act(async () => model.showChecklist()); // as after a capture: the checklist over the pitch
  note(container, true);
  await click(container, '[data-action="show-pitch"]');
  for (const step of ['step-details', 'step-leaflet', 'back']) {
    await click(container, `[data-action="${step}"]`);
    note(container, true);
  }
  await click(container, '[data-outcome="refused"]');
  note(container, true);
  await click(container, '[data-action="new-visitor"]');
  await click(container, '[data-action="step-mais"]');
  note(container, true);
  await click(container, '[data-action="collapse"]');
  note(container, true);
}

/** The checklist filling a form whose document block the engine cannot tell apart, then cleared. */
async function checklistFill() {
  const { win, doc } = loadFixture('unclear-document.html');
  cleanup.push(() => void win.close());
  const { model } = makeModel({ pageDoc: doc, stored: citizen() });
  cleanup.push(model.dispose);
  await show(
    <>
      <CaptureButton model={model} />
      <ChecklistView model={model} conditions={DEFAULT_PACK.maisConditions} prefill={PrefillSection} />
    </>,
    true,
  );
  await vi.waitFor(() => expect(model.loaded.value).toBe(true));
  await click(container, '[data-action="prefill"]');
  await vi.waitFor(async () => {
    await act(settle);
    expect(container.querySelector('[data-fill-report] [data-action="choose-basis"]')).not.toBeNull();
  }, 10_000);
  note(container, true);
  await click(container, '[data-action="clear-checklist"]');
  note(container, true);
}

/** A report with every status and a document choice (a real fill shows only some of them). */
async function everyStatusReport() {
  const statuses: FillStatus[] = ['filled', 'unchanged', 'not-found', 'invalid', 'skipped'];
  const report = Object.fromEntries(
    FIELD_KEYS.map((key, i) => [key, { status: statuses[i % statuses.length], reason: 'причина' }]),
  ) as FillReport;
  report.idSeries = { status: 'skipped', reason: 'не ясно', ambiguity: 'block-1' };
  await show(<FillReportView report={report} choice={{ choose: () => {}, busy: false }} />, true);
}

async function popup() {
  await seedDays(OUTCOMES.map((o) => line(o, new Date())));
  const today = createTodayModel();
  cleanup.push(today.dispose);
  await show(
    <Popup
      pack={DEFAULT_PACK}
      today={today}
      onOpenOptions={() => {}}
      firstRun
      citizen={{ onShowCitizen: () => {}, onPrintLeaflet: () => {} }}
      shortcut={{ read: async () => 'Alt+K', onChange: () => {} }}
    />,
  );
}

const HEADER =
  'Дата;Код офиса;Офис;Подключит Карту жителя;Лифлет выдан;Отказ — пластиковая карта;Нужна запись в МАИС;Всего';

/** Report, region summary with a merged and a rejected file, settings with a mapped field. */
async function options() {
  await seedDays(OUTCOMES.map((o) => line(o, new Date())));
  await fakeBrowser.storage.local.set({
    settings: { sites: [{ kind: 'mais', match: 'https://mais.nso.ru/*', fields: { lastName: '#fam' } }] },
  });
  const report = createReportModel({ now: () => new Date() });
  const settings = createSettingsModel();
  cleanup.push(report.dispose, settings.dispose);
  await report.load();
  await settings.load();
  await settings.savePack(structuredClone(DEFAULT_PACK)); // an imported memo can be reset
  await show(
    <OptionsApp report={report} now={() => new Date()} settings={<SettingsPage model={settings} />} />,
  );
  const input = container.querySelector<HTMLInputElement>('input[name="regionFiles"]')!;
  const files = [
    new File([`${HEADER}\r\n01.03.2026;5401;ОСОН;1;0;0;0;1\r\n`], 'ok.csv', { type: 'text/csv' }),
    new File(['не отчёт'], 'bad.csv', { type: 'text/csv' }),
  ];
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await flush();
  note(container);
}

async function citizenPages() {
  await show(<CitizenScreen pack={DEFAULT_PACK} onClose={() => {}} />);
  await show(<LeafletPage pack={DEFAULT_PACK} onPrint={() => {}} />);
}

// Every page is walked once before the checks, each on a fresh container and fresh storage.
beforeAll(async () => {
  const pages = [
    issuancePanel,
    async () => void (await mountPanel('mais')),
    checklistFill,
    everyStatusReport,
    popup,
    options,
    citizenPages,
  ];
  for (const page of pages) {
    fakeBrowser.reset();
    container = document.createElement('div');
    document.body.append(container);
    try {
      await page();
    } finally {
      act(() => render(null, container));
      for (const fn of cleanup.splice(0).reverse()) fn();
      container.remove();
    }
  }
}, 60_000);

describe('README «Контракт автоматизации» matches them', () => {
  const rows = contractRows();

  test.each(VALUED)('%s: documented values are rendered, rendered values are documented', (attr) => {
    const documented = [...documentedValues(rows, attr)].sort();
    const seen = [...(rendered.get(attr) ?? [])].sort();
    expect(seen.length).toBeGreaterThan(0);
    expect(documented).toEqual(seen);
  });

  test('data-field and name= in the panel are the checklist keys of utils/checklist/keys.ts', () => {
    expect([...fieldValues].sort()).toEqual([...FIELD_KEYS].sort());
    const keys = [...FIELD_KEYS, ...ELIGIBILITY_KEYS];
    expect([...panelNames].sort()).toEqual([...keys].sort());
    const nameRow = rows.filter(([name]) => name === '`name=`');
    expect(nameRow).toHaveLength(1);
    for (const name of documentedValues(nameRow, 'name')) expect(keys).toContain(name);
    // The table names the field by its key: `[data-field="<ключ>"]`; any example it gives must be a key.
    expect(rows.flat().some((cell) => cell.includes('data-field="<ключ>"'))).toBe(true);
    for (const field of documentedValues(rows, 'data-field')) expect(FIELD_KEYS).toContain(field);
  });

  test('data-fill-report is documented and rendered', () => {
    expect(rows.some(([name]) => name === '`data-fill-report`')).toBe(true);
    expect(fillReports).toBeGreaterThan(0);
  });
});

test('the table reader: selectors, a row’s own list, a list after `attr`:, escaped bars; placeholders are not values', () => {
  const rows = contractRows(
    [
      '## Контракт автоматизации',
      '| что | где |',
      '| --- | --- |',
      '| `data-x` | `one`, `two` и `three`; внутри `[data-y]` |',
      '| отчёт | `[data-x="four\\|five"]`, `[data-other-x="no"]`, `[data-x="<ключ>"]`; `data-x`: `six`, `seven` |',
      '## Дальше',
      '| `data-x` | `outside` |',
    ].join('\n'),
  );
  expect(rows).toHaveLength(3);
  expect([...documentedValues(rows, 'data-x')].sort()).toEqual(
    ['five', 'four', 'one', 'seven', 'six', 'three', 'two'].sort(),
  );
});
