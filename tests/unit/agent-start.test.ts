import { browser } from 'wxt/browser';
import { HOST_TAG } from '@/utils/agent/host';
import type { Lifecycle } from '@/utils/agent/lifecycle';
import { onAgentCommand, toBackground } from '@/utils/agent/messenger';
import { type AgentKit, startAgent } from '@/utils/agent/start';
import type { AgentConfig } from '@/utils/messaging/protocol';

// When the agent asks the background for its configuration and docks the panel's frame: a МАИС page asks once it
// has loaded (the question and the worker it wakes do not compete with the page's loading), the gate's kind at once;
// a command that arrives before the answer waits for it; a page that is another kind's loses host and frame.

vi.mock('@/utils/agent/messenger', () => ({ toBackground: vi.fn(), onAgentCommand: vi.fn() }));
// The agents are built with the browser's own API in place of the polyfill (wxt.config.ts): so is this test.
vi.mock('wxt/browser', () => import('@/utils/agent/native-browser'));

type Command = Parameters<Parameters<typeof onAgentCommand>[0]>[0];
let readyState: DocumentReadyState = 'complete';
const started: Lifecycle[] = [];
let answer: (config: AgentConfig | null) => void = () => {};

beforeEach(() => {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
  vi.mocked(toBackground).mockImplementation(
    (type) =>
      new Promise((resolve) => {
        if (type === 'agentHello') answer = resolve as typeof answer;
      }) as never,
  );
  vi.mocked(onAgentCommand).mockImplementation(() => () => {});
});

afterEach(() => {
  for (const life of started.splice(0)) life.stop();
  readyState = 'complete';
  vi.restoreAllMocks();
  vi.mocked(toBackground).mockReset();
  vi.mocked(onAgentCommand).mockReset();
});

const hellos = () => vi.mocked(toBackground).mock.calls.filter(([type]) => type === 'agentHello').length;

function start(kit: AgentKit): { life: Lifecycle; frame: () => HTMLIFrameElement | null } {
  const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
  const life = startAgent(kit) as Lifecycle;
  started.push(life);
  const root = attachShadow.mock.results.at(-1)?.value as ShadowRoot;
  attachShadow.mockRestore();
  return { life, frame: () => root.querySelector('iframe') };
}

/** The page's load event, and the task after it (where the agent's after-load work runs). */
async function loadPage() {
  readyState = 'complete';
  window.dispatchEvent(new Event('load'));
  await new Promise((r) => setTimeout(r, 0));
}

const MAIS_CONFIG: AgentConfig = { kind: 'mais', gate: { enabled: false } };

test('a МАИС page asks for its configuration and gets the panel frame once it has loaded; the gate asks at once', async () => {
  readyState = 'loading';
  const mais = start({ kind: 'mais', start: () => ({}) });
  expect(hellos()).toBe(0);
  expect(mais.frame()).toBeNull();
  expect(document.querySelector(HOST_TAG)).not.toBeNull(); // the width is reserved from the start
  start({ kind: 'issuance', configureAtStart: true, start: () => ({}) });
  expect(hellos()).toBe(1); // the positive control: the gate's kind asked before the page loaded
  await loadPage();
  expect(hellos()).toBe(2);
  expect(mais.frame()?.title).toContain('Панель');
});

test('a command that arrives before the configuration waits for it; one not from the background is refused', async () => {
  const watched: unknown[] = [];
  const mais = start({ kind: 'mais', start: () => ({ watchFields: (data) => void watched.push(data) }) });
  expect(mais.frame()).not.toBeNull(); // a loaded page: the frame and the question at once
  const handle = vi.mocked(onAgentCommand).mock.calls[0][0];
  const fromBackground = { id: browser.runtime.id };
  const call = (sender: Command['sender']) =>
    handle({ data: { name: 'watchFields', data: { on: true } } as never, sender }) as Promise<unknown>;
  const early = call(fromBackground);
  let settled = false;
  void early.finally(() => {
    settled = true;
  });
  await Promise.resolve();
  expect(settled).toBe(false);
  expect(watched).toEqual([]);
  answer(MAIS_CONFIG);
  await early;
  expect(watched).toEqual([{ on: true }]);
  await expect(call({ id: browser.runtime.id, tab: {} })).rejects.toThrow('Отказ');
  await expect(
    handle({ data: { name: 'gate', data: { action: 'release' } } as never, sender: fromBackground }),
  ).rejects.toThrow('Отказ'); // a command this kind does not take
});

test('a page that turns out to be another kind’s loses the host, its frame and the reserved width', async () => {
  const mais = start({ kind: 'mais', start: () => ({}) });
  expect(document.querySelector(HOST_TAG)).not.toBeNull();
  answer({ ...MAIS_CONFIG, kind: 'issuance' });
  await vi.waitFor(() => expect(mais.life.signal.aborted).toBe(true));
  expect(document.querySelector(HOST_TAG)).toBeNull();
});

test('a МАИС page’s agent does not touch the extension API before the page has loaded', async () => {
  // The browser builds the API's objects in the page's process on the first touch: counted here through the globals,
  // from the agent's modules' loading on (a fresh import, as the page's document_start runs them).
  const g = globalThis as unknown as Record<'browser' | 'chrome', unknown>;
  const saved: Record<'browser' | 'chrome', unknown> = { browser: g.browser, chrome: g.chrome };
  const touched: string[] = [];
  for (const name of ['browser', 'chrome'] as const)
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        touched.push(name);
        return saved[name];
      },
    });
  try {
    vi.resetModules();
    const fresh = await import('@/utils/agent/start');
    readyState = 'loading';
    const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
    const life = fresh.startAgent({ kind: 'mais', start: () => ({}) }) as Lifecycle;
    started.push(life);
    const root = attachShadow.mock.results.at(-1)?.value as ShadowRoot;
    attachShadow.mockRestore();
    expect(document.querySelector(HOST_TAG)).not.toBeNull(); // the agent did start, host and all
    expect(touched).toEqual([]);
    await loadPage();
    expect(root.querySelector('iframe')).not.toBeNull();
    expect(touched.length).toBeGreaterThan(0); // the positive control: the frame's address comes from the API
  } finally {
    for (const name of ['browser', 'chrome'] as const)
      Object.defineProperty(globalThis, name, { configurable: true, writable: true, value: saved[name] });
  }
});
