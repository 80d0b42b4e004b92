import { afterEach, describe, expect, test, vi } from 'vitest';
import { FIELD_KEYS } from '../../utils/checklist/keys';
import { applyPlan, highlightFields, undoApplied } from '../../utils/prefill';
import { citizen, fillOn, loadFixture, planOn } from './prefill-helpers';

// Writing into the page: event sequence, read-back, statuses for every key, vanishing fields, URL change, undo,
// highlight, and the live field count.

function recordEvents(el: Element): string[] {
  const log: string[] = [];
  for (const type of ['focus', 'focusin', 'input', 'change', 'blur', 'focusout']) {
    el.addEventListener(type, (e: Event) =>
      log.push(e.type === 'input' ? `input:${(el as HTMLInputElement).value}` : e.type),
    );
  }
  return log;
}
const value = (doc: Document, id: string) => (doc.getElementById(id) as HTMLInputElement).value;

describe('applyPrefill', () => {
  test('label[for] fixture: values written, every checklist key reported, search box and templates untouched', async () => {
    const { doc } = loadFixture('label-for.html');
    const snilsEvents = recordEvents(doc.getElementById('snils') as Element);
    const selectEvents = recordEvents(doc.getElementById('lk') as Element);
    const { report } = await fillOn(doc, citizen());

    expect(Object.keys(report).sort()).toEqual([...FIELD_KEYS].sort());
    expect(report.snils).toEqual({ status: 'filled', reason: 'Заполнено', label: 'СНИЛС' });
    expect(report.benefitEnd.status).toBe('skipped');
    expect(Object.values(report).filter((e) => e.status === 'filled')).toHaveLength(17);
    expect(value(doc, 'snils')).toBe('112-233-445 95');
    expect(value(doc, 'drozhd')).toBe('1956-03-14');
    expect(value(doc, 'doc_date')).toBe('01.06.2003');
    expect(value(doc, 'lk')).toBe('101');
    expect(value(doc, 'osn_ser')).toBe('ВТ');
    for (const id of ['searchText', 'tpl_ser', 'hid_num', 'dk']) expect(value(doc, id)).toBe('');
    expect(value(doc, 'snils_old')).toBe('000-000-000 00');
    expect(snilsEvents).toEqual(['focus', 'focusin', 'input:112-233-445 95', 'change', 'blur', 'focusout']);
    expect(selectEvents.filter((e) => !e.startsWith('focus') && !e.startsWith('blur'))).toEqual([
      'input:101',
      'change',
    ]);
  });

  test('a second fill reports «unchanged» and an invalid or missing value gets its own status', async () => {
    const { doc } = loadFixture('table-layout.html');
    await fillOn(doc, citizen());
    const again = await fillOn(doc, citizen());
    expect(again.report.snils.status).toBe('unchanged');
    expect(again.undo.entries).toHaveLength(0);
    expect(again.report.phone).toEqual({ status: 'not-found', reason: 'Поле не найдено на этой странице' });
  });

  test('a value the checklist rules reject is reported invalid with their message and not written', async () => {
    const { doc } = loadFixture('label-for.html');
    const c = citizen();
    c.fields.snils = '112-233-445 94';
    c.fields.phone = '';
    const { report } = await fillOn(doc, c);
    expect(report.snils.status).toBe('invalid');
    expect(report.snils.reason).toMatch(/СНИЛС/);
    expect(value(doc, 'snils')).toBe('');
    expect(report.phone).toEqual({ status: 'skipped', reason: 'Необязательное поле в чек-листе пустое' });
  });

  test('fields that vanish or lock between plan and fill are not written and say why', async () => {
    const { doc } = loadFixture('label-for.html');
    const { plan, elements } = planOn(doc, citizen());
    doc.getElementById('fam')?.remove();
    doc.getElementById('nam')?.setAttribute('readonly', '');
    ((doc.getElementById('otch') as HTMLElement).parentElement as HTMLElement).style.display = 'none';
    const { report } = await applyPlan(plan, elements, doc);
    expect(report.lastName).toMatchObject({ status: 'not-found', reason: 'Поле исчезло со страницы' });
    expect(report.firstName).toMatchObject({
      status: 'not-found',
      reason: 'Поле стало недоступно для ввода',
    });
    expect(report.middleName).toMatchObject({ status: 'not-found', reason: 'Поле исчезло со страницы' });
    expect(value(doc, 'nam')).toBe('');
    expect(report.snils.status).toBe('filled');
  });

  test('the fill stops when the page address changed after planning', async () => {
    const { doc } = loadFixture('label-for.html');
    const planned = planOn(doc, citizen());
    const plan = { ...planned.plan, url: 'http://127.0.0.1/fixtures/mais/other.html' };
    const { report, undo } = await applyPlan(plan, planned.elements, doc);
    expect(report.snils).toMatchObject({
      status: 'not-found',
      reason: 'Страница сменилась — заполнение остановлено',
    });
    expect(undo.entries).toEqual([]);
    expect(value(doc, 'snils')).toBe('');
  });

  test('split date selects and radio-free forms: every part is written', async () => {
    const { doc } = loadFixture('split-dates.html');
    const { report } = await fillOn(doc, citizen());
    const sel = (n: string) => (doc.querySelector(`[name="${n}"]`) as HTMLSelectElement).value;
    expect([sel('birth_day'), sel('birth_month'), sel('birth_year')]).toEqual(['14', '3', '1956']);
    expect([sel('ul_day'), sel('ul_month'), sel('ul_year')]).toEqual(['01', '06', '2003']);
    expect([sel('osn_d'), sel('osn_m'), sel('osn_y')]).toEqual(['20', '9', '2010']);
    expect(report.birthDate.status).toBe('filled');
    expect(report.basisDocSeries.status).toBe('not-found');
  });
});

describe('undoApplied', () => {
  test('restores what the fields held, with the same events', async () => {
    const { doc } = loadFixture('label-for.html');
    (doc.getElementById('fam') as HTMLInputElement).value = 'Сидоров';
    const { undo } = await fillOn(doc, citizen());
    expect(value(doc, 'fam')).toBe('Петров');
    const events = recordEvents(doc.getElementById('fam') as Element);
    expect(await undoApplied(undo)).toBe(17);
    expect(value(doc, 'fam')).toBe('Сидоров');
    expect(value(doc, 'snils')).toBe('');
    expect(value(doc, 'lk')).toBe('');
    expect(events).toContain('input:Сидоров');
    expect(events).toContain('change');
  });
});

describe('highlightFields', () => {
  afterEach(() => vi.useRealTimers());
  test('outlines for a while, then puts the page’s own inline style back', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<input id="a" style="outline: 1px dotted red"><input id="b">';
    const a = document.getElementById('a') as HTMLElement;
    const b = document.getElementById('b') as HTMLElement;
    const before = a.style.outline;
    highlightFields([a, b], { durationMs: 3000, win: window });
    expect(b.style.outline).toContain('solid');
    vi.advanceTimersByTime(3000);
    expect(a.style.outline).toBe(before);
    expect(b.hasAttribute('style')).toBe(false);
  });
});
