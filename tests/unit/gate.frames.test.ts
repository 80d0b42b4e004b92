import { afterEach, describe, expect, test } from 'vitest';
import { pageLog, realClick, startGate, stopGates } from './gate-helpers';

// Same-origin frames: the issue control in a frame is held like one in the page — frames present at start, added
// later, and frames whose document is replaced (a navigation, a new srcdoc).

afterEach(stopGates);

const FRAME_BODY = '<button id="issue">Оформить социальную карту</button><button id="find">Найти</button>';

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

async function addFrame(srcdoc: string, parent: ParentNode = document.body): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = srcdoc;
  const ready = loaded(frame);
  parent.append(frame);
  await ready;
  return frame;
}

function frameControls(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const issue = doc.getElementById('issue')!;
  const find = doc.getElementById('find')!;
  return { issue, find, log: pageLog({ issue, find }, ['mousedown', 'click']) };
}

describe('same-origin frames', () => {
  test('a frame present before the gate: its issue control is held, its «Найти» is not', async () => {
    const frame = await addFrame(FRAME_BODY);
    const { gate, onHold } = startGate();
    const { issue, find, log } = frameControls(frame);
    realClick(find);
    realClick(issue);
    expect(log).toEqual(['find:mousedown', 'find:click']);
    expect(onHold).toHaveBeenCalledWith(issue);
    gate.release();
    expect(log).toEqual(['find:mousedown', 'find:click', 'issue:mousedown', 'issue:click']);
  });

  test('a frame added after the gate, and a frame inside it', async () => {
    const { gate } = startGate();
    const outer = await addFrame('<div id="slot"></div>');
    const inner = await addFrame(FRAME_BODY, outer.contentDocument!.getElementById('slot')!);
    const { issue, find, log } = frameControls(inner);
    realClick(find);
    realClick(issue);
    expect(log).toEqual(['find:mousedown', 'find:click']);
    gate.release();
    expect(log).toContain('issue:click');
  });

  test('a frame whose document is replaced is watched again', async () => {
    const frame = await addFrame('<p>Загрузка…</p>');
    const { gate } = startGate();
    const oldWindow = frame.contentDocument;
    const navigated = loaded(frame);
    frame.srcdoc = FRAME_BODY;
    await navigated;
    expect(frame.contentDocument).not.toBe(oldWindow);
    const { issue, find, log } = frameControls(frame);
    realClick(find);
    realClick(issue);
    expect(log).toEqual(['find:mousedown', 'find:click']);
    gate.release();
    expect(log.filter((entry) => entry.startsWith('issue'))).toEqual(['issue:mousedown', 'issue:click']);
  });

  test('after the signal is aborted, frames are no longer watched', async () => {
    const { controller } = startGate();
    controller.abort();
    const frame = await addFrame(FRAME_BODY);
    const { issue, log } = frameControls(frame);
    realClick(issue);
    expect(log).toEqual(['issue:mousedown', 'issue:click']);
  });
});
