import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { createTodayModel, type TodayModel } from '@/components/popup/today-model';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import { instructionsText } from '@/utils/content-pack/instructions';
import { line, seedDays } from './journal-helpers';

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

let container: HTMLElement;
let model: TodayModel | undefined;

function mount(today: TodayModel, onOpenOptions = () => {}) {
  model = today;
  act(() => render(<Popup pack={DEFAULT_PACK} today={today} onOpenOptions={onOpenOptions} />, container));
}

const stat = (o: string) => container.querySelector(`[data-stat="${o}"]`)?.textContent;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  model?.dispose();
  container.remove();
  vi.restoreAllMocks();
});

test('shows the five steps, each expandable to its full text', () => {
  mount(createTodayModel());
  const steps = container.querySelectorAll<HTMLDetailsElement>('details[data-step]');
  expect([...steps].map((d) => d.dataset.step)).toEqual(['offer', 'details', 'leaflet', 'refusal', 'mais']);
  for (const [i, details] of [...steps].entries()) {
    const step = DEFAULT_PACK.steps[i];
    expect(details.querySelector('summary')?.textContent).toContain(step.title);
    expect(details.open).toBe(false);
    for (const action of step.actions) expect(details.textContent).toContain(action);
  }
  expect(steps[0].textContent).toContain(DEFAULT_PACK.script[0]);
  for (const condition of DEFAULT_PACK.maisConditions) expect(steps[4].textContent).toContain(condition);
});

test('shows the eight advantages, the five connection steps, hotline 110 and the site', () => {
  mount(createTodayModel());
  const advantages = container.querySelectorAll('[data-advantage] summary');
  expect([...advantages].map((s) => s.textContent)).toEqual(DEFAULT_PACK.advantages.map((a) => a.title));
  const connect = container.querySelectorAll('[data-connect-steps] li');
  expect([...connect].map((li) => li.textContent)).toEqual(DEFAULT_PACK.connectSteps);
  expect(container.querySelector('[data-hotline]')?.textContent).toBe('110');
  expect(container.textContent).toContain('karta.nso.ru');
});

test('draws the QR code of https://karta.nso.ru as an inline, labelled SVG', () => {
  mount(createTodayModel());
  const svg = container.querySelector('svg[data-qr]');
  expect(svg?.getAttribute('role')).toBe('img');
  expect(svg?.getAttribute('aria-label')).toBe('QR-код сайта karta.nso.ru');
  expect(svg?.getAttribute('data-qr')).toBe('https://karta.nso.ru');
  const d = svg?.querySelector('path')?.getAttribute('d') ?? '';
  expect(d.length).toBeGreaterThan(200); // a real module path, not an empty placeholder
  expect(container.querySelector('img')).toBeNull();
});

test('counts today’s lines only and follows the background’s writes to today’s key', async () => {
  const now = new Date();
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12);
  await seedDays([line('refused', now), line('refused', now), line('mais', yesterday)]);
  mount(createTodayModel());
  await flush();
  expect(stat('refused')).toBe('2');
  expect(stat('accepted')).toBe('0');
  expect(stat('mais')).toBe('0');

  await seedDays([line('refused', now), line('refused', now), line('accepted', now), line('refused', now)]);
  await flush();
  expect(stat('accepted')).toBe('1');
  expect(stat('refused')).toBe('3');
});

test('reads nothing but today’s counts, however long the journal', async () => {
  const now = new Date(2026, 2, 11, 15, 0);
  const past = Array.from({ length: 2000 }, (_, i) =>
    line('accepted', new Date(2026, 2, 10 - Math.floor(i / 50), 10)),
  );
  await seedDays([...past, line('leaflet', now)]);
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  mount(createTodayModel({ now: () => now }));
  await flush();
  expect(stat('leaflet')).toBe('1');
  expect(stat('accepted')).toBe('0');
  expect(get.mock.calls.flatMap(([keys]) => [keys].flat())).toEqual(['journalCounts:2026-03-11']);
});

test('shows «—» and a note when storage cannot be read, without crashing', async () => {
  vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
  mount(createTodayModel());
  await flush();
  expect(stat('refused')).toBe('—');
  expect(container.querySelector('[data-today-note]')?.textContent).toMatch(/недоступны/);
});

test('damaged lines of today are not counted; the valid ones are', async () => {
  const now = new Date();
  await seedDays([line('accepted', now)]);
  const key = Object.keys(await fakeBrowser.storage.local.get(null)).find((k) => k.startsWith('journal:'));
  await fakeBrowser.storage.local.set({
    [key as string]: [line('accepted', now), { outcome: 'refused' }, 'x'],
  });
  mount(createTodayModel());
  await flush();
  expect(stat('accepted')).toBe('1');
  expect(stat('refused')).toBe('0');
});

test('«Скопировать инструкцию» writes the instruction text and announces «Скопировано»', async () => {
  const writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
  mount(createTodayModel());
  const button = [...container.querySelectorAll('button')].find(
    (b) => b.textContent === 'Скопировать инструкцию',
  );
  expect(button).toBeDefined();
  await act(async () => button?.click());
  await flush();
  expect(writeText).toHaveBeenCalledWith(instructionsText(DEFAULT_PACK));
  const note = container.querySelector('[data-copy-note]');
  expect(note?.textContent).toBe('Скопировано');
});

test('copy falls back to a textarea when the Clipboard API is missing', async () => {
  Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
  let copied = '';
  // execCommand('copy') copies the selected textarea: record what it holds at that moment.
  const exec = vi.fn((command: string) => {
    const area = container.querySelector('textarea');
    if (command === 'copy' && area) copied = area.value;
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  mount(createTodayModel());
  const button = container.querySelector<HTMLButtonElement>('[data-action="copy"]');
  await act(async () => button?.click());
  await flush();
  expect(exec).toHaveBeenCalledWith('copy');
  expect(copied).toBe(instructionsText(DEFAULT_PACK));
  expect(container.querySelector('textarea')).toBeNull();
  expect(container.querySelector('[data-copy-note]')?.textContent).toBe('Скопировано');
});

test('the «Отчёт и настройки» button opens the options page', () => {
  const open = vi.fn();
  mount(createTodayModel(), open);
  const button = container.querySelector<HTMLButtonElement>('[data-action="open-options"]');
  expect(button?.textContent).toBe('Отчёт и настройки');
  button?.click();
  expect(open).toHaveBeenCalledOnce();
});
