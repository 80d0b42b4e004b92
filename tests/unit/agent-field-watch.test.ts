import { createFieldWatch, touchesControls } from '@/utils/agent/field-watch';
import { createLifecycle } from '@/utils/agent/lifecycle';

// The form watcher costs nothing for a busy page's own updates: only changes that add, remove or show form
// controls (or labels) notify the panel, once per frame; it stops while the panel is collapsed.

afterEach(() => {
  document.body.innerHTML = '';
});

function records(mutate: () => void): Promise<MutationRecord[]> {
  return new Promise((resolve) => {
    const observer = new MutationObserver((list) => {
      observer.disconnect();
      resolve(list);
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    mutate();
  });
}

test('a table redraw, a clock tick or a spinner is not a form change; a new control or a label is', async () => {
  document.body.innerHTML =
    '<table id="grid"><tbody></tbody></table><span id="clock">10:00</span><form id="f"></form>';
  const grid = document.querySelector('#grid tbody')!;
  expect(
    touchesControls(await records(() => (grid.innerHTML = '<tr><td>Иванов</td><td>12:00</td></tr>'))),
  ).toBe(false);
  expect(
    touchesControls(await records(() => (document.getElementById('clock')!.textContent = '10:01'))),
  ).toBe(false);
  expect(
    touchesControls(await records(() => document.getElementById('clock')!.setAttribute('class', 'tick'))),
  ).toBe(false);
  // Positive controls in the same page: a control, a label, a control shown by its container's class.
  expect(touchesControls(await records(() => (document.getElementById('f')!.innerHTML = '<input>')))).toBe(
    true,
  );
  expect(
    touchesControls(
      await records(() => document.getElementById('f')!.append(document.createElement('label'))),
    ),
  ).toBe(true);
  expect(
    touchesControls(await records(() => document.getElementById('f')!.setAttribute('class', 'shown'))),
  ).toBe(true);
});

test('notifies once per burst while on; nothing while off or after the end', async () => {
  document.body.innerHTML = '<form id="f"></form><div id="rows"></div>';
  const life = createLifecycle({ id: 'ext' });
  const notices: number[] = [];
  const watch = createFieldWatch(document, life, () => notices.push(Date.now()));
  const form = document.getElementById('f')!;
  const rows = document.getElementById('rows')!;

  form.innerHTML = '<input>'; // off: not watched
  await new Promise((r) => setTimeout(r, 30));
  expect(notices).toHaveLength(0);

  watch.setOn(true); // turning on reports once: the page may have changed meanwhile
  await vi.waitFor(() => expect(notices).toHaveLength(1));
  for (let i = 0; i < 50; i++) rows.innerHTML = `<p>строка ${i}</p>`; // the page's own work
  form.append(document.createElement('select'), document.createElement('textarea')); // one burst
  await vi.waitFor(() => expect(notices).toHaveLength(2));
  await new Promise((r) => setTimeout(r, 30));
  expect(notices).toHaveLength(2);

  watch.setOn(false);
  form.append(document.createElement('input'));
  await new Promise((r) => setTimeout(r, 30));
  expect(notices).toHaveLength(2);

  watch.setOn(true);
  await vi.waitFor(() => expect(notices).toHaveLength(3));
  life.stop();
  form.append(document.createElement('input'));
  await new Promise((r) => setTimeout(r, 30));
  expect(notices).toHaveLength(3);
});
