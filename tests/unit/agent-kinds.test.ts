import { issuanceAgent } from '@/utils/agent/kinds/issuance';
import { maisAgent } from '@/utils/agent/kinds/mais';
import { createLifecycle } from '@/utils/agent/lifecycle';
import type { AgentContext } from '@/utils/agent/start';
import type { AgentConfig, AgentEvent } from '@/utils/messaging';
import { readFieldsSnapshot } from '@/utils/messaging/agent';
import { answerReadFields } from './agent-reading';

// What each site kind adds to the page agent: the soft gate on issuance pages, the field description and the
// submit notice on МАИС pages. Commands arrive as the background relays them from the panel.

let stopAll: Array<() => void> = [];
afterEach(() => {
  for (const stop of stopAll) stop();
  stopAll = [];
  document.body.innerHTML = '';
});

function context() {
  answerReadFields();
  const life = createLifecycle({ id: 'ext' });
  stopAll.push(life.stop);
  const events: AgentEvent['type'][] = [];
  /** The descriptions the agent sent on its line to the panel, and the keys the line was opened with. */
  const described: string[] = [];
  const keys: string[] = [];
  const ctx: AgentContext = {
    life,
    doc: document,
    win: window,
    emit: (e) => events.push(e.type),
    line: {
      open: (key) => keys.push(key),
      send: (m) => described.push(m.fields),
      close: () => {},
    },
  };
  return { ctx, events, described, keys, life };
}

const KEY = 'panel-line-key-0001';

/** The same time for each change to be looked at and compared (the watcher looks in the next animation frame). */
const settle = () => new Promise((r) => setTimeout(r, 60));

const issuance = (enabled = true, issueSelector?: string): AgentConfig => ({
  kind: 'issuance',
  gate: { enabled, issueSelector },
});

test('issuance: the issue click is held and reported; «release» replays it once, «rearm» holds again', () => {
  document.body.innerHTML =
    '<button id="issue">Оформить социальную карту</button><button id="other">Найти</button>';
  const issued = vi.fn();
  const other = vi.fn();
  document.getElementById('issue')!.addEventListener('click', issued);
  document.getElementById('other')!.addEventListener('click', other);
  const { ctx, events } = context();
  const handlers = issuanceAgent.start(ctx, issuance(), issuanceAgent.early!(ctx));
  document.getElementById('other')!.click(); // the positive control: the page works
  document.getElementById('issue')!.click();
  expect(other).toHaveBeenCalledTimes(1);
  expect(issued).not.toHaveBeenCalled();
  expect(events).toEqual(['gateHeld']);
  handlers.gate?.({ action: 'release' });
  expect(issued).toHaveBeenCalledTimes(1);
  handlers.gate?.({ action: 'rearm' });
  document.getElementById('issue')!.click();
  expect(issued).toHaveBeenCalledTimes(1);
  handlers.gate?.({ action: 'open' });
  expect(issued).toHaveBeenCalledTimes(1); // «open» drops the held click: no card on the citizen's behalf
  document.getElementById('issue')!.click();
  expect(issued).toHaveBeenCalledTimes(2);
});

test('issuance: «remind» reports the held click again, and nothing once none is held', () => {
  document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
  const issued = vi.fn();
  document.getElementById('issue')!.addEventListener('click', issued);
  const { ctx, events } = context();
  const handlers = issuanceAgent.start(ctx, issuance(), issuanceAgent.early!(ctx));
  handlers.gate?.({ action: 'remind' });
  expect(events).toEqual([]); // nothing held yet
  document.getElementById('issue')!.click();
  expect(events).toEqual(['gateHeld']);
  handlers.gate?.({ action: 'remind' }); // a panel page loaded after the click
  expect(events).toEqual(['gateHeld', 'gateHeld']);
  expect(issued).not.toHaveBeenCalled();
  handlers.gate?.({ action: 'release' });
  handlers.gate?.({ action: 'remind' });
  expect(events).toEqual(['gateHeld', 'gateHeld']);
  expect(issued).toHaveBeenCalledTimes(1);
});

test('issuance: a click held before the settings arrived is carried out when they say the gate is off', () => {
  document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
  const issued = vi.fn();
  document.getElementById('issue')!.addEventListener('click', issued);
  const { ctx, events } = context();
  const gate = issuanceAgent.early!(ctx); // document_start: the settings are on their way
  document.getElementById('issue')!.click();
  expect(issued).not.toHaveBeenCalled();
  issuanceAgent.start(ctx, issuance(false), gate);
  expect(issued).toHaveBeenCalledTimes(1);
  expect(events).toEqual([]);
});

test('issuance: not an issuance page after all — what was held goes through', () => {
  document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
  const issued = vi.fn();
  document.getElementById('issue')!.addEventListener('click', issued);
  const { ctx, life } = context();
  const gate = issuanceAgent.early!(ctx);
  document.getElementById('issue')!.click();
  issuanceAgent.idle?.(gate);
  life.stop();
  expect(issued).toHaveBeenCalledTimes(1);
});

test('issuance: no gate when the settings turn it off; the end of the agent lets everything through', () => {
  document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
  const issued = vi.fn();
  document.getElementById('issue')!.addEventListener('click', issued);
  const off = context();
  issuanceAgent.start(off.ctx, issuance(false), issuanceAgent.early!(off.ctx));
  document.getElementById('issue')!.click();
  expect(issued).toHaveBeenCalledTimes(1);
  off.life.stop();

  const on = context();
  issuanceAgent.start(on.ctx, issuance(true), issuanceAgent.early!(on.ctx));
  document.getElementById('issue')!.click();
  expect(issued).toHaveBeenCalledTimes(1); // held
  on.life.stop();
  document.getElementById('issue')!.click();
  expect(issued).toHaveBeenCalledTimes(2);
});

