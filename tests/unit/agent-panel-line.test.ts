import { createPanelLine } from '@/utils/agent/panel-line';
import type { AgentLineMessage } from '@/utils/messaging/agent';

// The agent's end of its line to the panel: a port posted to the panel's frame, to the extension's origin only,
// with the key the panel gave; what the agent sends goes on that port.

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const message: AgentLineMessage = {
  type: 'fieldsChanged',
  fields: JSON.stringify({
    url: 'https://mais.test/',
    controls: [],
    blocks: [],
    sandboxedFrames: 0,
  }),
};

function frame() {
  const posts: Array<{ data: unknown; origin: string; port: MessagePort }> = [];
  const win = {
    postMessage: (data: unknown, origin: string, transfer: MessagePort[]) =>
      posts.push({ data, origin, port: transfer[0] }),
  } as unknown as Window;
  return { win, posts };
}

test('the port goes to the panel’s frame with the panel’s key, to the extension’s origin; sends arrive on it', async () => {
  const { win, posts } = frame();
  const line = createPanelLine(
    () => win,
    () => ORIGIN,
  );
  line.send(message); // before the line is open: nowhere to go, and no error
  line.open('key-one-0000000000');
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({ data: 'key-one-0000000000', origin: ORIGIN });
  const heard: unknown[] = [];
  posts[0].port.onmessage = ({ data }) => heard.push(data);
  line.send(message);
  await vi.waitFor(() => expect(heard).toEqual([message]));
  line.close();
  posts[0].port.close();
});

test('the same key keeps the line; a new key (a panel page loaded anew) gets a new port, the old one is closed', async () => {
  const { win, posts } = frame();
  const line = createPanelLine(
    () => win,
    () => ORIGIN,
  );
  line.open('key-one-0000000000');
  line.open('key-one-0000000000');
  expect(posts).toHaveLength(1);
  line.open('key-two-0000000000');
  expect(posts.map((p) => p.data)).toEqual(['key-one-0000000000', 'key-two-0000000000']);
  const [first, second] = posts.map((p) => {
    const heard: unknown[] = [];
    p.port.onmessage = ({ data }) => heard.push(data);
    return heard;
  });
  line.send(message);
  await vi.waitFor(() => expect(second).toHaveLength(1)); // the positive control for the old port's silence
  expect(first).toEqual([]);
  line.close();
  for (const p of posts) p.port.close();
});

test('no frame yet: nothing is posted, and a later open with the same key still opens the line', () => {
  const { win, posts } = frame();
  let shown: Window | null = null;
  const line = createPanelLine(
    () => shown,
    () => ORIGIN,
  );
  line.open('key-one-0000000000');
  expect(posts).toHaveLength(0);
  shown = win;
  line.open('key-one-0000000000');
  expect(posts).toHaveLength(1);
  line.close();
  posts[0].port.close();
});
