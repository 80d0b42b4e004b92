import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { categoryByCode } from '../../utils/catalogue/match';
import { FIELD_KEYS } from '../../utils/checklist/keys';
import { validateChecklist } from '../../utils/checklist/validate';
import { LIB_FIXTURES } from '../fixtures/libs/cases';
import { SAMPLE, sampleChecklist } from '../fixtures/libs/sample';
import { formatScore, scoreForm } from '../fixtures/libs/score';
import { SAMPLE_CATEGORY } from '../fixtures/libs/shared/categories';
import type { FormState, LibFixture } from '../fixtures/libs/types';

// The library fixtures' data: every page is registered with its expectations, the sample checklist is one the
// product accepts, and the scorer tells right, wrong and empty apart the way the prefill measurement needs.

const LIBS_DIR = path.resolve(__dirname, '../fixtures/libs');

describe('library fixture pages', () => {
  test('every page folder is registered, and every registered page exists', () => {
    const folders = readdirSync(LIBS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && readdirSync(path.join(LIBS_DIR, d.name)).includes('index.html'))
      .map((d) => d.name)
      .sort();
    expect(LIB_FIXTURES.map((f) => f.id).sort()).toEqual(folders);
  });

  test.each(LIB_FIXTURES)('$id: checklist keys, one model field each, a search box kept empty', (fixture) => {
    const keys = Object.keys(fixture.fields);
    expect(keys.every((k) => (FIELD_KEYS as readonly string[]).includes(k))).toBe(true);
    const names = Object.values(fixture.fields).map((f) => f.field);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.values(fixture.untouched)).toContain('');
    for (const f of Object.values(fixture.fields)) expect(f.person.length, f.field).toBeGreaterThan(0);
    // The page loads its own bundle.
    const html = readFileSync(path.join(LIBS_DIR, fixture.id, 'index.html'), 'utf8');
    expect(html).toContain(`../dist/${fixture.id}.js`);
  });

  test('the sample checklist is valid, and its category is the register list’s first entry', () => {
    expect(validateChecklist(sampleChecklist(), new Date('2026-01-01'))).toEqual({});
    expect(categoryByCode(SAMPLE.category)?.name).toBe(SAMPLE_CATEGORY.name);
  });
});

describe('scoreForm', () => {
  const fixture: LibFixture = {
    id: 'probe',
    library: 'probe',
    ready: 'form',
    fields: {
      lastName: { field: 'fam', model: 'Соколова', shown: 'Соколова', person: [] },
      category: { field: 'kat', model: '0101', shown: 'Ветеран труда', person: [] },
      phone: { field: 'tel', model: '9131234567', shown: '+7 (913) 123-45-67', person: [] },
    },
    untouched: { search: '' },
  };
  const before: FormState = {
    model: { fam: '', kat: null, tel: '' },
    visible: { fam: '', kat: '', tel: '+7 (___) ___-__-__', search: '' },
  };
  const filled = (model: Record<string, unknown>, visible: Record<string, string>): FormState => ({
    model: { ...before.model, ...model },
    visible: { ...before.visible, ...visible },
  });

  test('right needs both the model and the visible control; an untouched field is empty', () => {
    const s = scoreForm(
      fixture,
      before,
      filled({ fam: 'Соколова', kat: '0101' }, { fam: 'Соколова', kat: 'Ветеран труда' }),
    );
    expect([s.right, s.wrong, s.empty, s.total]).toEqual([2, 0, 1, 3]);
    expect(s.fields.find((f) => f.key === 'phone')?.verdict).toBe('empty');
  });

  test('a hidden model changed behind a control that still shows nothing is wrong', () => {
    const s = scoreForm(fixture, before, filled({ kat: '0101' }, {}));
    expect(s.fields.find((f) => f.key === 'category')?.verdict).toBe('wrong');
  });

  test('a control showing the value its model does not hold is wrong, and so is a shifted mask', () => {
    const s = scoreForm(
      fixture,
      before,
      filled({ tel: '7913123456' }, { fam: 'Соколова', tel: '+7 (791) 312-34-56' }),
    );
    expect(s.fields.filter((f) => f.verdict === 'wrong').map((f) => f.key)).toEqual(['lastName', 'phone']);
    expect(formatScore(s)).toContain('probe: 0 right, 2 wrong, 1 empty of 3 (0%)');
  });

  test('a changed search box is reported', () => {
    const s = scoreForm(fixture, before, filled({}, { search: 'Соколова' }));
    expect(s.touched).toEqual({ search: { want: '', got: 'Соколова' } });
  });
});
