import { afterEach, describe, expect, test, vi } from 'vitest';
import { byId, pageLog, press, realClick, startGate, stopGates } from './gate-helpers';

// Every way a page can act on its issue control is held, and carried out once, the way the page listens, after a
// refusal. Each test has a non-issuing control on the same page that acts at once (the positive control).

afterEach(stopGates);

const GESTURE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

function toolbar(): { issue: HTMLElement; draft: HTMLElement } {
  document.body.innerHTML = `
    <button id="draft" type="button">Сохранить черновик заявления на карту</button>
    <button id="issue" type="button"><i class="icon"></i> Выпустить карту</button>`;
  return { issue: byId('issue'), draft: byId('draft') };
}

describe('pointer and mouse', () => {
  test.each(GESTURE)('a control acting on %s: held, then the whole gesture is replayed once', (type) => {
    const { issue, draft } = toolbar();
    const log = pageLog({ issue, draft }, [type]);
    const { gate, onHold } = startGate();
    realClick(draft);
    realClick(issue);
    expect(log).toEqual([`draft:${type}`]);
    expect(onHold).toHaveBeenCalledTimes(1);
    expect(gate.state).toBe('holding');
    gate.release();
    expect(log).toEqual([`draft:${type}`, `issue:${type}`]);
  });

  test('the replay is the full sequence, in order, on the element that was pressed (an icon inside the button)', () => {
    const { issue } = toolbar();
    const icon = issue.querySelector('i')!;
    const seen: string[] = [];
    for (const type of [...GESTURE, 'touchstart']) {
      issue.addEventListener(type, (event) => {
        const e = event as MouseEvent;
        seen.push(`${type}@${(e.target as Element).localName}:${e.clientX},${e.clientY}`);
      });
    }
    const { gate } = startGate();
    realClick(icon, { clientX: 31, clientY: 17 });
    gate.release();
    expect(seen).toEqual(GESTURE.map((type) => `${type}@i:31,17`));
    gate.release();
    expect(seen).toHaveLength(GESTURE.length);
  });

  test('a touch on the control is held and replayed as the pointer sequence', () => {
    const { issue, draft } = toolbar();
    const log = pageLog({ issue, draft }, ['touchstart', 'touchend', 'click']);
    const { gate } = startGate();
    for (const el of [draft, issue]) {
      el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, cancelable: true, composed: true }));
      el.dispatchEvent(new TouchEvent('touchend', { bubbles: true, cancelable: true, composed: true }));
    }
    expect(log).toEqual(['draft:touchstart', 'draft:touchend']);
    gate.release();
    expect(log).toEqual(['draft:touchstart', 'draft:touchend', 'issue:click']);
  });

  test('issueButton.click() from page script is held (not trusted either way); the replay alone passes', () => {
    const { issue, draft } = toolbar();
    const log = pageLog({ issue, draft }, ['click']);
    const { gate, onHold } = startGate();
    draft.click();
    issue.click();
    issue.click();
    expect(log).toEqual(['draft:click']);
    expect(onHold).toHaveBeenCalledTimes(2);
    gate.release();
    expect(log).toEqual(['draft:click', 'issue:click']);
  });

  test('a page handler on window in the capture phase, added after the gate, is silenced for the issue control', () => {
    const { issue, draft } = toolbar();
    startGate();
    const seen: string[] = [];
    window.addEventListener('mousedown', (event) => seen.push((event.target as Element).id), true);
    realClick(draft);
    realClick(issue);
    expect(seen).toEqual(['draft']);
  });

  test('one onHold per gesture, however many of its events were held', () => {
    const { issue } = toolbar();
    const { onHold } = startGate();
    realClick(issue);
    realClick(issue);
    press(issue, 'Enter');
    press(issue, 'Enter', 'keyup');
    expect(onHold).toHaveBeenCalledTimes(3);
  });
});

