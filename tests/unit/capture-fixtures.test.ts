import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { capturePage } from '../../utils/capture';
import { matchCategory } from '../../utils/catalogue/match';
import { FIELD_KEYS } from '../../utils/checklist/keys';
import { normalizeField } from '../../utils/checklist/normalize';

// Each fixture is an issuance-like screen of a different build; its .expected.json is the checklist a clerk would
// type from it. Capture must get every field right and invent none.

const DIR = resolve(__dirname, '../fixtures/capture');
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

async function load(html: string, frames: Record<string, string> = {}): Promise<Document> {
  const window = new Window({ url: 'http://127.0.0.1/fixtures/capture/page.html' });
  windows.push(window);
  // happy-dom does not fetch frame sources: inline them (same origin, as served in the e2e test).
  let page = html;
  for (const [src, inner] of Object.entries(frames)) {
    page = page.replace(`src="${src}"`, `srcdoc="${inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  }
  window.document.write(page);
  await window.happyDOM.waitUntilComplete();
  // happy-dom 21 parses `<option selected>` after an empty option as the wrong selection; browsers do not.
  for (const option of Array.from(window.document.querySelectorAll('option[selected]'))) {
    (option as unknown as HTMLOptionElement).selected = true;
  }
  return window.document as unknown as Document;
}

/**
 * Expected values as a clerk reads them; the category is written by name and must be known to the catalogue
 * (its code is the catalogue's business), the phone as shown and normalised by the checklist's own rule.
 */
function expectedFields(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FIELD_KEYS) {
    const value = raw[key] ?? '';
    if (key === 'category' && value) {
      const match = matchCategory(value);
      expect(match, `catalogue knows «${value}»`).not.toBeNull();
      out[key] = match?.code ?? '';
    } else if (key === 'phone' && value) {
      out[key] = normalizeField('phone', value);
    } else out[key] = value;
  }
  return out;
}

const FIXTURES: { name: string; file: string; expected: string; frames?: Record<string, string> }[] = [
  { name: 'dl card', file: 'dl-card.html', expected: 'dl-card.expected.json' },
  {
    name: 'two-column table with section rows',
    file: 'table-sections.html',
    expected: 'table-sections.expected.json',
  },
  { name: '4-cell table rows', file: 'table-4cell.html', expected: 'table-4cell.expected.json' },
  {
    name: 'read-only form with fieldsets',
    file: 'readonly-form.html',
    expected: 'readonly-form.expected.json',
  },
  {
    name: '«Метка: значение» text, passport line',
    file: 'text-card.html',
    expected: 'text-card.expected.json',
  },
  {
    name: 'same-origin iframe with grid cards',
    file: 'iframe-host.html',
    expected: 'iframe.expected.json',
    frames: { 'iframe-inner.html': read('iframe-inner.html') },
  },
  {
    name: 'applicant and representative',
    file: 'representative.html',
    expected: 'representative.expected.json',
  },
  {
    name: 'Bootstrap read-only plaintext form',
    file: 'bootstrap-plaintext.html',
    expected: 'bootstrap-plaintext.expected.json',
  },
  {
    name: 'BEM info rows with links and badges',
    file: 'bem-info-rows.html',
    expected: 'bem-info-rows.expected.json',
  },
  {
    name: 'documents table with a header row',
    file: 'documents-table.html',
    expected: 'documents-table.expected.json',
  },
];

describe('capturePage on fixture pages', () => {
  let right = 0;
  let total = 0;
  for (const fixture of FIXTURES) {
    it(`${fixture.name}: every field as a clerk would type it, nothing invented`, async () => {
      const doc = await load(read(fixture.file), fixture.frames);
      const expected = expectedFields(JSON.parse(read(fixture.expected)));
      const { fields } = capturePage(doc);
      const actual = Object.fromEntries(FIELD_KEYS.map((key) => [key, fields[key] ?? '']));
      for (const key of FIELD_KEYS) {
        total++;
        if (actual[key] === expected[key]) right++;
      }
      expect(actual).toEqual(expected);
    });
  }
  it('gets 100% of the fields right across all fixtures', () => {
    expect(total).toBe(FIXTURES.length * FIELD_KEYS.length);
    expect(right / total).toBe(1);
  });
});
