import { afterEach, describe, expect, test, vi } from 'vitest';
import { openOrClosedShadowRoot } from '@/utils/gate/shadow-roots';
import { byId, pageLog, press, realClick, startGate, stopGates } from './gate-helpers';

// Shadow roots the page opens. Open ones are in every event's composed path. A browser hides what happens inside a
// CLOSED root from listeners outside it (the event reaches `window` retargeted to the host); happy-dom does not, so
// these tests dispatch at the host as the browser's window listener would see it, and fake the extension's
// `openOrClosedShadowRoot` and the root's hit testing.

afterEach(() => {
  stopGates();
  vi.unstubAllGlobals();
});

const CONTROLS = '<button id="find">Найти</button><button id="issue">Оформить социальную карту</button>';

function closedWidget(inner = CONTROLS) {
  document.body.innerHTML = '<x-card-widget id="host"></x-card-widget>';
  const host = byId('host');
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = inner;
  const issue = root.getElementById('issue')!;
  const find = root.getElementById('find')!;
  // The issue button is left of x = 50, «Найти» right of it.
  Object.assign(root, { elementFromPoint: (x: number) => (x < 50 ? issue : find) });
  const shadowRootOf = (el: Element) => (el === host ? root : null);
  return { host, root, issue, find, shadowRootOf };
}

describe('open shadow roots', () => {
  test('a control inside an open root is held; «Найти» beside it is not', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = byId('host').attachShadow({ mode: 'open' });
    root.innerHTML = CONTROLS;
    const issue = root.getElementById('issue')!;
    const find = root.getElementById('find')!;
    const log = pageLog({ issue, find }, ['pointerdown']);
    const { gate } = startGate();
    realClick(find);
    realClick(issue);
    expect(log).toEqual(['find:pointerdown']);
    gate.release();
    expect(log).toEqual(['find:pointerdown', 'issue:pointerdown']);
  });

  test('events that never leave the root (a form submit, a scripted non-composed mousedown) are held at the root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = byId('host').attachShadow({ mode: 'open' });
    root.innerHTML = `<form id="card"><input id="snils"><button id="issue">Выпустить карту</button></form>
      <span id="look" tabindex="0">Найти</span><span id="go" tabindex="0">Выдать карту</span>`;
    const form = root.getElementById('card') as HTMLFormElement;
    const submits = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submits);
    const [look, go] = [root.getElementById('look')!, root.getElementById('go')!];
    const log = pageLog({ look, go }, ['mousedown']);
    const { gate } = startGate();
    realClick(root.getElementById('snils')!); // the clerk works in the form first
    form.requestSubmit();
    for (const el of [look, go]) el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(submits).not.toHaveBeenCalled();
    expect(log).toEqual(['look:mousedown']);
    gate.release();
    expect(submits).toHaveBeenCalledTimes(1);
  });
});

describe('closed shadow roots (through the injected shadowRootOf)', () => {
  test('a click retargeted to the host is traced by the pointer position to the issue button', () => {
    const { host, issue, find, shadowRootOf } = closedWidget();
    const outside = pageLog({ host }, ['click']);
    const inside = pageLog({ issue, find }, ['click']);
    const { gate, onHold } = startGate({ shadowRootOf });
    realClick(host, { clientX: 80, clientY: 10 });
    realClick(host, { clientX: 20, clientY: 10 });
    expect(outside).toEqual(['host:click']);
    expect(onHold).toHaveBeenCalledWith(issue);
    gate.release();
    expect(inside).toEqual(['issue:click']);
    expect(outside).toEqual(['host:click', 'host:click']);
  });

  test('without the extension API the same click is not traced (the injected function is what sees inside)', () => {
    const { host } = closedWidget();
    const outside = pageLog({ host }, ['click']);
    startGate();
    realClick(host, { clientX: 20, clientY: 10 });
    expect(outside).toEqual(['host:click']);
  });

  test('keys retargeted to the host go to the root’s focused element', () => {
    const { host, root, issue, find, shadowRootOf } = closedWidget();
    let focused: Element = find;
    Object.defineProperty(root, 'activeElement', { get: () => focused });
    const outside = pageLog({ host }, ['keydown']);
    const inside = pageLog({ issue }, ['keydown', 'click']);
    const { gate } = startGate({ shadowRootOf });
    press(host, 'Enter');
    focused = issue;
    press(host, 'Enter');
    expect(outside).toEqual(['host:keydown']);
    gate.release();
    expect(inside).toEqual(['issue:keydown', 'issue:click']);
  });

  test('nested closed roots are descended one after another', () => {
    const outer = closedWidget('<x-inner id="inner"></x-inner><button id="find">Найти</button>');
    const innerHost = outer.root.getElementById('inner')!;
    const innerRoot = innerHost.attachShadow({ mode: 'closed' });
    innerRoot.innerHTML = '<button id="issue">Изготовить социальную карту</button>';
    const issue = innerRoot.getElementById('issue')!;
    Object.assign(outer.root, { elementFromPoint: (x: number) => (x < 50 ? innerHost : outer.find) });
    Object.assign(innerRoot, { elementFromPoint: () => issue });
    const shadowRootOf = (el: Element) =>
      el === outer.host ? outer.root : el === innerHost ? innerRoot : null;
    const outside = pageLog({ host: outer.host }, ['mousedown']);
    const { gate, onHold } = startGate({ shadowRootOf });
    realClick(outer.host, { clientX: 90, clientY: 5 });
    realClick(outer.host, { clientX: 10, clientY: 5 });
    expect(outside).toEqual(['host:mousedown']);
    expect(onHold).toHaveBeenCalledWith(issue);
    const inside = pageLog({ issue }, ['mousedown']);
    gate.release();
    expect(inside).toEqual(['issue:mousedown']);
  });
});

describe('openOrClosedShadowRoot: the extension adapter', () => {
  test('Chromium: chrome.dom.openOrClosedShadowRoot', () => {
    const { host, root } = closedWidget();
    const api = vi.fn((el: Element) => (el === host ? root : null));
    vi.stubGlobal('chrome', { dom: { openOrClosedShadowRoot: api } });
    expect(openOrClosedShadowRoot(host)).toBe(root);
    expect(openOrClosedShadowRoot(document.body)).toBeNull();
  });

  test('Firefox: the Element.openOrClosedShadowRoot property; elsewhere the open root; never throws', () => {
    const { host, root } = closedWidget();
    vi.stubGlobal('chrome', { runtime: {} }); // Firefox's `chrome` has no `dom`
    Object.defineProperty(host, 'openOrClosedShadowRoot', { get: () => root, configurable: true });
    expect(openOrClosedShadowRoot(host)).toBe(root);
    const plain = document.createElement('div');
    Object.defineProperty(plain, 'openOrClosedShadowRoot', { get: () => null });
    expect(openOrClosedShadowRoot(plain)).toBeNull();
    Object.defineProperty(host, 'openOrClosedShadowRoot', { value: () => root });
    expect(openOrClosedShadowRoot(host)).toBe(root);
    const open = document.createElement('div');
    const openRoot = open.attachShadow({ mode: 'open' });
    expect(openOrClosedShadowRoot(open)).toBe(openRoot);
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: () => {
          throw new TypeError('not an HTMLElement');
        },
      },
    });
    expect(openOrClosedShadowRoot(host)).toBeNull();
  });
});
