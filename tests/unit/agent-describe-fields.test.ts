import { createFieldsDescriber } from '@/utils/agent/describe-fields';
import { readFieldsSnapshot } from '@/utils/messaging/agent';

// The agent's reading of the page's form for the panel: passed on only when it differs from the last one passed on,
// or after `forget` (a panel page loaded anew has nothing) — also when `forget` comes while a reading is under way.

afterEach(() => {
  document.body.innerHTML = '';
});

function describer() {
  document.body.innerHTML = '<form><label>Фамилия <input name="fam"></label></form>';
  const sent: string[] = [];
  return { fields: createFieldsDescriber(document, undefined, (text) => sent.push(text)), sent };
}

test('the same form read again is not passed on; after forget it is', async () => {
  const { fields, sent } = describer();
  fields.recheck();
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  expect((await readFieldsSnapshot(sent[0])).controls.map((c) => c.hints.label)).toEqual(['Фамилия']);
  fields.recheck();
  fields.forget();
  fields.recheck(); // already waiting: one reading for both
  await vi.waitFor(() => expect(sent).toHaveLength(2)); // the positive control for the silence below
  expect(sent[1]).toBe(sent[0]);
  fields.recheck();
  await new Promise((r) => setTimeout(r, 100));
  expect(sent).toHaveLength(2);
});

test('forget while a reading is under way: that reading is passed on, though the same as the last', async () => {
  const { fields, sent } = describer();
  fields.recheck();
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  fields.recheck();
  for (let i = 0; i < 3; i++) await Promise.resolve(); // the reading has begun
  fields.forget();
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]).toBe(sent[0]);
});
