import { type AgentLineMessage, readFieldsSnapshot } from '@/utils/messaging/agent';
import { openAgentLine } from '@/utils/panel/agent-line';

// The panel's end of the agent's line: the one port that comes from the parent window with the panel's key is taken;
// anything else posted to the panel's window — which the page's scripts can do — is ignored.

const description = (label: string): AgentLineMessage => ({
  type: 'fieldsChanged',
  fields: JSON.stringify({ url: 'https://mais.test/', blocks: [{ title: label, group: 0 }] }),
});
const titleOf = (m: AgentLineMessage) => readFieldsSnapshot(m.fields).blocks[0].title;

const post = (data: unknown, port?: MessagePort, source: unknown = window.parent) =>
  window.dispatchEvent(
    new MessageEvent('message', { data, source: source as Window, ports: port ? [port] : [] }),
  );

let opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const o of opened) o.close();
  opened = [];
});

function open() {
  const heard: AgentLineMessage[] = [];
  const line = openAgentLine(window, (m) => heard.push(m));
  const channels = Array.from({ length: 5 }, () => new MessageChannel());
  opened.push(line, ...channels.flatMap((c) => [c.port1, c.port2]));
  return { line, heard, channels };
}

test('the port that comes with the key from the parent carries the agent’s descriptions', async () => {
  const { line, heard, channels } = open();
  expect(line.key).toMatch(/^[0-9a-f-]{36}$/);
  post(line.key, channels[0].port2);
  channels[0].port1.postMessage(description('Документ'));
  await vi.waitFor(() => expect(heard).toHaveLength(1));
  expect(titleOf(heard[0])).toBe('Документ');
});

test('a port without the key, with another key or from another window is not taken; the agent’s one still is', async () => {
  const { line, heard, channels } = open();
  const other = open();
  post('не тот ключ', channels[0].port2);
  post(other.line.key, channels[1].port2); // another panel's key
  post(line.key, channels[2].port2, null); // not from the parent window
  post(line.key); // no port
  for (const c of channels.slice(0, 3)) c.port1.postMessage(description('Подделка'));
  post(line.key, channels[3].port2); // the agent's
  channels[3].port1.postMessage(description('Настоящее'));
  await vi.waitFor(() => expect(heard).toHaveLength(1)); // the positive control for the silence of the others
  expect(heard.map(titleOf)).toEqual(['Настоящее']);
});

test('only the first port is taken, and only descriptions are read from it', async () => {
  const { line, heard, channels } = open();
  post(line.key, channels[0].port2);
  post(line.key, channels[1].port2); // a second one with the same key comes too late
  channels[1].port1.postMessage(description('Второй'));
  channels[0].port1.postMessage({ type: 'gateHeld' });
  channels[0].port1.postMessage(description('Первый'));
  await vi.waitFor(() => expect(heard).toHaveLength(1));
  await new Promise((r) => setTimeout(r, 20));
  expect(heard.map(titleOf)).toEqual(['Первый']);
});
