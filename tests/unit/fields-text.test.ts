import { readdirSync } from 'node:fs';
import path from 'node:path';
import { leanFields, readFieldsSnapshot } from '@/utils/messaging/fields-text';
import { collectFieldsNow } from '@/utils/prefill/collect';
import { buildPlan } from '@/utils/prefill/plan';
import type { PageDescription } from '@/utils/prefill/types';
import { citizen, loadFixture } from './prefill-helpers';

// The description on the agent's line is text without what is empty and without the sections; the panel reads back
// exactly what the reader described, on every kind of form the product is tested on.

const FIXTURES = path.resolve(__dirname, '../fixtures');

function described(folder: string, page: string): PageDescription {
  const { doc } = loadFixture(page, {}, folder);
  return collectFieldsNow(doc, doc.defaultView as Parameters<typeof collectFieldsNow>[1]).description;
}

const PAGES = ['mais', 'mais-unseen'].flatMap((folder) =>
  readdirSync(path.join(FIXTURES, folder))
    .filter((f) => f.endsWith('.html'))
    .map((page) => [folder, page] as const),
);

/** The description with its optional empty values absent: what the line keeps of them. */
function withoutOptionalEmpties(description: PageDescription): PageDescription {
  const controls = description.controls.map((c) => {
    const { selectedText, editable, monthOptions, ...rest } = c;
    return {
      ...rest,
      ...(selectedText ? { selectedText } : {}),
      ...(editable ? { editable } : {}),
      ...(monthOptions?.length ? { monthOptions } : {}),
    };
  });
  return { ...description, controls };
}

/** A plan with each control it names by its ref (the control itself is compared above). */
const decisions = (plan: unknown) =>
  JSON.parse(JSON.stringify(plan, (key, value) => (key === 'control' ? value.ref : value)));

test.each(PAGES)(
  '%s/%s: the panel reads back the description the reader made, and plans the same',
  (folder, page) => {
    const description = described(folder, page);
    const text = JSON.stringify(leanFields(structuredClone(description)));
    const read = readFieldsSnapshot(text);
    expect(read).toEqual(withoutOptionalEmpties(description));
    expect(decisions(buildPlan(read, citizen()))).toEqual(decisions(buildPlan(description, citizen())));
    if (description.controls.length > 0) expect(text.length).toBeLessThan(JSON.stringify(description).length);
  },
);

test('what is left out covers the empty of every kind, and a control’s section is its block’s title', () => {
  const description = described('mais', 'split-dates.html');
  const kinds = new Set(description.controls.map((c) => c.kind));
  expect(kinds).toContain('split-date');
  expect(description.controls.some((c) => c.maxLength === null)).toBe(true);
  expect(description.controls.some((c) => c.options.some((o) => o.value === ''))).toBe(true);
  for (const c of description.controls) expect(c.hints.section).toBe(description.blocks[c.block].title);
  const text = JSON.stringify(leanFields(structuredClone(description)));
  // A prompt option's empty value stays: it is the option's, not the control's.
  expect(text).not.toMatch(
    /"section"|"(label|name|id|placeholder|title|pattern|mask|selectedText)":""|:null|:false|:\[\]/,
  );
  expect(text).toMatch(/"value":""/);
});

test('anything but such a text is refused, in Russian', () => {
  const good = JSON.stringify({
    url: 'https://mais.test/',
    controls: [{ ref: 'f0', hints: { label: 'Фамилия' } }],
  });
  const read = readFieldsSnapshot(good);
  expect(read.controls[0]).toMatchObject({ ref: 'f0', maxLength: null, options: [], searchLike: false });
  expect(read.controls[0].hints).toEqual({
    label: 'Фамилия',
    section: '',
    name: '',
    id: '',
    placeholder: '',
    title: '',
  });
  for (const wrong of [
    null,
    'H4sI',
    '[]',
    '"текст"',
    { controls: [] },
    JSON.stringify({ controls: 'нет' }),
    JSON.stringify({ blocks: [1] }),
    JSON.stringify({ controls: [{ ref: 'f0', hints: 'нет' }] }),
    JSON.stringify({ controls: [{ ref: 'f0', options: 'нет' }] }),
  ])
    expect(() => readFieldsSnapshot(wrong)).toThrow('Описание полей страницы не распознано');
});