test('МАИС: the page’s fields described as plain data without their values, on the panel’s line; a submit is reported', async () => {
  document.body.innerHTML = `<form id="f"><h2>Льготная категория</h2>
    <label>Фамилия <input id="fam" value="Секретов"></label><label>СНИЛС <input id="snils" value="112-233-445 95"></label>
    <button>Сохранить</button></form>`;
  const { ctx, events, described, keys } = context();
  const handlers = maisAgent.start(ctx, { kind: 'mais', gate: { enabled: false } }, undefined);
  handlers.watchFields?.({ on: true, line: KEY }); // the panel shown: it gets the page's fields on its line
  await vi.waitFor(() => expect(described).toHaveLength(1));
  expect(keys).toEqual([KEY]);
  const snapshot = readFieldsSnapshot(described[0]);
  const json = JSON.stringify(snapshot);
  expect(snapshot.controls.map((c) => c.hints.label)).toEqual(['Фамилия', 'СНИЛС']);
  expect(json).not.toContain('Секретов');
  expect(json).not.toContain('445');
  document.getElementById('f')!.dispatchEvent(new Event('submit', { bubbles: true }));
  expect(events).toEqual(['formSubmitted']); // the description never goes through the background
});

test('МАИС: the same form rebuilt tells the panel nothing; a renamed label, a disabled or removed field bring the new description', async () => {
  const form =
    '<form id="f"><label for="a">Фамилия</label><input id="a" name="fam">' +
    '<label>СНИЛС <input name="snils"></label></form>';
  document.body.innerHTML = `<main id="root">${form}</main>`;
  const { ctx, described: changes } = context();
  const handlers = maisAgent.start(ctx, { kind: 'mais', gate: { enabled: false } }, undefined);
  handlers.watchFields?.({ on: true, line: KEY }); // turning on reads the page once: the panel's first description
  await vi.waitFor(() => expect(changes).toHaveLength(1));
  const first = readFieldsSnapshot(changes[0]);
  expect(first.controls.map((c) => c.hints.label)).toEqual(['Фамилия', 'СНИЛС']);
  const root = document.getElementById('root')!;
  // Each change is given the same time to be looked at and compared: a rebuild says nothing in it, a rename does.
  root.innerHTML = form; // a framework re-rendering the same card, twice
  await settle();
  root.innerHTML = form;
  await settle();
  expect(changes).toHaveLength(1);
  let seen = 1;
  const heard = async (change: () => void) => {
    change();
    await settle();
    expect(changes).toHaveLength(++seen);
    return readFieldsSnapshot(changes.at(-1));
  };
  const renamed = await heard(() => {
    document.querySelector('label')!.textContent = 'Фамилия заявителя';
  });
  expect(renamed.controls.map((c) => c.hints.label)).toEqual(['Фамилия заявителя', 'СНИЛС']);
  const disabled = await heard(() => document.querySelector('[name="fam"]')!.setAttribute('disabled', ''));
  expect(disabled.controls.map((c) => c.hints.label)).not.toEqual(renamed.controls.map((c) => c.hints.label));
  const removed = await heard(() => document.querySelector('[name="snils"]')!.remove());
  expect(removed.controls.length).toBeLessThan(disabled.controls.length);
});

test('МАИС: each time the panel turns the watcher on it gets the page’s fields, unchanged ones too; while off, nothing', async () => {
  document.body.innerHTML = '<form id="f"><label>Фамилия <input name="fam"></label></form>';
  const { ctx, described } = context();
  const handlers = maisAgent.start(ctx, { kind: 'mais', gate: { enabled: false } }, undefined);
  await settle();
  expect(described).toHaveLength(0); // the form is not read until the panel is shown
  handlers.watchFields?.({ on: true, line: KEY });
  await vi.waitFor(() => expect(described).toHaveLength(1));
  handlers.watchFields?.({ on: true, line: KEY }); // a panel page loaded anew while the watcher was on has nothing yet
  await vi.waitFor(() => expect(described).toHaveLength(2));
  expect(described[1]).toEqual(described[0]);
  handlers.watchFields?.({ on: false, line: KEY }); // collapsed
  document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>Имя <input name="first"></label>');
  await settle();
  expect(described).toHaveLength(2);
  handlers.watchFields?.({ on: true, line: KEY }); // shown again: the page as it is now
  await vi.waitFor(() => expect(described).toHaveLength(3));
  expect(readFieldsSnapshot(described[2]).controls.map((c) => c.hints.label)).toEqual(['Фамилия', 'Имя']);
});

test('two registrations of one kind on a page start one agent; another kind still starts its own', async () => {
  const { startAgent } = await import('@/utils/agent/start');
  const started: string[] = [];
  const kit = (kind: 'issuance' | 'mais') => ({
    kind,
    early: () => started.push(kind),
    start: () => ({}),
  });
  const first = startAgent(kit('issuance'));
  const duplicate = startAgent(kit('issuance'));
  const other = startAgent(kit('mais'));
  expect(first).not.toBeNull();
  expect(duplicate).toBeNull();
  expect(other).not.toBeNull();
  expect(started).toEqual(['issuance', 'mais']);
  // No background answers here, so both end; then the page can be claimed again (as after a reload).
  await vi.waitFor(() => expect(first?.signal.aborted && other?.signal.aborted).toBe(true));
  expect(startAgent(kit('issuance'))).not.toBeNull();
});
