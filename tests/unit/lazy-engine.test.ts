import { computed } from '@preact/signals';
import { createChecklistModel } from '@/components/panel/checklist';
import { installEngine, installedEngine, loadEngineVia } from '@/components/panel/checklist/engine-global';
import { createLazyEngine } from '@/components/panel/checklist/lazy-engine';
import { createRealEngine } from '@/components/panel/checklist/real-engines';
import { createEngineInjector } from '@/utils/background/engine-injector';
import { ELIGIBILITY_ADVICE } from '@/utils/checklist/eligibility-advice';
import { emptyChecklist } from '@/utils/checklist/keys';
import { fakeBackground, settle } from './checklist-model-fakes';

// The capture/prefill engine is not part of the page's first load: it arrives on the clerk's first turn to the panel.

function countingLoader() {
  const loader = {
    calls: 0,
    load: async () => {
      loader.calls++;
      return createRealEngine();
    },
  };
  return loader;
}

test('nothing is loaded up front; validation is quiet and the date display still works', () => {
  const loader = countingLoader();
  const lazy = createLazyEngine(loader.load, [{ code: 'x', name: 'Икс' }], ELIGIBILITY_ADVICE);
  const { rules, catalogue } = lazy.engines;
  expect(loader.calls).toBe(0);
  expect(lazy.loaded.value).toBe(false);
  expect(rules.validate('snils', '112-233-445 94', emptyChecklist().fields)).toBeNull();
  expect(rules.display('birthDate', '1950-03-01')).toBe('01.03.1950');
  expect(rules.normalize('lastName', '  Петров ')).toBe('Петров');
  expect(catalogue.categories).toEqual([{ code: 'x', name: 'Икс' }]);
  expect(rules.missingEligibility(emptyChecklist().eligibility).map((m) => m.advice)).toEqual(
    Object.values(ELIGIBILITY_ADVICE),
  );
});

test('computed validation wakes up when the engine arrives; concurrent loads share one request', async () => {
  const loader = countingLoader();
  const lazy = createLazyEngine(loader.load, [], ELIGIBILITY_ADVICE);
  const message = computed(() =>
    lazy.engines.rules.validate('snils', '112-233-445 94', emptyChecklist().fields),
  );
  expect(message.value).toBeNull();
  await Promise.all([lazy.preload(), lazy.preload(), lazy.engines.prefill.ready?.()]);
  expect(loader.calls).toBe(1);
  expect(message.value).toMatch(/СНИЛС/);
});

test('a field-count observer asked for before the engine starts once it arrives, and not after stop', async () => {
  const lazy = createLazyEngine(async () => createRealEngine(), [], ELIGIBILITY_ADVICE);
  document.body.innerHTML =
    '<form><label>Фамилия <input name="fam"></label><label>СНИЛС <input name="snils"></label></form>';
  const counts: number[] = [];
  const stop = lazy.engines.prefill.observeFieldCount(document, (n) => counts.push(n));
  const stopped = lazy.engines.prefill.observeFieldCount(document, () => counts.push(-1));
  stopped();
  await lazy.preload();
  await settle();
  await vi.waitFor(() => expect(counts.length).toBeGreaterThan(0)); // the count gives the page its turn
  stop();
  expect(counts).not.toContain(-1);
});

test('a failed load is reported by capture and retried by the next action', async () => {
  let fail = true;
  const model = createChecklistModel({
    advice: ELIGIBILITY_ADVICE,
    doc: document,
    kind: 'issuance',
    send: fakeBackground().send,
    loadEngine: async () => {
      if (fail) throw new Error('нет связи с фоном');
      return createRealEngine();
    },
  });
  document.body.innerHTML = '<dl><dt>СНИЛС</dt><dd>112-233-445 95</dd><dt>Фамилия</dt><dd>Петров</dd></dl>';
  await settle();
  const first = await model.capture();
  expect(first.kind).toBe('error');
  fail = false;
  const second = await model.capture();
  expect(second).toMatchObject({ kind: 'captured', replaced: false });
  expect(model.checklist.value.fields.snils).toBe('112-233-445 95');
  model.dispose();
});

test('the engine global: installed once per frame, a missing injection is a clear Russian error', async () => {
  const frame = {};
  await expect(loadEngineVia(frame, async () => {})).rejects.toThrow(/не загрузился/);
  const engine = createRealEngine();
  let injected = 0;
  const inject = async () => {
    injected++;
    installEngine(frame, engine);
  };
  expect(await loadEngineVia(frame, inject)).toBe(engine);
  expect(await loadEngineVia(frame, inject)).toBe(engine);
  expect(injected).toBe(1);
  expect(installedEngine({})).toBeNull();
});

test('the background injects /engine.js into the asking frame only', async () => {
  const calls: unknown[] = [];
  const inject = createEngineInjector({
    executeScript: (async (options: unknown) => {
      calls.push(options);
      return [];
    }) as never,
  });
  await inject({ tab: { id: 7 }, frameId: 3 });
  expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['/engine.js'] }]);
  await expect(inject({ frameId: 0 })).rejects.toThrow(/вкладку/);
});
