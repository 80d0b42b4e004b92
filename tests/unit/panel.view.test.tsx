import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PANEL_KITS } from '@/components/panel/kits';
import { createPanelModel, type PanelModel } from '@/components/panel/model';
import { Panel } from '@/components/panel/Panel';
import { OUTCOME_LABELS } from '@/utils/journal/outcomes';
import type { PanelConfig } from '@/utils/messaging';
import { fakeDeps, panelConfig } from './panel-helpers';

let container: HTMLElement;
let model: PanelModel;
let deps: ReturnType<typeof fakeDeps>['deps'];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(overrides: Partial<PanelConfig> = {}) {
  deps = fakeDeps().deps;
  const config = panelConfig(overrides);
  const kit = PANEL_KITS[config.kind];
  model = createPanelModel(config, deps, { hasPitch: Boolean(kit.pitch) });
  await act(async () => {
    await model.ready;
    render(
      <Panel
        model={model}
        toolbar={
          <button type="button" data-action="capture">
            Считать
          </button>
        }
        checklist={<div data-testid="checklist">чек-лист</div>}
        pitch={kit.pitch?.(model)}
        outcomes={kit.outcomes?.(model)}
      />,
      container,
    );
  });
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const text = () => container.textContent ?? '';
async function click(selector: string) {
  const el = $(selector);
  if (!el) throw new Error(`no ${selector}`);
  await act(async () => el.click());
}

describe('Panel (issuance page)', () => {
  test('step 1 opens with its key sentences, the poster, the QR of the site; the rest under «Подробнее»', async () => {
    await mount();
    const pack = panelConfig().pack;
    const offer = pack.steps[0];
    expect($('[data-step="offer"]')).not.toBeNull();
    expect($('h2')?.textContent).toBe('Карта жителя НСО');
    expect([...container.querySelectorAll('[data-lead] p')].map((p) => p.textContent)).toEqual(offer.lead);
    expect(text()).toContain(pack.posterReminder);
    expect($('svg[data-qr]')?.getAttribute('data-qr')).toBe('https://karta.nso.ru');
    expect($('[data-more]')?.hasAttribute('open')).toBe(false);
    expect($('[data-more]')?.textContent).toContain('RuStore, Google Play, App Store');
    expect(text()).toContain('Госуслуги');
  });

  test('memo texts come from the pack: a replaced pack is what the clerk sees', async () => {
    const pack = panelConfig().pack;
    pack.steps[0].lead = ['Скажите гражданину особый текст администратора.'];
    await mount({ pack });
    expect($('[data-lead]')?.textContent).toBe('Скажите гражданину особый текст администратора.');
    expect($('[data-lead]')?.textContent).not.toContain('Вы знаете о возможности оплаты проезда');
  });

  test('«Интересуется — подробнее»: eight advantage titles, five connection steps, hotline 110; «Назад» returns', async () => {
    await mount();
    await click('[data-action="step-details"]');
    expect($('[data-step="details"]')).not.toBeNull();
    expect(container.querySelectorAll('[data-advantage] summary')).toHaveLength(8);
    expect(container.querySelectorAll('[data-connect-steps] li')).toHaveLength(5);
    expect(text()).toContain('Госуслуг');
    expect(text()).toContain('«Мир»');
    expect($('[data-lead]')?.textContent).toContain('горячей линии 110');
    await click('[data-action="back"]');
    expect($('[data-step="offer"]')).not.toBeNull();
  });

  test('«Нет времени — лифлет» shows step 3 with the QR code and «Скопировать инструкцию»', async () => {
    await mount();
    await click('[data-action="step-leaflet"]');
    expect($('[data-step="leaflet"]')).not.toBeNull();
    expect($('svg[data-qr]')).not.toBeNull();
    expect($('[data-action="copy"]')?.textContent).toBe('Скопировать инструкцию');
  });

  test('«Отказ — пластиковая карта» records `refused` and shows the refusal instruction', async () => {
    await mount();
    await click('[data-outcome="refused"]');
    expect($('[data-step="refusal"]')).not.toBeNull();
    expect(text()).toContain(panelConfig().pack.refusalText);
    expect(deps.recordOutcome).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'refused' }));
  });

  test('«Зарегистрирован, льготы не видно» shows step 5 with the checklist view and records `mais`', async () => {
    await mount();
    await click('[data-action="step-mais"]');
    expect($('[data-testid="checklist"]')).not.toBeNull();
    expect(text()).toContain(panelConfig().pack.maisInstruction);
    expect(deps.recordOutcome).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'mais' }));
  });

  test('one set of answers per step: each outcome or move has one button', async () => {
    await mount();
    const outcomes = () =>
      [...container.querySelectorAll('[data-outcome]')].map((b) => b.getAttribute('data-outcome'));
    expect(outcomes()).toEqual(['accepted', 'refused', 'mais']);
    await click('[data-action="step-leaflet"]');
    expect(outcomes()).toEqual(['leaflet', 'refused', 'mais']);
    expect(container.querySelectorAll('[data-action="step-details"]')).toHaveLength(1);
  });

  test('recording ends the visit with «Итог записан», «Новый посетитель» restarts on step 1', async () => {
    await mount();
    await click('[data-action="step-details"]');
    await click('[data-action="step-leaflet"]');
    await click('[data-outcome="leaflet"]');
    expect(deps.recordOutcome).toHaveBeenCalledWith({
      outcome: 'leaflet',
      steps: ['offer', 'details', 'leaflet'],
      siteKind: 'issuance',
    });
    expect($('[data-recorded-outcome]')?.textContent).toContain(`Итог записан: ${OUTCOME_LABELS.leaflet}`);
    // Screen readers hear it from the live region; on screen it is said once, in the outcome bar.
    expect($('[aria-live="polite"] [data-panel-status="spoken"]')?.textContent).toContain('Итог записан');
    expect($('[data-panel-status="shown"]')).toBeNull();
    expect(container.querySelectorAll('[data-outcome]')).toHaveLength(0);
    expect($('[data-action="step-leaflet"]')).toBeNull();
    await click('[data-action="new-visitor"]');
    expect($('[data-step="offer"]')).not.toBeNull();
    expect(container.querySelectorAll('[data-outcome]')).toHaveLength(3);
  });

  test('outcome «mais» opens the checklist', async () => {
    await mount();
    await click('[data-outcome="mais"]');
    expect($('[data-testid="checklist"]')).not.toBeNull();
  });

  test('collapse button and Esc collapse to a tab that keeps the toolbar; the tab expands again', async () => {
    await mount();
    const collapse = $('[data-action="collapse"]')!;
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    expect(collapse.getAttribute('aria-label')).toBeTruthy();
    await click('[data-action="collapse"]');
    expect($('aside[aria-labelledby="kp-title"]')).toBeNull();
    expect($('[data-action="collapse"]')?.getAttribute('aria-expanded')).toBe('false');
    expect($('[data-action="capture"]')).not.toBeNull();
    expect(deps.saveUi).toHaveBeenLastCalledWith({ collapsed: true });
    await click('[data-action="collapse"]');
    expect($('aside[aria-labelledby="kp-title"]')).not.toBeNull();

    const inside = $('[data-action="step-details"]')!;
    await act(async () => {
      inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect($('aside[aria-labelledby="kp-title"]')).toBeNull();
    expect(document.activeElement).toBe($('[data-action="collapse"]'));
  });

  test('the capture toolbar is there from the first render', async () => {
    await mount();
    expect($('[role="toolbar"] [data-action="capture"]')).not.toBeNull();
  });

  test('status and gate messages are in a polite live region', async () => {
    await mount();
    await act(async () => model.gateHeld());
    const live = $('[aria-live="polite"]');
    expect(live?.querySelector('[data-gate-notice]')?.textContent).toContain('Сначала предложите');
  });

  test('every button has a name', async () => {
    await mount();
    for (const button of container.querySelectorAll('button')) {
      const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
      expect(name.trim().length, button.outerHTML).toBeGreaterThan(0);
    }
  });
});

describe('Panel (МАИС page)', () => {
  test('shows the checklist and no pitch or outcome bar', async () => {
    await mount({ kind: 'mais', site: { kind: 'mais', match: 'http://127.0.0.1/*' } });
    expect($('[data-testid="checklist"]')).not.toBeNull();
    expect($('[data-step]')).toBeNull();
    expect($('[data-outcome]')).toBeNull();
    expect($('[data-action="capture"]')).not.toBeNull();
  });
});
