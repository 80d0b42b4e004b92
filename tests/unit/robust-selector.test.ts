import { buildRobustSelector } from '@/utils/prefill/selector';
import { looksGenerated } from '@/utils/settings/generated-id';
import { selectorProblem, selectorWarnings } from '@/utils/settings/selector';

// The selector the field picker stores: names before structure, unique where a prefill looks, valid for the
// settings schema, and never a position.

afterEach(() => {
  document.body.innerHTML = '';
});

const matchAll = (selector: string) => Array.from(document.querySelectorAll(selector));
const el = (selector: string) => document.querySelector(selector) as Element;

function robust(targets: Element[]): string {
  const selector = buildRobustSelector(targets, matchAll);
  expect(selectorProblem(selector)).toBeNull();
  expect(selector).not.toMatch(/nth-|first-|last-|only-/);
  return selector;
}

test('the id comes first, the name when the id is one a framework generated', () => {
  document.body.innerHTML = `
    <input id="snils" name="snils-field" data-x="a">
    <input id="ext-gen1234" name="lastName" class="x-form-text">`;
  expect(robust([el('#snils')])).toBe('#snils');
  const generated = el('[name="lastName"]');
  expect(robust([generated])).toBe('input[name="lastName"]');
  expect(selectorWarnings('input[name="lastName"]')).toEqual([]);
});

test('an unnamed field is found through its label relation or its own aria-label', () => {
  document.body.innerHTML = `
    <span id="lbl-series">Серия</span><input aria-labelledby="lbl-series">
    <input aria-label="Номер паспорта">`;
  expect(robust([el('[aria-labelledby]')])).toBe('input[aria-labelledby="lbl-series"]');
  expect(robust([el('[aria-label]')])).toBe('input[aria-label="Номер паспорта"]');
});

test('a name used twice is told apart by a stable ancestor, not by position', () => {
  document.body.innerHTML = `
    <form id="search"><input name="snils"></form>
    <form id="card"><div><input name="snils"></div></form>`;
  const second = document.querySelectorAll('input')[1];
  const selector = robust([second]);
  expect(selector).toBe('#card input[name="snils"]');
  expect(matchAll(selector)).toEqual([second]);
});

test('a field with no attributes of its own inside a named section', () => {
  document.body.innerHTML = `
    <div data-section="passport"><label>Серия <input type="text"></label></div>
    <div data-section="basis"><label>Серия <input type="text"></label></div>`;
  const basis = document.querySelectorAll('input')[1];
  expect(robust([basis])).toBe('div[data-section="basis"] input[type="text"]');
});

test('with nothing unique it answers the narrowest selector whose first match is the field', () => {
  document.body.innerHTML = `
    <div id="passport"><input type="text"><input type="text"></div>
    <div id="other"><input type="text"></div>`;
  const first = el('#passport input');
  const selector = robust([first]);
  expect(selector).toBe('#passport input[type="text"]');
  expect(matchAll(selector)).toHaveLength(2);
  expect(matchAll(selector)[0]).toBe(first);
});

test('a widget without names of its own is found through the one field inside it', () => {
  document.body.innerHTML = `
    <div class="dx-selectbox" role="combobox"><span class="value">Паспорт</span><input name="docType"></div>`;
  const widget = el('[role="combobox"]');
  expect(robust([widget, el('input')])).toBe('input[name="docType"]');
  document.body.innerHTML = `
    <span id="doc-label">Документ</span>
    <div role="combobox" aria-labelledby="doc-label"><span>Паспорт</span><input name="docType"></div>`;
  expect(robust([el('[role="combobox"]'), el('input')])).toBe('div[aria-labelledby="doc-label"]');
});

test('attribute values are quoted without escapes, so that every browser finds the same element', () => {
  document.body.innerHTML = `<input name='doc["series"]'><input name="it's" aria-label='say "it's"'>`;
  const [first, second] = Array.from(document.querySelectorAll('input'));
  expect(robust([first])).toBe(`input[name='doc["series"]']`);
  expect(matchAll(robust([first]))).toEqual([first]);
  expect(robust([second])).toBe(`input[name="it's"]`);
});

test('one test for generated ids: frameworks’ per-render ids and hashes, never a person’s words', () => {
  const generated = [
    ':r3:',
    'mui-12',
    'el-id-1024-5',
    'react-select-2-input',
    'j_idt12',
    'ext-gen1234',
    'rc_select_1',
  ];
  const uuid = '3f2b8c1e-9a4d-4e2f-b1c3-5d6e7f8a9b0c';
  for (const value of [...generated, uuid]) expect(looksGenerated(value), value).toBe(true);
  for (const value of ['snils', 'lastName', 'pasp', 'Серия:', 'Номер паспорта', 'form:fam'])
    expect(looksGenerated(value), value).toBe(false);
});
