import { emptyChecklist } from '@/utils/checklist/keys';
import type { EngineAnswer } from '@/utils/engine/api';
import { createPanelLink } from '@/utils/engine/panel-link';
import type { PrefillRequest, PrefillResult } from '@/utils/messaging/engine';
import { openEngineLine } from '@/utils/panel/engine-line';

// The engine's own line to its panel: the engine posts a port, with the key the panel sent through the background,
// to the panel's frame inside the panel host; the panel takes that one port and sends the click's prefill on it.
// The engine fills with the site's field mappings the background gave it, never with any the line brings.

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const RESULT: PrefillResult = { report: {} as PrefillResult['report'], undoable: false, ambiguities: [] };

let closers: Array<{ close(): void }> = [];
afterEach(() => {
  for (const c of closers) c.close();
  closers = [];
  document.body.innerHTML = '';
});

/** The page with the panel host; its frame's window is where the engine posts its port. */
function pageWithPanel() {
  const host = document.createElement('karta-nso-panel');
  const frame = document.createElement('iframe');
  host.attachShadow({ mode: 'open' }).append(frame); // closed in the product; tests open roots only
  document.body.append(host);
  const posted: Array<{ data: unknown; origin: string; port: MessagePort }> = [];
  // happy-dom loads no frame: its window is the one thing the engine uses of it.
  const frameWindow = {
    postMessage(data: unknown, origin: string, ports: MessagePort[]) {
      posted.push({ data, origin, port: ports[0] });
      closers.push(ports[0]);
    },
  };
  Object.defineProperty(frame, 'contentWindow', { value: frameWindow });
  return { posted };
}

function engineSide() {
  const asked: PrefillRequest[] = [];
  const link = createPanelLink(
    document,
    () => ORIGIN,
    async (request): Promise<EngineAnswer> => {
      asked.push(request);
      return { ok: true, value: RESULT };
    },
  );
  return { link, asked };
}

function ask(port: MessagePort, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    port.onmessage = ({ data }) => resolve(data);
    port.postMessage(message);
  });
}

test('the engine posts its port to the panel frame, to the extension origin, with the key; prefills use the mappings it was given', async () => {
  const { posted } = pageWithPanel();
  const { link, asked } = engineSide();
  link.open('key-1', { lastName: '#fam' });
  expect(posted.map(({ data, origin }) => [data, origin])).toEqual([['key-1', ORIGIN]]);
  const checklist = emptyChecklist();
  const answer = await ask(posted[0].port, {
    id: 7,
    request: { checklist, siteFields: { lastName: '#evil' } },
  });
  expect(answer).toEqual({ id: 7, answer: { ok: true, value: RESULT } });
  expect(asked).toEqual([{ checklist, documentChoices: undefined, siteFields: { lastName: '#fam' } }]);

  // Readied again with the same key (new settings): the same line, the new mappings.
  link.open('key-1', { firstName: '#nam' });
  expect(posted).toHaveLength(1);
  await ask(posted[0].port, { id: 8, request: { checklist } });
  expect(asked[1].siteFields).toEqual({ firstName: '#nam' });
});

test('a request with no checklist is answered with a message, never filled', async () => {
  const { posted } = pageWithPanel();
  const { link, asked } = engineSide();
  link.open('key-2', undefined);
  expect(await ask(posted[0].port, { id: 1, request: { checklist: 'нет' } })).toEqual({
    id: 1,
    answer: { ok: false, error: 'Чек-лист не распознан' },
  });
  expect(asked).toEqual([]);
});

test('no panel frame on the page: no line (the panel goes through the background)', () => {
  const { link } = engineSide();
  expect(() => link.open('key-3', undefined)).not.toThrow();
});

const post = (data: unknown, port?: MessagePort, source: unknown = window.parent) =>
  window.dispatchEvent(
    new MessageEvent('message', { data, source: source as Window, ports: port ? [port] : [] }),
  );

test('the panel sends the prefill on the port that came with its key, and nothing before it came', async () => {
  const line = openEngineLine(window);
  closers.push(line);
  const checklist = emptyChecklist();
  expect(line.prefill({ checklist })).toBeNull();
  const fake = new MessageChannel();
  const real = new MessageChannel();
  closers.push(fake.port1, fake.port2, real.port1, real.port2);
  post('не тот ключ', fake.port2);
  expect(line.prefill({ checklist })).toBeNull();
  post(line.key, real.port2);
  real.port1.onmessage = ({ data }) => {
    const { id } = data as { id: number };
    real.port1.postMessage(
      id === 1
        ? { id, answer: { ok: true, value: RESULT } }
        : { id, answer: { ok: false, error: 'Поле исчезло' } },
    );
  };
  await expect(line.prefill({ checklist })).resolves.toEqual(RESULT);
  await expect(line.prefill({ checklist })).rejects.toThrow('Поле исчезло');
});

test('both ends together: the panel’s key opens the engine’s line, and the click’s prefill comes back on it', async () => {
  const { posted } = pageWithPanel();
  const { link, asked } = engineSide();
  const line = openEngineLine(window);
  closers.push(line);
  link.open(line.key, { lastName: '#fam' });
  post(posted[0].data, posted[0].port);
  await expect(line.prefill({ checklist: emptyChecklist() })).resolves.toEqual(RESULT);
  expect(asked[0].siteFields).toEqual({ lastName: '#fam' });
});
