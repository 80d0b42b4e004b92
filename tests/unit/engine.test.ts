import { emptyChecklist } from '@/utils/checklist/keys';
import { createEngine, ENGINE_GLOBAL, installEngine } from '@/utils/engine/api';
import { createEngineCaller, type ScriptingForEngine } from '@/utils/engine/load';

// The engine as the background uses it: injected into the page's top frame once, then called with plain JSON; its
// answers are plain JSON too, and a failure comes back as a Russian message instead of an exception in the page.

/** The engine's readings of the page's form. */
const reads = vi.hoisted(() => ({ count: 0, ended: 0 }));
vi.mock('@/utils/prefill/collect', async (original) =>
  (await import('./engine-reads')).countingCollect(await original(), reads),
);

afterEach(() => {
  reads.count = 0;
  reads.ended = 0;
  document.body.innerHTML = '';
  delete (globalThis as Record<string, unknown>)[ENGINE_GLOBAL];
});

function checklistWith(fields: Partial<ReturnType<typeof emptyChecklist>['fields']>) {
  const c = emptyChecklist();
  Object.assign(c.fields, fields);
  return c;
}

test('capture, prefill with a report, and undo, all as JSON', async () => {
  document.body.innerHTML = `
    <section><h2>Карточка</h2><dl><dt>Фамилия</dt><dd>Ким</dd><dt>СНИЛС</dt><dd>112-233-445 95</dd></dl></section>
    <form><label>Фамилия <input id="fam" value="прежнее"></label><label>СНИЛС <input id="snils"></label></form>`;
  const engine = createEngine(document);
  const captured = await engine.call('capture', null);
  expect(captured).toMatchObject({
    ok: true,
    value: { fields: { lastName: 'Ким', snils: '112-233-445 95' } },
  });
  expect(JSON.parse(JSON.stringify(captured))).toEqual(captured);

  const filled = await engine.call('prefill', {
    checklist: checklistWith({ lastName: 'Петров', snils: '112-233-445 95' }),
  });
  expect(filled.ok).toBe(true);
  const { report, undoable } = (
    filled as { value: { report: Record<string, { status: string }>; undoable: boolean } }
  ).value;
  expect(report.lastName.status).toBe('filled');
  expect(undoable).toBe(true);
  expect(document.querySelector<HTMLInputElement>('#fam')!.value).toBe('Петров');

  expect(await engine.call('undo', null)).toEqual({ ok: true, value: { restored: 2 } });
  expect(document.querySelector<HTMLInputElement>('#fam')!.value).toBe('прежнее');
  expect(await engine.call('undo', null)).toEqual({ ok: true, value: { restored: 0 } });
});

test('an unknown command or a failing one answers with a message, never throws into the page', async () => {
  const engine = createEngine(document);
  expect(await engine.call('explode' as never, null)).toMatchObject({
    ok: false,
    error: expect.stringContaining('explode'),
  });
  expect(await engine.call('prefill', { checklist: null })).toMatchObject({ ok: false });
});

test('readied, the engine reads the form once ahead of the click; a form changed since is read afresh at the click', async () => {
  document.body.innerHTML = '<form><label>Фамилия <input id="fam"></label></form>';
  const engine = createEngine(document);
  const readied = { ok: true, value: { ready: true } };
  // Sent twice in one go (a panel page loaded anew, the settings changed), the second finds the reading under way.
  expect(await Promise.all([engine.call('ready', null), engine.call('ready', null)])).toEqual([
    readied,
    readied,
  ]);
  expect(reads.count).toBe(1);
  await vi.waitFor(() => expect(reads.ended).toBe(1));
  expect(await engine.call('ready', null)).toEqual(readied); // once per page: the reading is kept
  expect(reads.count).toBe(1);
  document.querySelector('form')?.insertAdjacentHTML('beforeend', '<label>СНИЛС <input id="snils"></label>');
  const filled = await engine.call('prefill', {
    checklist: checklistWith({ lastName: 'Петров', snils: '112-233-445 95' }),
  });
  const { report } = (filled as { value: { report: Record<string, { status: string }> } }).value;
  expect(report.snils.status).toBe('filled');
  expect(document.querySelector<HTMLInputElement>('#snils')?.value).toBe('112-233-445 95');
  expect(reads.count).toBe(2);
});

