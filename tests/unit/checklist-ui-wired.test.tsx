import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import {
  backgroundChecklist,
  CaptureButton,
  ChecklistView,
  catalogueRules,
  createChecklistModel,
  createChecklistRules,
} from '@/components/panel/checklist';
import { PrefillSection } from '@/components/panel/checklist/PrefillSection';
import { CATEGORIES } from '@/utils/catalogue/categories';
import { matchCategory } from '@/utils/catalogue/match';
import { ELIGIBILITY_KEYS, emptyChecklist, FIELD_KEYS } from '@/utils/checklist/keys';
import { ELIGIBILITY_ADVICE } from '@/utils/checklist/validate';
import { fakeBackground, settle } from './checklist-model-fakes';
import { createLocalBridge } from './local-bridge';

// The views with the real wiring: the checklist rules and catalogue, the real capture on a capture fixture, the real
// agent and engine on a МАИС fixture. Only the background is a fake. Pages live in their own happy-dom windows; the
// panel renders into the test document.

const FIXTURES = path.resolve(__dirname, '../fixtures');

function loadPage(rel: string): { win: Window; doc: Document } {
  const win = new Window({
    url: `http://127.0.0.1/fixtures/${rel}`,
    width: 1280,
    height: 900,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  win.document.write(readFileSync(path.join(FIXTURES, rel), 'utf8'));
  return { win, doc: win.document as unknown as Document };
}

/** The panel's real wiring, with the page reached directly instead of through the background. */
function realModel(page: Document, kind: 'issuance' | 'mais', bg = fakeBackground()) {
  const bridge = createLocalBridge(page).bridge;
  const model = createChecklistModel({
    doc: document,
    backend: bg.backend,
    bridge,
    rules: createChecklistRules(ELIGIBILITY_ADVICE),
    catalogue: catalogueRules,
    fillsForms: kind === 'mais',
  });
  if (kind === 'mais') void bridge.watchFields(true); // the panel shown, as its session has it
  return model;
}

let host: HTMLElement;
let cleanup: (() => void)[] = [];
beforeEach(() => {
  document.body.innerHTML = '<div id="host"></div>';
  host = document.getElementById('host')!;
});
afterEach(async () => {
  render(null, host);
  for (const fn of cleanup) fn();
  cleanup = [];
});

async function mount(doc: Document, kind: 'issuance' | 'mais', bg = fakeBackground()) {
  const model = realModel(doc, kind, bg);
  cleanup.push(model.dispose);
  await act(async () => {
    render(
      <>
        <CaptureButton model={model} />
        <ChecklistView model={model} prefill={PrefillSection} />
      </>,
      host,
    );
    await settle();
  });
  return { model, bg };
}

const $ = <T extends Element = HTMLElement>(sel: string) => host.querySelector<T>(sel)!;
async function typeAndBlur(name: string, text: string) {
  const el = $<HTMLInputElement>(`[name="${name}"]`);
  await act(async () => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new FocusEvent('blur'));
    await settle();
  });
  return el;
}
async function click(sel: string) {
  await act(async () => {
    $(sel).click();
    await settle();
  });
}

test('real rules: СНИЛС checksum message, dates stored ISO and shown ДД.ММ.ГГГГ, catalogue in the select', async () => {
  const { win, doc } = loadPage('mais/label-for.html');
  cleanup.push(() => win.close());
  const { bg } = await mount(doc, 'mais');

  const snils = await typeAndBlur('snils', '112-233-445 94');
  expect(snils.value).toBe('112-233-445 94');
  expect(snils.getAttribute('aria-invalid')).toBe('true');
  expect($('#kn-f-snils-error').textContent).toMatch(/СНИЛС/);
  await typeAndBlur('snils', '11223344595');
  expect(snils.value).toBe('112-233-445 95');
  expect(snils.getAttribute('aria-invalid')).toBeNull();

  const birth = await typeAndBlur('birthDate', '14.02.1951');
  expect(birth.value).toBe('14.02.1951');
  expect(bg.state.stored?.checklist.fields.birthDate).toBe('1951-02-14');
  const issued = await typeAndBlur('idIssueDate', '01.01.1950'); // before birth
  expect($('#kn-f-idIssueDate-error').textContent).toBe('Дата выдачи не может быть раньше даты рождения');
  expect(issued.value).toBe('01.01.1950');

  expect($<HTMLSelectElement>('select[name="category"]').options).toHaveLength(CATEGORIES.length + 1);
  await click('[data-action="condition-no"][data-condition="hasBenefitCategory"]');
  expect($('[data-missing="hasBenefitCategory"]').textContent).toContain(
    ELIGIBILITY_ADVICE.hasBenefitCategory,
  );
});

