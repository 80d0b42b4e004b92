import { describe, expect, test } from 'vitest';
import { fillCounts } from '@/components/panel/checklist/prefill-counts';
import { emptyChecklist } from '@/utils/checklist/keys';
import { REASONS } from '@/utils/prefill/fill-reasons';
import type { PrefillPlan } from '@/utils/prefill/types';

// What the fill button says before the click: which checklist values will not get into the form, and why.

const plan = (over: Partial<PrefillPlan>): PrefillPlan => ({
  targets: [],
  missing: [],
  unclearOwner: [],
  fieldCount: 0,
  invalid: {},
  ambiguities: [],
  sandboxedFrames: 0,
  url: 'http://127.0.0.1/',
  ...over,
});

describe('fillCounts', () => {
  const fields = {
    ...emptyChecklist().fields,
    lastName: 'Петров',
    snils: '112-233-445 95',
    phone: '+79130000000',
  };

  test('a field with no place on the page and one beside its twin each say why they will not be filled', () => {
    const counts = fillCounts(plan({ missing: ['phone'], unclearOwner: ['lastName', 'snils'] }), {}, fields);
    expect(counts.willFill).toBe(0);
    const twins = REASONS.twins[0].toLowerCase() + REASONS.twins.slice(1);
    expect(counts.wontFill).toEqual([
      { key: 'phone', why: 'нет такого поля на странице' },
      { key: 'lastName', why: twins },
      { key: 'snils', why: twins },
    ]);
  });

  test('an empty checklist is one fact: nothing listed', () => {
    const counts = fillCounts(plan({ unclearOwner: ['lastName'] }), {}, emptyChecklist().fields);
    expect(counts).toEqual({ willFill: 0, wontFill: [], waiting: [] });
  });
});
