import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '@/components/options/settings/SettingsPage';
import { createSettingsModel, type SettingsModel } from '@/components/options/settings/settings-model';

let container: HTMLElement;
let model: SettingsModel;

async function flush() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

async function mount() {
  model = createSettingsModel();
  await model.load();
  act(() => render(<SettingsPage model={model} />, container));
  await flush();
}

const $ = <T extends Element = HTMLInputElement>(selector: string) => container.querySelector(selector) as T;
// biome-ignore lint/suspicious/noExplicitAny: stored JSON is inspected by shape
const stored = async (): Promise<any> => (await fakeBrowser.storage.local.get('settings')).settings;

async function change(selector: string, value: string) {
  const input = $(selector);
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

async function click(selector: string) {
  await act(async () => $<HTMLButtonElement>(selector).click());
  await flush();
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  model?.dispose();
});

describe('settings editor', () => {
  test('a first run explains what to configure in three sentences; a production site ends it', async () => {
    await mount();
    const firstRun = $('[data-first-run]')?.textContent ?? '';
    expect(firstRun.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 20)).toHaveLength(3);
    await change('#new-site-label', 'МАИС');
    await change('#new-site-match', 'https://mais.nso.ru/*');
    await click('[data-action="add-site"]');
    expect(await stored()).toMatchObject({
      sites: expect.arrayContaining([{ kind: 'mais', match: 'https://mais.nso.ru/*', label: 'МАИС' }]),
    });
    expect($('[data-first-run]')).toBeNull();
  });

  test('an invalid value shows its reason next to the field and stores nothing; a valid one is stored', async () => {
    await mount();
    await change('#piiTtlMinutes', '0');
    const field = $('#piiTtlMinutes');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = field.getAttribute('aria-describedby') ?? '';
    const error = describedBy
      .split(' ')
      .map((id) => container.querySelector(`#${id}`))
      .find((el) => el?.matches('[data-field-error]'));
    expect(error?.textContent).toMatch(/[а-яё]/i);
    expect(await stored()).toBeUndefined();
    await change('#piiTtlMinutes', '45');
    expect($('#piiTtlMinutes').getAttribute('aria-invalid')).toBeNull();
    expect(await stored()).toMatchObject({ piiTtlMinutes: 45 });
  });

  test('a bad pattern for a new site is refused beside the pattern field', async () => {
    await mount();
    await change('#new-site-match', 'mais.nso.ru');
    await click('[data-action="add-site"]');
    expect($('#new-site-match').getAttribute('aria-invalid')).toBe('true');
    expect($('#new-site-match-error').textContent).toMatch(/Шаблон адреса не распознан/);
    expect(await stored()).toBeUndefined();
  });

  test('a field mapping is added with warnings for a brittle selector; a bad selector is refused', async () => {
    await fakeBrowser.storage.local.set({
      settings: { sites: [{ kind: 'mais', match: 'https://mais.nso.ru/*' }] },
    });
    await mount();
    await change('#site-0-new-selector', 'a[');
    await click('[data-action="add-mapping"]');
    expect($('#site-0-new-selector').getAttribute('aria-invalid')).toBe('true');
    expect($('#site-0-new-selector-error').textContent).toMatch(/CSS-селектор не распознан/);
    await change('#site-0-new-selector', 'form > div:nth-child(2) input');
    await click('[data-action="add-mapping"]');
    expect((await stored()).sites[0].fields).toEqual({ lastName: 'form > div:nth-child(2) input' });
    expect($('[data-mapping="lastName"] [data-selector-warning]')?.textContent).toContain(':nth-child');
  });

  test('policy values are read-only with «задано администратором», and the address check uses the sites in force', async () => {
    await fakeBrowser.storage.managed.set({
      gateEnabled: false,
      sites: [
        { kind: 'issuance', match: 'https://osn.nso.ru/*', label: 'АИС' },
        { kind: 'mais', match: 'https://osn.nso.ru/mais/*', label: 'МАИС' },
      ],
    });
    await mount();
    expect($('#gateEnabled').disabled).toBe(true);
    expect($('[data-setting="gateEnabled"] [data-locked]')?.textContent).toBe('задано администратором');
    expect($('#site-0-match').readOnly).toBe(true);
    expect($('[data-add-site]')).toBeNull();
    expect($('[data-settings-errors]')?.textContent).toContain('пересекаются');
    await change('#url-check', 'https://osn.nso.ru/mais/benefit');
    await click('[data-action="check-url"]');
    expect($('[data-url-check-result]').textContent).toMatch(/сайт «МАИС» \(МАИС\)/);
    expect($('[data-url-check-result]').textContent).toContain('«АИС»');
  });

  test('a rejected policy is reported at the top and local settings stay editable', async () => {
    await fakeBrowser.storage.managed.set({ piiTtlMinutes: 'много' });
    await mount();
    expect($('[data-settings-errors]')?.textContent).toMatch(/Политика администратора отклонена/);
    expect($('#piiTtlMinutes').readOnly).toBe(false);
  });
});
