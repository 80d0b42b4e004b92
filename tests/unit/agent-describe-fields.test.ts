import { createFieldsDescriber } from '@/utils/agent/describe-fields';
import { readFieldsForAgent } from '@/utils/agent/fields-reader';
import { readFieldsSnapshot } from '@/utils/messaging/agent';

// The agent's reading of the page's form for the panel: passed on only when it differs from the last one passed on,
// or after `forget` (a panel page loaded anew has nothing) — also when `forget` comes while a reading is under way.
// The reading itself is the form reader's (utils/agent/fields-reader.ts), asked for through the world's hook.

/** A reading the test holds before it ends (null: readings end as soon as the form is read). */
const held = vi.hoisted(() => ({ until: null as Promise<void> | null }));
vi.mock('@/utils/prefill/collect', async (original) => {
  const real = await original<typeof import('@/utils/prefill/collect')>();
  return {
    ...real,
    collectFields: async (...args: Parameters<typeof real.collectFields>) => {
      const read = await real.collectFields(...args);
      await held.until;
      return read;
    },
  };
});

afterEach(() => {
  document.body.innerHTML = '';
  held.until = null;
});

function describer() {
  document.body.innerHTML = '<form><label>Фамилия <input name="fam"></label></form>';
  const sent: string[] = [];
  // The reading as the background has it done: the reader runs in the agent's world and hands its description over.
  const read = () => readFieldsForAgent(globalThis) ?? Promise.resolve();
  const fields = createFieldsDescriber(
    globalThis,
    document,
    undefined,
    read,
    (text) => sent.push(text),
    () => {},
  );
  return { fields, sent };
}

test('the same form read again is not passed on; after forget it is', async () => {
  const { fields, sent } = describer();
  fields.recheck();
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  expect(readFieldsSnapshot(sent[0]).controls.map((c) => c.hints.label)).toEqual(['Фамилия']);
  fields.recheck();
  fields.forget();
  fields.recheck(); // already waiting: one reading for both
  await vi.waitFor(() => expect(sent).toHaveLength(2)); // the positive control for the silence below
  expect(sent[1]).toEqual(sent[0]);
  fields.recheck();
  await new Promise((r) => setTimeout(r, 100));
  expect(sent).toHaveLength(2);
});

test('forget while a reading is under way: that reading is passed on, though the same as the last', async () => {
  const { fields, sent } = describer();
  fields.recheck();
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  let end = () => {};
  held.until = new Promise((resolve) => {
    end = resolve;
  });
  fields.recheck();
  await new Promise((r) => setTimeout(r, 20)); // the form is read; the reading has not ended
  expect(sent).toHaveLength(1);
  fields.forget();
  end();
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]).toEqual(sent[0]);
});

test('a reading with another number of controls, or as many with another label, is passed on', async () => {
  const { fields, sent } = describer();
  fields.recheck();
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  document.querySelector('form')?.insertAdjacentHTML('beforeend', '<label>Имя <input name="nam"></label>');
  fields.recheck();
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  expect(readFieldsSnapshot(sent[1]).controls.map((c) => c.hints.label)).toEqual(['Фамилия', 'Имя']);
  document.querySelector('label')!.firstChild!.textContent = 'Фамилия заявителя '; // as many, another label
  fields.recheck();
  await vi.waitFor(() => expect(sent).toHaveLength(3));
  expect(readFieldsSnapshot(sent[2]).controls[0].hints.label).toBe('Фамилия заявителя');
});

test('the reader reads at once: it comes after the frame the watcher asked in, so it asks for no other first', async () => {
  const { fields, sent } = describer();
  const frames: FrameRequestCallback[] = [];
  const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  try {
    fields.recheck();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(frames).toHaveLength(0); // waiting for a frame would have asked for one (and read 50 ms later without it)
    expect(readFieldsSnapshot(sent[0]).controls.map((c) => c.hints.label)).toEqual(['Фамилия']);
  } finally {
    raf.mockRestore();
  }
});
