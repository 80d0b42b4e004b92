import { fakeBackground, makeModel, settle, storedWith } from './checklist-model-fakes';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('checklist model: session storage through the background', () => {
  test('loads the stored checklist and its expiry on creation', async () => {
    const bg = fakeBackground();
    bg.state.stored = { checklist: storedWith({ lastName: 'Петров' }), expiresAt: Date.now() + 10 * 60_000 };
    const { model } = makeModel({ backend: bg.backend });
    await settle();
    expect(model.loaded.value).toBe(true);
    expect(model.checklist.value.fields.lastName).toBe('Петров');
    expect(model.minutesLeft.value).toBe(10);
    model.dispose();
  });

  test('typing saves once, ~300 ms after the last keystroke; blur normalises and saves at once', async () => {
    vi.useFakeTimers();
    const { model, bg } = makeModel();
    await vi.advanceTimersByTimeAsync(0);
    bg.state.calls.length = 0;
    model.input('snils', '112');
    model.input('snils', '11223344595');
    await vi.advanceTimersByTimeAsync(200);
    expect(bg.state.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(150);
    expect(bg.state.calls).toEqual(['saveChecklist']);
    expect(bg.state.stored?.checklist.fields.snils).toBe('11223344595');

    await model.commit('snils');
    expect(bg.state.calls).toEqual(['saveChecklist', 'saveChecklist']);
    expect(bg.state.stored?.checklist.fields.snils).toBe('112-233-445 95');
    model.dispose();
  });

  test('text that cannot be read is kept as typed, saved, and its message shown after blur', async () => {
    const { model, bg } = makeModel();
    await settle();
    model.input('birthDate', '31.02');
    expect(model.visibleErrors.value.birthDate).toBeUndefined();
    await model.commit('birthDate');
    expect(model.checklist.value.fields.birthDate).toBe('31.02');
    expect(bg.state.stored?.checklist.fields.birthDate).toBe('31.02');
    expect(model.visibleErrors.value.birthDate).toBe('Дата должна быть в виде ДД.ММ.ГГГГ');
    model.dispose();
  });

  test('«Очистить» wipes at once and «Вернуть» restores the previous checklist from memory', async () => {
    const { model, bg } = makeModel();
    await settle();
    model.input('lastName', 'Иванова');
    await model.setEligibility('registeredInKarta', true);
    await model.clear();
    expect(bg.state.stored).toBeNull();
    expect(bg.state.calls.at(-1)).toBe('clearChecklist');
    expect(model.checklist.value.fields.lastName).toBe('');
    expect(model.restorable.value?.reason).toBe('cleared');

    await model.restore();
    expect(bg.state.stored?.checklist.fields.lastName).toBe('Иванова');
    expect(bg.state.stored?.checklist.eligibility.registeredInKarta).toBe(true);
    expect(model.restorable.value).toBeNull();
    model.dispose();
  });

  test('typing after «Очистить» forgets the old checklist, so «Вернуть» cannot overwrite the new citizen', async () => {
    const { model } = makeModel();
    await settle();
    await model.commit('lastName', 'Прежний');
    await model.clear();
    await model.commit('lastName'); // Tab through an empty field: nothing changed, «Вернуть» stays
    expect(model.restorable.value?.reason).toBe('cleared');
    model.input('lastName', 'Новый');
    expect(model.restorable.value).toBeNull();
    model.dispose();
  });

  test('clearing an empty checklist offers nothing to restore', async () => {
    const { model } = makeModel();
    await settle();
    await model.clear();
    expect(model.restorable.value).toBeNull();
    model.dispose();
  });

  test('re-reads when the tab becomes visible or the window gets focus (another tab changed it)', async () => {
    const { model, bg } = makeModel();
    await settle();
    bg.state.stored = { checklist: storedWith({ firstName: 'Анна' }), expiresAt: Date.now() + 60_000 };
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(model.checklist.value.fields.firstName).toBe('Анна');

    bg.state.stored = null; // wiped elsewhere
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(model.checklist.value.fields.firstName).toBe('');
    model.dispose();
    bg.state.calls.length = 0;
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(bg.state.calls).toEqual([]); // disposed: no more listeners
  });

  test('a condition ticked before the checklist has loaded is merged into it, never replaces it', async () => {
    const bg = fakeBackground();
    bg.state.stored = {
      checklist: storedWith({ lastName: 'Петров', snils: '112-233-445 95' }),
      expiresAt: 1e15,
    };
    let answer: () => void = () => {};
    const get = bg.backend.get;
    bg.backend.get = () => new Promise((resolve) => (answer = () => resolve(get())));
    const { model } = makeModel({ backend: bg.backend });
    await model.setEligibility('registeredInKarta', true); // the clerk is faster than the background
    expect(bg.state.stored?.checklist.fields.lastName).toBe('Петров'); // nothing was saved over it
    answer();
    await vi.waitFor(() => expect(model.loaded.value).toBe(true));
    await settle();
    expect(model.checklist.value.fields.lastName).toBe('Петров');
    expect(model.checklist.value.eligibility.registeredInKarta).toBe(true);
    expect(bg.state.stored?.checklist.fields.snils).toBe('112-233-445 95');
    expect(bg.state.stored?.checklist.eligibility.registeredInKarta).toBe(true);
    model.dispose();
  });

  test('«Очистить» while a re-read is on its way: the old citizen does not come back from that read', async () => {
    const { model, bg } = makeModel();
    await settle();
    await model.commit('lastName', 'Петров');
    let answer: () => void = () => {};
    const get = bg.backend.get;
    bg.backend.get = () => new Promise((resolve) => (answer = () => resolve(get())));
    const stale = structuredClone(bg.state.stored);
    window.dispatchEvent(new Event('focus')); // clicking into the panel re-reads …
    await model.clear(); // … and the click is «Очистить»
    bg.state.stored = stale; // the read was answered before the clear reached the background
    answer();
    await settle();
    expect(model.checklist.value.fields.lastName).toBe('');
    expect(model.restorable.value?.checklist.fields.lastName).toBe('Петров'); // «Вернуть» still offered
    model.dispose();
  });

  test('a change notice from the background re-reads at once, but not while the panel’s own save is on its way', async () => {
    const bg = fakeBackground();
    let changed: () => void = () => {};
    bg.backend.onChange = (listener) => {
      changed = listener;
      return () => {};
    };
    const { model } = makeModel({ backend: bg.backend });
    await settle();
    model.input('lastName', 'Петров'); // typed, not saved yet
    bg.state.calls.length = 0;
    changed();
    await settle();
    expect(bg.state.calls).toEqual([]); // the clerk's unsaved typing is not read over
    await model.flush();
    bg.state.stored = { checklist: storedWith({ lastName: 'Ким' }), expiresAt: Date.now() + 60_000 };
    bg.state.calls.length = 0;
    changed(); // another tab captured
    await settle();
    expect(bg.state.calls).toEqual(['getChecklist']);
    expect(model.checklist.value.fields.lastName).toBe('Ким');
    model.dispose();
  });

  test('a re-read does not overwrite what the clerk typed meanwhile, and it still gets saved', async () => {
    const { model, bg } = makeModel();
    await settle();
    bg.state.stored = { checklist: storedWith({ lastName: 'Иной' }), expiresAt: Date.now() + 60_000 };
    window.dispatchEvent(new Event('focus')); // the read is in flight …
    model.input('lastName', 'Сидоров'); // … while the clerk types
    await settle();
    expect(model.checklist.value.fields.lastName).toBe('Сидоров');
    await model.flush();
    expect(model.checklist.value.fields.lastName).toBe('Сидоров');
    expect(bg.state.stored?.checklist.fields.lastName).toBe('Сидоров');
    model.dispose();
  });

  test('a failed save says so in Russian and keeps the data in memory', async () => {
    const { model, bg } = makeModel();
    await settle();
    bg.state.fail = 'фон недоступен';
    model.input('lastName', 'Ким');
    await model.commit('lastName');
    expect(model.error.value).toBe('Не удалось сохранить чек-лист: фон недоступен');
    expect(model.checklist.value.fields.lastName).toBe('Ким');
    bg.state.fail = null;
    await model.flush(); // retried on the next occasion
    expect(bg.state.stored?.checklist.fields.lastName).toBe('Ким');
    expect(model.error.value).toBeNull();
    model.dispose();
  });

  test('the expiry note counts down with one timeout per minute while visible, then re-reads', async () => {
    vi.useFakeTimers();
    const bg = fakeBackground(3 * 60_000);
    // No page form to watch: the only timers are the note's own.
    const { model } = makeModel({ backend: bg.backend, fillsForms: false });
    await vi.advanceTimersByTimeAsync(0);
    await model.commit('lastName', 'Ли');
    expect(model.minutesLeft.value).toBe(3);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(model.minutesLeft.value).toBe(2);
    expect(vi.getTimerCount()).toBe(1);
    await model.clear(); // «Вернуть» is offered …
    expect(model.restorable.value).not.toBeNull();
    bg.state.stored = { checklist: storedWith({ lastName: 'Ли' }), expiresAt: Date.now() + 2 * 60_000 };
    await model.load(); // … and another tab saved it again meanwhile
    bg.state.stored = null; // the background's alarm wipes it at the limit
    bg.state.calls.length = 0;
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(bg.state.calls).toContain('getChecklist');
    expect(model.minutesLeft.value).toBeNull();
    expect(model.checklist.value.fields.lastName).toBe('');
    expect(model.restorable.value).toBeNull(); // … but not past the time limit
    expect(vi.getTimerCount()).toBe(0);
    model.dispose();
  });
});
