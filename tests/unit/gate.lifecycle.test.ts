import { afterEach, describe, expect, test } from 'vitest';
import { byId, pageLog, realClick, startGate, stopGates } from './gate-helpers';

// The gate's life on a page: created before any page script (document_start), configured when the site's settings
// arrive, released or opened by the clerk's outcome, and let go for good when the extension goes away.

afterEach(stopGates);

function page() {
  document.body.innerHTML = `
    <button id="issue">Оформить социальную карту</button>
    <button id="next" class="wizard-finish">Далее</button>
    <button id="find">Найти</button>`;
  const [issue, next, find] = ['issue', 'next', 'find'].map((id) => byId(id));
  return { issue, next, find, log: pageLog({ issue, next, find }, ['click']) };
}

describe('before the settings arrive', () => {
  test('the heuristic holds silently; a page capture handler added after the gate stays silent', () => {
    const { issue, find, log } = page();
    const { onHold } = startGate({ settings: null });
    const captured: string[] = [];
    window.addEventListener('click', (event) => captured.push((event.target as Element).id), true);
    realClick(find);
    realClick(issue);
    expect(log).toEqual(['find:click']);
    expect(captured).toEqual(['find']);
    expect(onHold).not.toHaveBeenCalled();
  });

  test('gate turned off in settings: the held activation is carried out at once, and nothing more is held', () => {
    const { issue, log } = page();
    const { gate, onHold } = startGate({ settings: null });
    realClick(issue);
    expect(log).toEqual([]);
    gate.configure({ enabled: false });
    expect(log).toEqual(['issue:click']);
    realClick(issue);
    expect(log).toEqual(['issue:click', 'issue:click']);
    expect(onHold).not.toHaveBeenCalled();
    expect(gate.state).toBe('armed');
  });

  test('gate on: the held activation stays held and the panel is told now', () => {
    const { issue, find, log } = page();
    const { gate, onHold } = startGate({ settings: null });
    realClick(issue);
    gate.configure({ enabled: true });
    expect(onHold).toHaveBeenCalledWith(issue);
    realClick(find);
    expect(log).toEqual(['find:click']);
    gate.release();
    expect(log).toEqual(['find:click', 'issue:click']);
  });

  test('a site selector that does not name the held control lets it go at once; it then holds its own control', () => {
    const { issue, next, log } = page();
    const { gate, onHold } = startGate({ settings: null });
    realClick(issue);
    gate.configure({ enabled: true, issueSelector: '.wizard-finish' });
    expect(log).toEqual(['issue:click']);
    expect(onHold).not.toHaveBeenCalled();
    realClick(next);
    expect(log).toEqual(['issue:click']);
    expect(onHold).toHaveBeenCalledWith(next);
  });

  test('an invalid selector falls back to the heuristic: the held control stays held', () => {
    const { issue, next, log } = page();
    const { gate, onHold } = startGate({ settings: null });
    realClick(issue);
    gate.configure({ enabled: true, issueSelector: 'button[' });
    realClick(next);
    expect(log).toEqual(['next:click']);
    expect(onHold).toHaveBeenCalledWith(issue);
  });
});

describe('settings that change, and the end of the extension', () => {
  test('turned off later: everything passes; turned on again: held again', () => {
    const { issue, log } = page();
    const { gate } = startGate();
    gate.configure({ enabled: false });
    realClick(issue);
    expect(log).toEqual(['issue:click']);
    gate.configure({ enabled: true });
    realClick(issue);
    expect(log).toEqual(['issue:click']);
  });

  test('once the extension is gone the gate lets everything through for good, a new visitor included', () => {
    const { issue, log } = page();
    let alive = true;
    const { gate, onHold } = startGate({ alive: () => alive });
    realClick(issue);
    expect(log).toEqual([]);
    alive = false;
    realClick(issue);
    gate.rearm();
    realClick(issue);
    gate.release();
    expect(log).toEqual(['issue:click', 'issue:click']);
    expect(onHold).toHaveBeenCalledTimes(1);
    expect(gate.state).toBe('open');
  });

  test('a signal aborted before the gate starts attaches nothing', () => {
    const { issue, find, log } = page();
    const controller = new AbortController();
    controller.abort();
    const { gate } = startGate({ signal: controller.signal });
    realClick(issue);
    realClick(find);
    gate.release();
    expect(log).toEqual(['issue:click', 'find:click']);
  });
});