test('real capture: a citizen card fills the checklist, and the panel says how much it read', async () => {
  const { win, doc } = loadPage('capture/dl-card.html');
  cleanup.push(() => win.close());
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'capture/dl-card.expected.json'), 'utf8'));
  const onCaptured = vi.fn();
  const model = realModel(doc, 'issuance');
  cleanup.push(model.dispose);
  await act(async () => {
    render(<CaptureButton model={model} onCaptured={onCaptured} />, host);
    await settle();
  });
  await click('[data-action="capture"]');
  expect(onCaptured).toHaveBeenCalledTimes(1);
  const fields = model.checklist.value.fields;
  expect(fields.lastName).toBe(expected.lastName);
  expect(fields.snils).toBe(expected.snils);
  expect(fields.birthDate).toBe(expected.birthDate);
  expect(fields.category).toBe(matchCategory(expected.category)?.code ?? expected.category);
  const count = Object.keys(expected).length;
  expect($('[data-capture-notice]').textContent).toContain(`Считано: ${count} полей.`);
});

test('real prefill: plan, one click into a label[for] МАИС form, a report for every key, undo', async () => {
  const { win, doc } = loadPage('mais/label-for.html');
  cleanup.push(() => win.close());
  const bg = fakeBackground();
  const c = emptyChecklist();
  for (const k of ELIGIBILITY_KEYS) c.eligibility[k] = true;
  Object.assign(c.fields, {
    lastName: 'Петров',
    firstName: 'Пётр',
    birthDate: '1951-02-14',
    snils: '112-233-445 95',
    idSeries: '5004',
    idNumber: '123456',
    category: matchCategory('Ветеран труда')!.code,
  });
  bg.state.stored = { checklist: c, expiresAt: Date.now() + 60_000 };
  const { model } = await mount(doc, 'mais', bg);
  // The agent reads the page giving it its turn now and then: the count arrives after a few turns.
  await vi.waitFor(() => expect(model.prefill.fieldCount.value).toBeGreaterThan(0), 10_000);
  await act(settle);
  expect(Number($('[data-action="prefill"]').dataset.willFill)).toBeGreaterThan(0);
  expect($('[data-action="prefill"]').textContent).toMatch(
    /^Заполнить \d+ пол(е|я|ей)(; \d+ не заполн(и|я)тся)?$/,
  );

  await click('[data-action="prefill"]');
  // The fill gives the page its turn after each field and reads it back: the report comes when it is done.
  await vi.waitFor(async () => {
    await act(settle);
    expect(host.querySelector('[data-fill-report]')).not.toBeNull();
  }, 10_000);
  const value = (id: string) => (doc.getElementById(id) as HTMLInputElement).value;
  expect(value('fam')).toBe('Петров');
  expect(value('drozhd')).toBe('1951-02-14');
  expect(value('searchText')).toBe('');
  expect(value('lk')).toBe('101');
  const report = [...host.querySelectorAll('[data-fill-report] [data-field]')];
  expect(report.map((el) => el.getAttribute('data-field')).sort()).toEqual([...FIELD_KEYS].sort()); // one per key
  expect($('[data-fill-report] [data-field="lastName"]').dataset.status).toBe('filled');
  expect($('[data-fill-report] [data-field="snils"]').dataset.status).toBe('filled');
  expect($('[data-fill-report] [data-field="idIssuer"]').dataset.status).toBe('skipped');

  await click('[data-action="undo-prefill"]');
  expect(value('fam')).toBe('');
  expect(value('snils')).toBe('');
}, 30_000);

test('the checklist lives in the background: typed messages get, save and clear it', async () => {
  const { background } = await import('@/utils/messaging');
  const saved: unknown[] = [];
  const stops = [
    background.onMessage('getChecklist', () => null),
    background.onMessage('saveChecklist', ({ data }) => {
      saved.push(data);
      return { checklist: data, expiresAt: Date.now() + 5 * 60_000 };
    }),
    background.onMessage('clearChecklist', () => {
      saved.push('cleared');
    }),
  ];
  cleanup.push(...stops);
  const model = createChecklistModel({
    doc: document,
    backend: backgroundChecklist,
    bridge: createLocalBridge(document).bridge,
    rules: createChecklistRules(ELIGIBILITY_ADVICE),
    catalogue: catalogueRules,
    fillsForms: false,
  });
  cleanup.push(model.dispose);
  await settle();
  expect(model.loaded.value).toBe(true);
  await model.commit('lastName', 'Петров');
  expect(saved).toHaveLength(1);
  expect((saved[0] as { fields: { lastName: string } }).fields.lastName).toBe('Петров');
  expect(model.minutesLeft.value).toBe(5);
  await model.clear();
  expect(saved[1]).toBe('cleared');
});
