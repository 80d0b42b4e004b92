import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPanelModel, type PanelModel } from '@/components/panel/model';
import { OutcomeBar } from '@/components/panel/OutcomeBar';
import { PitchView } from '@/components/panel/PitchView';
import { sentencesOf } from '@/utils/content-pack/sentences';
import type { StepId } from '@/utils/content-pack/steps';
import type { Outcome } from '@/utils/journal/outcomes';
import { fakeDeps, panelConfig } from './panel-helpers';

// The pitch step views and the answer bar alone (no panel chrome): what each step says, and that every answer the
// citizen gives is one button that records the right outcome once.

let container: HTMLElement;
let model: PanelModel;
let deps: ReturnType<typeof fakeDeps>['deps'];
const onShowCitizen = vi.fn();
const onPrintLeaflet = vi.fn();

function mount(tools = true) {
  deps = fakeDeps().deps;
  model = createPanelModel(panelConfig(), deps, { hasPitch: true });
  act(() =>
    render(
      <>
        <PitchView
          model={model}
          onShowCitizen={tools ? onShowCitizen : undefined}
          onPrintLeaflet={tools ? onPrintLeaflet : undefined}
        />
        <OutcomeBar model={model} />
      </>,
      container,
    ),
  );
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
async function click(selector: string) {
  const el = $(selector);
  if (!el) throw new Error(`no ${selector}`);
  await act(async () => el.click());
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  onShowCitizen.mockReset();
  onPrintLeaflet.mockReset();
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

const PATHS: Record<StepId, string[]> = {
  offer: [],
  details: ['[data-action="step-details"]'],
  leaflet: ['[data-action="step-leaflet"]'],
  refusal: ['[data-outcome="refused"]'],
  mais: [],
};

describe('each answer records the right outcome, once', () => {
  test.each<[string, string[], string, Outcome]>([
    ['step 1 «Подключит самостоятельно»', [], '[data-outcome="accepted"]', 'accepted'],
    ['step 1 «Отказ — пластиковая карта»', [], '[data-outcome="refused"]', 'refused'],
    ['step 1 «Зарегистрирован, льготы не видно»', [], '[data-outcome="mais"]', 'mais'],
    ['step 2 «Подключит самостоятельно»', PATHS.details, '[data-outcome="accepted"]', 'accepted'],
    ['step 2 «Отказ»', PATHS.details, '[data-outcome="refused"]', 'refused'],
    ['step 3 «Лифлет выдан»', PATHS.leaflet, '[data-outcome="leaflet"]', 'leaflet'],
    ['step 3 «Отказ»', PATHS.leaflet, '[data-outcome="refused"]', 'refused'],
  ])('%s', async (_name, path, selector, outcome) => {
    mount();
    for (const step of path) await click(step);
    expect(deps.recordOutcome).not.toHaveBeenCalled();
    const button = $(selector)!;
    await act(async () => {
      button.click();
      button.click(); // a double click is one answer
    });
    expect(deps.recordOutcome).toHaveBeenCalledTimes(1);
    expect(deps.recordOutcome).toHaveBeenCalledWith(expect.objectContaining({ outcome }));
    expect($('[data-recorded-outcome]')?.getAttribute('data-recorded-outcome')).toBe(outcome);
  });

  test('moves record nothing: «Интересуется — подробнее», «Нет времени — лифлет», «Назад»', async () => {
    mount();
    await click('[data-action="step-details"]');
    await click('[data-action="step-leaflet"]');
    await click('[data-action="back"]');
    expect(model.flow.value.step).toBe('details');
    expect(deps.recordOutcome).not.toHaveBeenCalled();
  });

  test('the labels the clerk reads, in the order of the memo', () => {
    mount();
    const labels = [...container.querySelectorAll('[data-answers] button:not([data-action="back"])')].map(
      (b) => b.textContent,
    );
    expect(labels).toEqual([
      'Подключит самостоятельно (Карта жителя)',
      'Интересуется — подробнее',
      'Нет времени — лифлет',
      'Отказ — пластиковая карта',
      'Зарегистрирован, льготы не видно',
    ]);
    expect($('[data-outcome="refused"]')?.getAttribute('data-action')).toBe('step-refusal');
    for (const button of container.querySelectorAll<HTMLButtonElement>('[data-answers] button'))
      expect(button.title).not.toBe('');
  });
});

describe('what each step says', () => {
  test.each<StepId>(['offer', 'details', 'leaflet', 'refusal'])(
    '%s: opens with its key sentences and repeats no sentence',
    async (id) => {
      mount();
      for (const step of PATHS[id]) await click(step);
      const section = $(`[data-step="${id}"]`)!;
      expect(section.querySelector('h3 + [data-lead]')).not.toBeNull();
      const blocks = [...section.querySelectorAll('p, li, summary, figcaption')].filter(
        (el) => !el.querySelector('p, li'),
      );
      const sentences = blocks.flatMap((el) => sentencesOf(el.textContent ?? ''));
      const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
      expect(sentences.length).toBeGreaterThan(0);
      expect(repeated).toEqual([]);
    },
  );

  test('step 2: the advantages are short titles that open to their text', async () => {
    mount();
    await click('[data-action="step-details"]');
    const items = [...container.querySelectorAll<HTMLDetailsElement>('[data-advantage] details')];
    expect(items).toHaveLength(8);
    expect(items.every((d) => !d.open)).toBe(true);
    expect(items[4].querySelector('summary')?.textContent).toBe('Прозрачность');
    expect(items[4].textContent).toContain('«История услуг»');
  });

  test('«Показать гражданину» and «Распечатать лифлет» on steps 1 and 3 call the panel’s callbacks', async () => {
    mount();
    await click('[data-action="show-citizen"]');
    expect(onShowCitizen).toHaveBeenCalledTimes(1);
    await click('[data-action="step-details"]');
    expect($('[data-action="show-citizen"]')).toBeNull();
    await click('[data-action="step-leaflet"]');
    await click('[data-action="print-leaflet"]');
    expect(onPrintLeaflet).toHaveBeenCalledTimes(1);
    await click('[data-action="show-citizen"]');
    expect(onShowCitizen).toHaveBeenCalledTimes(2);
  });

  test('without callbacks (a panel that cannot open pages) the tools are not offered', () => {
    mount(false);
    expect($('[data-step="offer"]')).not.toBeNull();
    expect($('[data-action="show-citizen"]')).toBeNull();
    expect($('[data-action="print-leaflet"]')).toBeNull();
  });
});
