import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Gate } from '@/utils/gate/gate';
import { startGate, stopGates } from './gate-helpers';

// The gate against real event dispatch in happy-dom: the page's own handlers must stay silent while held and run
// exactly once after release.

type PageWindow = Window & { issued?: number; submitted?: number };

let gate: Gate | null = null;
const win = window as PageWindow;

beforeEach(() => {
  document.body.innerHTML = '';
  win.issued = 0;
  win.submitted = 0;
});
afterEach(() => {
  stopGates();
  gate = null;
});

function arm(options: { issueSelector?: string } = {}) {
  const started = startGate({ settings: { enabled: true, ...options } });
  gate = started.gate;
  return started.onHold;
}

describe('soft gate (happy-dom)', () => {
  test('holds an addEventListener handler until release, then runs it once without a second click', () => {
    document.body.innerHTML = '<button id="issue" type="button">Оформить социальную карту</button>';
    const button = document.getElementById('issue')!;
    const handler = vi.fn();
    button.addEventListener('click', handler);
    const onHold = arm();

    button.click();
    expect(handler).not.toHaveBeenCalled();
    expect(onHold).toHaveBeenCalledTimes(1);
    expect(onHold.mock.calls[0][0]).toBe(button);
    expect(gate!.state).toBe('holding');

    gate!.release();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(gate!.state).toBe('open');

    button.click();
    expect(handler).toHaveBeenCalledTimes(2);
    expect(onHold).toHaveBeenCalledTimes(1);
  });

  test('holds an onclick handler property (inline attributes are covered in the e2e fixtures)', () => {
    document.body.innerHTML = '<button id="issue" type="button">Выпустить карту</button>';
    const button = document.getElementById('issue')!;
    button.onclick = () => {
      win.issued = (win.issued ?? 0) + 1;
    };
    arm();
    button.click();
    expect(win.issued).toBe(0);
    gate!.release();
    expect(win.issued).toBe(1);
  });

  test('a click on an icon inside the button is held and replayed on the button', () => {
    document.body.innerHTML =
      '<button id="issue" aria-label="Выдать карту"><svg><path d=""></path></svg></button>';
    const handler = vi.fn();
    document.getElementById('issue')!.addEventListener('click', handler);
    arm();
    document.querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(handler).not.toHaveBeenCalled();
    gate!.release();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('repeated clicks while held stay held; release replays once', () => {
    document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
    const handler = vi.fn();
    const button = document.getElementById('issue')!;
    button.addEventListener('click', handler);
    const onHold = arm();
    button.click();
    button.click();
    expect(handler).not.toHaveBeenCalled();
    expect(onHold).toHaveBeenCalledTimes(2);
    gate!.release();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('other controls are never held', () => {
    document.body.innerHTML = '<button id="find">Найти</button><button id="print">Печать</button>';
    const handler = vi.fn();
    document.body.addEventListener('click', handler);
    const onHold = arm();
    document.getElementById('find')!.click();
    document.getElementById('print')!.click();
    expect(handler).toHaveBeenCalledTimes(2);
    expect(onHold).not.toHaveBeenCalled();
  });

  test('a submit button inside a form: the submit handler waits, then the form is submitted once', () => {
    document.body.innerHTML =
      '<form id="f"><input name="fio" value="x"><button id="go" type="submit">Оформить социальную карту</button></form>';
    const form = document.getElementById('f') as HTMLFormElement;
    const submits: Array<string | null> = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push(((event as SubmitEvent).submitter as HTMLElement | null)?.id ?? null);
    });
    arm();
    document.getElementById('go')!.click();
    expect(submits).toEqual([]);
    gate!.release();
    expect(submits).toEqual(['go']);
  });

  test('a scripted submit with an issue submitter is held and replayed with requestSubmit', () => {
    document.body.innerHTML =
      '<form id="f"><input type="submit" id="go" value="Заказать карту"><button id="other" type="submit">Сохранить</button></form>';
    const form = document.getElementById('f') as HTMLFormElement;
    const submits: Array<string | null> = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits.push(((event as SubmitEvent).submitter as HTMLElement | null)?.id ?? null);
    });
    const onHold = arm();
    form.requestSubmit(document.getElementById('other') as HTMLButtonElement);
    expect(submits).toEqual(['other']);
    form.requestSubmit(document.getElementById('go') as HTMLInputElement);
    expect(submits).toEqual(['other']);
    expect(onHold).toHaveBeenCalledTimes(1);
    gate!.release();
    expect(submits).toEqual(['other', 'go']);
  });

  test('the site selector holds a control the heuristic would not', () => {
    document.body.innerHTML =
      '<button id="next">Далее</button><button id="issue">Оформить социальную карту</button>';
    const handler = vi.fn();
    document.body.addEventListener('click', (event) => handler((event.target as Element).id));
    arm({ issueSelector: '#next' });
    document.getElementById('issue')!.click();
    document.getElementById('next')!.click();
    expect(handler.mock.calls).toEqual([['issue']]);
    gate!.release();
    expect(handler.mock.calls).toEqual([['issue'], ['next']]);
  });

  test('events from our own panel are never held; a page element wearing its tag is', () => {
    const host = document.createElement('karta-nso-panel');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<button>Оформить социальную карту</button>';
    const fake = document.createElement('karta-nso-panel');
    fake.innerHTML = '<button>Оформить социальную карту</button>';
    document.body.append(host, fake);
    const ours = vi.fn();
    const page = vi.fn();
    root.querySelector('button')!.addEventListener('click', ours);
    fake.querySelector('button')!.addEventListener('click', page);
    const { onHold } = startGate({ ownUi: root });
    root.querySelector('button')!.click();
    fake.querySelector('button')!.click();
    expect(ours).toHaveBeenCalledTimes(1);
    expect(page).not.toHaveBeenCalled();
    expect(onHold).toHaveBeenCalledTimes(1);
  });

  test('release without a held action just opens the gate', () => {
    document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
    const handler = vi.fn();
    document.getElementById('issue')!.addEventListener('click', handler);
    arm();
    gate!.release();
    expect(handler).not.toHaveBeenCalled();
    document.getElementById('issue')!.click();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('rearm (new visitor) holds the next activation again', () => {
    document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
    const handler = vi.fn();
    const button = document.getElementById('issue')!;
    button.addEventListener('click', handler);
    arm();
    button.click();
    gate!.release();
    expect(handler).toHaveBeenCalledTimes(1);
    gate!.rearm();
    button.click();
    expect(handler).toHaveBeenCalledTimes(1);
    gate!.release();
    expect(handler).toHaveBeenCalledTimes(2);
  });

  test('a held element removed from the page is not replayed', () => {
    document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
    const button = document.getElementById('issue')!;
    const handler = vi.fn();
    button.addEventListener('click', handler);
    arm();
    button.click();
    button.remove();
    gate!.release();
    expect(handler).not.toHaveBeenCalled();
  });

  test('aborting its signal removes the listeners', () => {
    document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
    const handler = vi.fn();
    document.getElementById('issue')!.addEventListener('click', handler);
    const { controller } = startGate();
    document.getElementById('issue')!.click();
    expect(handler).not.toHaveBeenCalled();
    controller.abort();
    document.getElementById('issue')!.click();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('a link with href is held and followed after release', () => {
    document.body.innerHTML = '<a id="issue" href="#issue-done">Выдать карту</a>';
    const handler = vi.fn();
    document.getElementById('issue')!.addEventListener('click', handler);
    arm();
    document.getElementById('issue')!.click();
    expect(handler).not.toHaveBeenCalled();
    gate!.release();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('Enter on a focused [role=button] issue control: its keydown handler waits, then gets the key once', () => {
    document.body.innerHTML = '<div role="button" tabindex="0" id="issue">Оформить социальную карту</div>';
    const control = document.getElementById('issue')!;
    const keys: string[] = [];
    const clickHandler = vi.fn();
    control.addEventListener('keydown', (event) => keys.push(event.key));
    control.addEventListener('click', clickHandler);
    const onHold = arm();
    control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(keys).toEqual([]);
    expect(onHold).toHaveBeenCalledTimes(1);
    gate!.release();
    expect(keys).toEqual(['Enter']);
    // A div makes no click of a key press: replaying one would run a page that handles both twice.
    expect(clickHandler).not.toHaveBeenCalled();
  });

  test('other keys pass; Enter and Space on the issue control are held', () => {
    document.body.innerHTML =
      '<div role="button" tabindex="0" id="issue">Оформить социальную карту</div><button id="b">Выдать карту</button>';
    const keys: string[] = [];
    document.body.addEventListener('keydown', (event) => keys.push(event.key));
    const onHold = arm();
    for (const [id, key] of [
      ['issue', 'Tab'],
      ['b', 'a'],
      ['b', 'Enter'],
      ['issue', ' '],
    ]) {
      document.getElementById(id)!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }
    expect(keys).toEqual(['Tab', 'a']);
    expect(onHold).toHaveBeenCalledTimes(2);
  });
});