describe('keyboard', () => {
  test('Enter on a native button: keydown and keyup are held; the replay gives the keys and the click once', () => {
    const { issue, draft } = toolbar();
    const log = pageLog({ issue, draft }, ['keydown', 'keyup', 'click']);
    const { gate } = startGate();
    press(draft, 'Enter');
    press(draft, 'Enter', 'keyup');
    press(issue, 'Enter');
    press(issue, 'Enter', 'keyup');
    expect(log).toEqual(['draft:keydown', 'draft:keyup']);
    gate.release();
    expect(log.slice(2)).toEqual(['issue:keydown', 'issue:click', 'issue:keyup']);
  });

  test('Space on a native button clicks after keyup; a page that cancels the key gets no click', () => {
    const { issue } = toolbar();
    const log = pageLog({ issue }, ['keydown', 'keyup', 'click']);
    const { gate } = startGate();
    press(issue, ' ');
    gate.release();
    expect(log).toEqual(['issue:keydown', 'issue:keyup', 'issue:click']);

    document.body.innerHTML = '<button id="issue2">Выдать карту</button>';
    const cancelling = byId('issue2');
    cancelling.addEventListener('keydown', (event) => event.preventDefault());
    const clicks = vi.fn();
    cancelling.addEventListener('click', clicks);
    const second = startGate().gate;
    press(cancelling, 'Enter');
    second.release();
    expect(clicks).not.toHaveBeenCalled();
  });

  test('a keyup-acting control is held too; keys typed in a field never are', () => {
    document.body.innerHTML = `<form id="f"><input id="field" name="snils"></form>
      <div role="button" tabindex="0" id="issue">Оформить социальную карту</div>`;
    const log = pageLog({ issue: byId('issue'), field: byId('field') }, ['keyup']);
    const { gate } = startGate();
    press(byId('field'), ' ', 'keyup');
    press(byId('issue'), ' ', 'keyup');
    expect(log).toEqual(['field:keyup']);
    gate.release();
    expect(log).toEqual(['field:keyup', 'issue:keyup']);
  });
});

describe('submit and requestSubmit()', () => {
  function forms() {
    document.body.innerHTML = `
      <form id="search"><input name="q"><button id="find">Найти</button></form>
      <form id="card"><input name="snils" value="112-233-445 95">
        <button id="issue">Оформить социальную карту</button>
        <button id="draft" formnovalidate>Сохранить черновик</button></form>`;
    const sent: string[] = [];
    for (const id of ['search', 'card']) {
      byId(id).addEventListener('submit', (event) => {
        event.preventDefault();
        // happy-dom reports the form itself as the submitter of requestSubmit(); browsers report null.
        const submitter = (event as SubmitEvent).submitter;
        sent.push(`${id}:${submitter && submitter !== event.target ? submitter.id : 'none'}`);
      });
    }
    return { sent, search: byId<HTMLFormElement>('search'), card: byId<HTMLFormElement>('card') };
  }

  test('requestSubmit() without a submitter from a timer is held and replayed once, still without one', async () => {
    const { sent, search, card } = forms();
    const { gate, onHold } = startGate();
    await new Promise((resolve) =>
      setTimeout(() => {
        search.requestSubmit();
        card.requestSubmit();
        resolve(null);
      }),
    );
    expect(sent).toEqual(['search:none']);
    expect(onHold).toHaveBeenCalledWith(byId('issue'));
    gate.release();
    expect(sent).toEqual(['search:none', 'card:none']);
  });

  test('requestSubmit(submitter) decides by the submitter and replays with it', () => {
    const { sent, card } = forms();
    const { gate } = startGate();
    card.requestSubmit(byId('draft'));
    card.requestSubmit(byId('issue'));
    expect(sent).toEqual(['card:draft']);
    gate.release();
    expect(sent).toEqual(['card:draft', 'card:issue']);
  });

  test('a mousedown handler that calls requestSubmit() is held at mousedown, and runs once after release', () => {
    const { sent, card } = forms();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<span id="look" tabindex="0">Найти</span><span id="go" tabindex="0">Выдать карту</span>',
    );
    byId('look').addEventListener('mousedown', () => byId<HTMLFormElement>('search').requestSubmit());
    byId('go').addEventListener('mousedown', () => card.requestSubmit());
    const { gate } = startGate();
    realClick(byId('look'));
    realClick(byId('go'));
    expect(sent).toEqual(['search:none']);
    gate.release();
    expect(sent).toEqual(['search:none', 'card:none']);
  });
});
