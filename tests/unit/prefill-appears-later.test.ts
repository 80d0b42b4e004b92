import { expect, test } from 'vitest';
import { appearsLater, OTHER_POPUPS } from '@/utils/prefill/listbox';

// A popup the fill's write may have opened: only what comes into the page after the watch began counts — added, inside
// what is added, or given its role — and nothing is watched once the watch is stopped.

function page() {
  document.body.innerHTML = `<div role="dialog" id="old">справка</div><form><input id="box"></form>`;
  return document;
}

test('a dialog that was there before does not count; one added since does, also deep inside what was added', () => {
  const doc = page();
  const appeared = appearsLater(doc, OTHER_POPUPS, () => true);
  expect(appeared()).toBe(false);
  const wrapper = doc.createElement('div');
  wrapper.innerHTML = '<section><div role="grid">календарь</div></section>';
  doc.body.append(wrapper);
  expect(appeared()).toBe(true);
  appeared.stop();
});

test('an element given the role later counts, one that fails `counts` or has left the page does not', () => {
  const doc = page();
  const late = doc.createElement('div');
  doc.body.append(late);
  const appeared = appearsLater(doc, OTHER_POPUPS, (el) => el.id !== 'hidden');
  const hidden = doc.createElement('div');
  hidden.id = 'hidden';
  hidden.setAttribute('role', 'dialog');
  doc.body.append(hidden);
  const gone = doc.createElement('div');
  gone.setAttribute('role', 'dialog');
  doc.body.append(gone);
  gone.remove();
  expect(appeared()).toBe(false);
  late.setAttribute('role', 'alertdialog');
  expect(appeared()).toBe(true);
  appeared.stop();
});

test('once stopped, a dialog added after is not seen, while a watch still running sees it', () => {
  const doc = page();
  const stopped = appearsLater(doc, OTHER_POPUPS, () => true);
  const running = appearsLater(doc, OTHER_POPUPS, () => true);
  stopped.stop();
  const dialog = doc.createElement('div');
  dialog.setAttribute('role', 'dialog');
  doc.body.append(dialog);
  expect(running()).toBe(true);
  expect(stopped()).toBe(false);
  running.stop();
});
