import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrefillSection } from '@/components/panel/checklist/PrefillSection';
import { saveChosenFields } from '@/utils/background/field-mappings';
import { toFieldMappings } from '@/utils/messaging/validate';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { settingsItem } from '@/utils/settings/store';
import { makeModel, settle } from './checklist-model-fakes';
import { citizen, loadFixture } from './prefill-helpers';

// A document block the page does not make clear (its type select shows a passport, its issuer's label an
// удостоверение): the report says `skipped` with the reason and offers the clerk's one-click answer; the answer is
// remembered for the site as field mappings in settings, and the form is filled again.

const REASON = 'не ясно, паспорт это или документ-основание';

describe('the panel’s one-click answer', () => {
  let host: HTMLElement;
  const cleanup: (() => void)[] = [];
  beforeEach(() => {
    document.body.innerHTML = '<div id="host"></div>';
    host = document.getElementById('host')!;
  });
  afterEach(() => {
    render(null, host);
    for (const fn of cleanup.splice(0)) fn();
  });

  const $ = (sel: string) => host.querySelector<HTMLElement>(sel);

  async function mountOn(doc: Document) {
    const { model, page } = makeModel({ pageDoc: doc, stored: citizen() });
    cleanup.push(model.dispose);
    await act(async () => {
      render(
        <>
          <PrefillSection.Summary model={model} />
          <PrefillSection.Bar model={model} />
        </>,
        host,
      );
      await settle();
    });
    await vi.waitFor(() => expect(model.loaded.value).toBe(true));
    return { model, page };
  }

  /** Clicks and waits until the panel shows a report that satisfies `done`. */
  async function clickThen(sel: string, done: () => void) {
    await act(async () => {
      $(sel)?.click();
      await settle();
    });
    await vi.waitFor(async () => {
      await act(settle);
      done();
    }, 10_000);
  }

  test('skipped with the reason, the choice on the field’s row; one click remembers it and fills', async () => {
    const { win, doc } = loadFixture('unclear-document.html');
    cleanup.push(() => void win.close());
    const { page } = await mountOn(doc);
    const value = (id: string) => (doc.getElementById(id) as HTMLInputElement).value;

    // Before the click, the fill button's note says which values will wait for the clerk.
    await vi.waitFor(async () => {
      await act(settle);
      expect($('#kn-prefill-why')?.textContent).toContain(
        'Не ясно, паспорт это или документ-основание: «Серия», «Номер», «Дата выдачи» — выбор в отчёте',
      );
    }, 10_000);
    await clickThen('[data-action="prefill"]', () => expect($('[data-fill-report]')).not.toBeNull());
    const row = $('[data-fill-report] [data-field="idSeries"]')!;
    expect(row.dataset.status).toBe('skipped');
    expect(row.textContent).toContain(REASON);
    expect(value('ser')).toBe('');
    // Positive control in the same fill: the issuer's own label decides it.
    expect(value('org')).toBe('Департамент социальной защиты населения Новосибирской области');
    const passport = row.querySelector<HTMLButtonElement>('[data-action="choose-passport"]')!;
    expect(passport.dataset.field).toBe('idSeries');
    expect(passport.textContent).toBe('Это паспорт');
    expect(row.querySelector('[data-action="choose-basis"]')?.textContent).toBe('Это документ-основание');
    expect($('[data-fill-report] [data-field="lastName"] [data-action]')).toBeNull();

    const filledRow = '[data-fill-report] [data-field="basisDocIssueDate"][data-status="filled"]';
    await clickThen('[data-action="choose-basis"][data-field="idSeries"]', () =>
      expect($(filledRow)).not.toBeNull(),
    );
    expect(value('ser')).toBe('ВТ');
    expect(page.mappings).toEqual({
      basisDocSeries: '#ser',
      basisDocNumber: '#nom',
      basisDocIssueDate: '#dat',
    });
    expect(value('nom')).toBe('654321');
    expect($('[data-fill-report] [data-field="basisDocSeries"]')?.dataset.status).toBe('filled');
    expect($('[data-fill-report] [data-action^="choose-"]')).toBeNull();
    expect($('[role="status"]')?.textContent).toBe('Запомнено для этого сайта: это документ-основание.');
    expect($('#kn-prefill-why')?.textContent).not.toContain('Не ясно'); // the block no longer waits

    // The next fill of the page needs no answer: the site's mappings decide.
    await clickThen('[data-action="undo-prefill"]', () => expect(value('ser')).toBe(''));
    await clickThen('[data-action="prefill"]', () => expect($(filledRow)).not.toBeNull());
    expect(value('ser')).toBe('ВТ');
    expect(page.calls.filter((c) => c === 'saveFieldMappings')).toHaveLength(1);
  }, 30_000);
});

describe('the background remembers the answer for the tab’s site', () => {
  const site = { kind: 'mais', match: 'http://127.0.0.1/fixtures/mais/*' } as const;
  const settings: Settings = { ...DEFAULT_SETTINGS, sites: [site] };
  const url = 'http://127.0.0.1/fixtures/mais/unclear-document.html';
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.setValue(settings);
  });

  test('each key bound to its selector on the site the tab’s address belongs to', async () => {
    const request = toFieldMappings({ fields: [{ key: 'idSeries', selector: '#ser' }] });
    expect(await saveChosenFields(settings, url, request)).toEqual({ ok: true });
    expect((await settingsItem.getValue()).sites[0].fields).toEqual({ idSeries: '#ser' });
  });

  test('an opposite answer later unbinds the other document’s key from the same field', async () => {
    const bound = { ...settings, sites: [{ ...site, fields: { idSeries: '#ser', snils: '#snils' } }] };
    await settingsItem.setValue(bound);
    const request = toFieldMappings({ fields: [{ key: 'basisDocSeries', selector: '#ser' }] });
    expect(await saveChosenFields(bound, url, request)).toEqual({ ok: true });
    expect((await settingsItem.getValue()).sites[0].fields).toEqual({
      basisDocSeries: '#ser',
      snils: '#snils',
    });
  });

  test('a page of no configured site, or a selector the settings refuse: nothing stored, a Russian reason', async () => {
    const request = toFieldMappings({ fields: [{ key: 'idSeries', selector: '#ser' }] });
    const elsewhere = await saveChosenFields(settings, 'https://example.org/', request);
    expect(elsewhere).toEqual({ ok: false, message: expect.stringMatching(/^Выбор не запомнен: /) });
    const bad = await saveChosenFields(
      settings,
      url,
      toFieldMappings({ fields: [{ key: 'idSeries', selector: 'x[' }] }),
    );
    expect(bad).toEqual({ ok: false, message: expect.stringMatching(/CSS-селектор/) });
    expect((await settingsItem.getValue()).sites[0].fields).toBeUndefined();
  });

  test('the message is checked: a key that is not the checklist’s, or an empty selector, is refused', () => {
    expect(() => toFieldMappings({ fields: [{ key: 'password', selector: '#p' }] })).toThrow(/не распознано/);
    expect(() => toFieldMappings({ fields: [{ key: 'idSeries', selector: '' }] })).toThrow(/не распознано/);
    expect(() => toFieldMappings({ fields: [] })).toThrow(/не распознано/);
  });
});
