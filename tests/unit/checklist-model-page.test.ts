import { fakeBackground, makeModel, settle, storedWith } from './checklist-model-fakes';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('checklist model: eligibility, capture, prefill', () => {
  test('prefill is allowed only when all three conditions are confirmed', async () => {
    const { model } = makeModel();
    await settle();
    expect(model.eligible.value).toBe(false);
    expect(model.eligibilityMissing.value.map((m) => m.key)).toEqual([
      'registeredInKarta',
      'hasBenefitCategory',
      'categoryNotShown',
    ]);
    await model.setEligibility('registeredInKarta', true);
    await model.setEligibility('hasBenefitCategory', true);
    expect(model.eligibilityMissing.value.map((m) => m.key)).toEqual(['categoryNotShown']);
    await model.setEligibility('categoryNotShown', true);
    expect(model.eligible.value).toBe(true);
    model.dispose();
  });

  test('capture merges the page into the stored checklist, saves, and shows every message', async () => {
    const bg = fakeBackground();
    bg.state.stored = {
      checklist: storedWith({ phone: '+7 900 000-00-00' }),
      expiresAt: Date.now() + 60_000,
    };
    const { model, page } = makeModel({
      backend: bg.backend,
      captured: { lastName: 'Петров', firstName: 'Пётр', snils: '112-233-445 95' },
    });
    const notice = await model.capture();
    expect(page.calls.filter((c) => c === 'capture')).toHaveLength(1);
    expect(notice).toEqual({
      kind: 'captured',
      count: 3,
      keys: ['lastName', 'firstName', 'snils'],
      replaced: false,
    });
    expect(bg.state.stored?.checklist.fields).toMatchObject({
      lastName: 'Петров',
      phone: '+7 900 000-00-00',
    });
    expect(model.visibleErrors.value.birthDate).toBe('Заполните поле');
    expect(model.visibleErrors.value.lastName).toBeUndefined();
    model.dispose();
  });

  test('capture of another citizen replaces the checklist and offers the old one back', async () => {
    const bg = fakeBackground();
    bg.state.stored = {
      checklist: storedWith({ lastName: 'Старый', snils: '123-456-789 64' }),
      expiresAt: 1e15,
    };
    const { model } = makeModel({
      backend: bg.backend,
      captured: { lastName: 'Новый', snils: '112-233-445 95' },
    });
    const notice = await model.capture();
    expect(notice).toMatchObject({ kind: 'captured', replaced: true });
    expect(bg.state.stored?.checklist.fields.lastName).toBe('Новый');
    expect(model.restorable.value?.reason).toBe('replaced');
    await model.restore();
    expect(bg.state.stored?.checklist.fields.lastName).toBe('Старый');
    model.dispose();
  });

  test('capture that finds nothing changes nothing', async () => {
    const { model, bg } = makeModel({ captured: { lastName: '  ' } });
    await settle();
    bg.state.calls.length = 0;
    expect(await model.capture()).toEqual({ kind: 'nothing' });
    expect(bg.state.calls).toEqual([]);
    model.dispose();
  });

  test('the plan follows the checklist and the page; prefill writes, reports and undoes', async () => {
    document.body.innerHTML =
      '<form><h2>Льгота</h2><label>Фамилия <input id="last" value="старое"></label></form>';
    const { model, page } = makeModel();
    // The page's description arrives packed, read in turns that wait for the page's frames.
    await vi.waitFor(() => expect(model.prefill.fieldCount.value).toBe(1));
    expect(model.prefill.plan.value?.targets).toEqual([]);
    model.input('lastName', 'Петров');
    const described = page.calls.filter((c) => c === 'fieldsChanged').length;
    expect(described).toBe(1); // the page was read once, when the panel turned its watcher on
    expect(model.prefill.plan.value?.targets).toEqual([]); // typing does not plan on every key …
    await model.commit('lastName'); // … a saved change does, without asking the page again
    await model.commit('firstName', 'Пётр');
    expect(model.prefill.plan.value?.targets.map((t) => t.key)).toEqual(['lastName']);
    expect(model.prefill.plan.value?.missing).toEqual(['firstName']);
    expect(page.calls.filter((c) => c === 'fieldsChanged').length).toBe(described);

    const late = document.createElement('label'); // a form part rendered later
    late.innerHTML = 'Имя <input id="first">';
    document.querySelector('form')!.append(late);
    await vi.waitFor(() => expect(model.prefill.fieldCount.value).toBe(2));
    expect(model.prefill.plan.value?.missing).toEqual([]);
    // The change notice carried the new description: one more reading, for the page's change alone.
    expect(page.calls.filter((c) => c === 'fieldsChanged').length).toBe(described + 1);

    model.input('birthDate', '01.02.1950'); // not blurred yet: normalised before writing
    await model.runPrefill();
    const last = document.querySelector<HTMLInputElement>('#last')!;
    expect(last.value).toBe('Петров');
    expect(model.prefill.report.value?.lastName?.status).toBe('filled');
    expect(model.checklist.value.fields.birthDate).toBe('1950-02-01');
    expect(model.prefill.canUndo.value).toBe(true);
    await model.prefill.undo();
    expect(last.value).toBe('старое');
    expect(document.querySelector<HTMLInputElement>('#first')!.value).toBe('');
    expect(model.prefill.undone.value).toBe(2);

    // A form that has left the page since the fill: nothing to put back, and the clerk is told so.
    await model.runPrefill();
    expect(model.prefill.canUndo.value).toBe(true);
    document.querySelector('form')?.remove();
    await model.prefill.undo();
    expect(model.prefill.undone.value).toBe(0);
    expect(model.prefill.error.value).toBeNull();
    model.dispose();
  });

  test('the engine goes into the page once a prefill is in reach (allowed, with a field to write), once', async () => {
    document.body.innerHTML = '<form><label>Фамилия <input id="last"></label></form>';
    const { model, page } = makeModel();
    await vi.waitFor(() => expect(model.prefill.fieldCount.value).toBe(1));
    await model.commit('lastName', 'Петров');
    expect(model.prefill.plan.value?.targets.map((t) => t.key)).toEqual(['lastName']);
    expect(page.calls).not.toContain('ready'); // a field to write, but the clerk has not allowed a prefill yet
    await model.setEligibility('registeredInKarta', true);
    await model.setEligibility('hasBenefitCategory', true);
    await model.setEligibility('categoryNotShown', true);
    expect(page.calls.filter((c) => c === 'ready')).toHaveLength(1);
    await model.commit('firstName', 'Пётр');
    await model.runPrefill();
    expect(model.prefill.report.value?.lastName?.status).toBe('filled');
    expect(page.calls.filter((c) => c === 'ready')).toHaveLength(1);
    model.dispose();
  });

  test('allowed but with nothing to write, the engine stays out of the page', async () => {
    document.body.innerHTML = '<form><label>Фамилия <input id="last"></label></form>';
    const { model, page } = makeModel();
    await model.setEligibility('registeredInKarta', true);
    await model.setEligibility('hasBenefitCategory', true);
    await model.setEligibility('categoryNotShown', true);
    await vi.waitFor(() => expect(model.prefill.fieldCount.value).toBe(1));
    expect(model.eligible.value).toBe(true);
    expect(page.calls).not.toContain('ready'); // the checklist is empty
    await model.commit('lastName', 'Петров');
    expect(page.calls).toContain('ready');
    model.dispose();
  });

  test('a submitted page form withdraws undo', async () => {
    document.body.innerHTML = '<form><label>Фамилия <input id="last"></label></form>';
    const { model, page } = makeModel();
    await model.commit('lastName', 'Петров');
    await model.runPrefill();
    expect(model.prefill.canUndo.value).toBe(true);
    page.emit('formSubmitted');
    expect(model.prefill.canUndo.value).toBe(false);
    expect(model.prefill.submitted.value).toBe(true);
    model.dispose();
  });

  test('on issuance pages the page is not watched for a form', async () => {
    const { model, page } = makeModel({ fillsForms: false });
    await settle();
    expect(page.calls).not.toContain('fieldsChanged');
    expect(page.calls.filter((c) => c.startsWith('watchFields'))).toEqual([]);
    expect(model.prefill.plan.value).toBeNull();
    model.dispose();
  });
});