/** executeScript as the browser runs it here: files install the engine on this global, functions run with args. */
function fakeScripting() {
  const calls: string[] = [];
  const scripting: ScriptingForEngine = {
    async executeScript({ files, func, args, target }) {
      calls.push(files ? `file ${files[0]} → ${target.frameIds}` : `func ${func?.name}`);
      if (files) {
        installEngine(globalThis, () => createEngine(document));
        return [{ result: undefined }];
      }
      return [{ result: await func!(...(args ?? [])) }];
    },
  };
  return { scripting, calls };
}

test('the background injects the engine into the top frame once, then only calls it', async () => {
  document.body.innerHTML = '<dl><dt>Фамилия</dt><dd>Ким</dd></dl>';
  const { scripting, calls } = fakeScripting();
  const call = createEngineCaller(scripting);
  expect(await call(7, 'capture')).toMatchObject({ fields: { lastName: 'Ким' } });
  expect(await call(7, 'capture')).toMatchObject({ fields: { lastName: 'Ким' } });
  expect(calls.filter((c) => c.startsWith('file'))).toEqual(['file /engine.js → 0']);
  // A loaded engine is called in one go: no probe before the call.
  expect(calls.slice(3)).toEqual(['func callInstalled']);
  await expect(call(7, 'prefill', { checklist: null as never })).rejects.toThrow();
});

test('calls made while the engine is being loaded share that load: the page parses it once', async () => {
  document.body.innerHTML = '<dl><dt>Фамилия</dt><dd>Ким</dd></dl>';
  const { scripting, calls } = fakeScripting();
  // Loading a file takes the browser a while; both calls find no engine before it is there.
  const slow: ScriptingForEngine = {
    async executeScript(injection) {
      if (injection.files) await new Promise((r) => setTimeout(r, 20));
      return scripting.executeScript(injection);
    },
  };
  const call = createEngineCaller(slow);
  const [ready, captured] = await Promise.all([call(7, 'ready'), call(7, 'capture')]);
  expect(ready).toEqual({ ready: true });
  expect(captured).toMatchObject({ fields: { lastName: 'Ким' } });
  expect(calls.filter((c) => c.startsWith('file'))).toEqual(['file /engine.js → 0']);
  // Positive control: the load is shared only while under way — a page that lost its engine gets it again.
  delete (globalThis as Record<string, unknown>)[ENGINE_GLOBAL];
  expect(await call(7, 'ready')).toEqual({ ready: true });
  expect(calls.filter((c) => c.startsWith('file'))).toHaveLength(2);
});

test('a second injection keeps the first engine (and its undo)', () => {
  const first = createEngine(document);
  installEngine(globalThis, () => first);
  installEngine(globalThis, () => createEngine(document));
  expect((globalThis as Record<string, unknown>)[ENGINE_GLOBAL]).toBe(first);
});

test('the report comes before the page marks; an undo before they are drawn leaves none', async () => {
  const form = '<form><label>Фамилия <input id="fam"></label><label>СНИЛС <input id="snils"></label></form>';
  const checklist = checklistWith({ lastName: 'Петров', snils: '112-233-445 95' });
  const turn = () => new Promise((r) => setTimeout(r, 20));
  document.body.innerHTML = form;
  const engine = createEngine(document);
  expect((await engine.call('prefill', { checklist })).ok).toBe(true);
  expect(document.querySelector('karta-nso-marks')).toBeNull(); // the answer left before the marks
  await vi.waitFor(() => expect(document.querySelector('karta-nso-marks')).not.toBeNull());
  document.querySelector('karta-nso-marks')?.remove();

  document.body.innerHTML = form;
  const again = createEngine(document);
  expect((await again.call('prefill', { checklist })).ok).toBe(true);
  expect(await again.call('undo', null)).toEqual({ ok: true, value: { restored: 2 } });
  await turn();
  await turn();
  expect(document.querySelector('karta-nso-marks')).toBeNull();
});
