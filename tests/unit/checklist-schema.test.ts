import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyChecklist } from '../../utils/checklist/keys';
import { checklistSchema, parseChecklist } from '../../utils/checklist/schema';

describe('parseChecklist', () => {
  it('keeps a valid checklist as it is', () => {
    const c = emptyChecklist();
    c.eligibility.registeredInKarta = true;
    c.fields.lastName = 'Петров';
    c.fields.snils = '112-233-445 95';
    expect(parseChecklist(c)).toEqual(c);
  });

  it('drops unknown keys and fills missing ones', () => {
    const parsed = parseChecklist({
      eligibility: { registeredInKarta: true, extra: true },
      fields: { lastName: 'Петров', password: 'x' },
      more: 1,
    });
    const expected = emptyChecklist();
    expected.eligibility.registeredInKarta = true;
    expected.fields.lastName = 'Петров';
    expect(parsed).toEqual(expected);
  });

  it('turns mistyped values into false / empty strings', () => {
    const parsed = parseChecklist({
      eligibility: { registeredInKarta: 'yes', hasBenefitCategory: 1, categoryNotShown: true },
      fields: { lastName: 42, firstName: null, snils: ['112'], middleName: 'Семёнович' },
    });
    expect(parsed.eligibility).toEqual({
      registeredInKarta: false,
      hasBenefitCategory: false,
      categoryNotShown: true,
    });
    expect(parsed.fields.lastName).toBe('');
    expect(parsed.fields.firstName).toBe('');
    expect(parsed.fields.snils).toBe('');
    expect(parsed.fields.middleName).toBe('Семёнович');
  });

  it.each([null, undefined, 'garbage', 42, [], { eligibility: 'x', fields: 7 }])(
    'never throws on corrupted storage (%s) and returns an empty checklist',
    (raw) => {
      expect(parseChecklist(raw)).toEqual(emptyChecklist());
    },
  );

  it('cuts every value at the limit of its field', () => {
    const parsed = parseChecklist({ fields: { idIssuer: 'x'.repeat(5000), basisDocName: 'y'.repeat(5000) } });
    expect(parsed.fields.idIssuer.length).toBe(200);
    expect(parsed.fields.basisDocName.length).toBe(100);
  });

  it('exposes the schema for the background', () => {
    expect(checklistSchema.safeParse({}).success).toBe(true);
  });
});

describe('content-script safety', () => {
  it('only schema.ts in utils/checklist, and nothing in utils/catalogue or utils/fields/meaning*, imports zod', () => {
    const root = path.resolve(__dirname, '../..');
    const files = [
      ...readdirSync(path.join(root, 'utils/checklist')).map((f) => `utils/checklist/${f}`),
      ...readdirSync(path.join(root, 'utils/catalogue')).map((f) => `utils/catalogue/${f}`),
      'utils/fields/meanings.ts',
      'utils/fields/meaning-labels.ts',
      'utils/fields/meaning-names.ts',
      'utils/fields/sections.ts',
    ].filter((f) => f.endsWith('.ts') && f !== 'utils/checklist/schema.ts');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/from ['"]zod|import\(['"]zod/);
    }
  });
});
