import { browserLikeMutationRecords, settle, watching } from './field-watch-helpers';

// A subtree the page keeps changing — a grid refilled with row editors ten times a second, a clock in a field's
// label — churns: its records are passed over while it keeps changing and it is looked at once when quiet, while the
// rest of the page is heard at once. Changes that do not touch fields (tooltips) never make a subtree churn.

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('a grid that keeps replacing its row editors is left alone while it churns and looked at once when quiet; the form is still heard', async () => {
  const { life, notices } = watching(
    '<table><tbody id="grid"></tbody></table><form id="f"><label for="a">Фамилия</label><input id="a"></form>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  const grid = document.getElementById('grid')!;
  const redraw = (i: number) => {
    grid.innerHTML = Array.from(
      { length: 5 },
      (_, row) => `<tr><td><input aria-label="Комментарий ${i}-${row}" name="note${i}-${row}"></td></tr>`,
    ).join('');
  };
  // The first redraws are changes like any other, each looked at.
  for (let i = 0; i < 3; i++) {
    redraw(i);
    await vi.waitFor(() => expect(notices.count).toBe(2 + i));
  }
  // From the fourth within five seconds the grid churns: its redraws are passed over.
  const before = notices.count;
  for (let i = 3; i < 9; i++) {
    redraw(i);
    await settle();
  }
  expect(notices.count).toBeLessThanOrEqual(before + 1); // at most the one batch that tipped it
  const churning = notices.count;
  // Positive control while the grid churns: a field added to the form is reported at once.
  document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>СНИЛС <input name="snils"></label>');
  redraw(9);
  await vi.waitFor(() => expect(notices.count).toBe(churning + 1));
  // The grid quiet for a second and a half: it is looked at once more, and its editors as they are now are reported.
  await vi.waitFor(() => expect(notices.count).toBe(churning + 2), { timeout: 3000 });
  life.stop();
});

test('a clock inside a label, changing once a second, churns from its fourth change within five seconds', async () => {
  const { life, notices } = watching(
    '<form id="f"><label for="d">Дата обращения <span id="clock"></span></label><input id="d" name="date"></form>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  // The page's clock: a second between changes (the watcher reads the time from performance.now).
  let now = performance.now();
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const clock = document.getElementById('clock')!;
  const tick = (i: number) => {
    now += 1000;
    clock.textContent = `12:00:0${i}`;
  };
  // Each of the first changes renames the field and is looked at.
  for (let i = 0; i < 4; i++) {
    tick(i);
    await vi.waitFor(() => expect(notices.count).toBe(2 + i));
  }
  // From then on the label is passed over while it keeps changing.
  const frames = vi.spyOn(window, 'requestAnimationFrame');
  for (let i = 4; i < 8; i++) {
    tick(i);
    await settle();
  }
  expect(frames).not.toHaveBeenCalled();
  // Positive control meanwhile: a field added to the form is reported at once.
  const seen = notices.count;
  document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>СНИЛС <input name="snils"></label>');
  await vi.waitFor(() => expect(notices.count).toBe(seen + 1));
  life.stop();
});

test('a container that keeps getting tooltips never churns: a field added under it is reported at once', async () => {
  const { life, notices } = watching(
    '<main id="app"><form id="f"><label>Фамилия <input name="fam"></label></form></main>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  const app = document.getElementById('app')!;
  for (let i = 0; i < 8; i++) {
    app.insertAdjacentHTML('beforeend', `<div role="tooltip">Подсказка ${i}</div>`);
    await settle();
  }
  const before = Date.now();
  document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>СНИЛС <input name="snils"></label>');
  await vi.waitFor(() => expect(notices.count).toBe(2));
  expect(Date.now() - before).toBeLessThan(500); // not held for the quiet second
  life.stop();
});

test('a grid whose rows are all replaced ten times a second churns though they hold no field: its redraws are no longer searched, and a field that comes into it is counted once it is quiet', async () => {
  browserLikeMutationRecords();
  const { life, notices } = watching(
    '<table><tbody id="grid"></tbody></table><form id="f"><label for="a">Фамилия</label><input id="a"></form>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  const grid = document.getElementById('grid')!;
  const rows = (i: number, extra = '') => {
    const t = document.createElement('template');
    t.innerHTML = `<table><tbody>${Array.from(
      { length: 6 },
      (_, n) =>
        `<tr><td><input type="checkbox" aria-label="Выбрать ${i}-${n}"></td><td>Обращение ${n}</td></tr>`,
    ).join('')}${extra}</tbody></table>`;
    return Array.from(t.content.querySelectorAll('tr'));
  };
  const redraw = (i: number, extra = '') => grid.replaceChildren(...rows(i, extra));
  const searched = vi.spyOn(grid, 'querySelectorAll');
  // The first redraws are searched (the positive control for the silence below): nothing in them counts.
  for (let i = 0; i < 4; i++) {
    redraw(i);
    await settle();
  }
  expect(searched).toHaveBeenCalled();
  searched.mockClear();
  for (let i = 4; i < 9; i++) {
    redraw(i);
    await settle();
  }
  expect(searched).not.toHaveBeenCalled();
  expect(notices.count).toBe(1);
  // A field added to the form meanwhile is heard at once.
  document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>СНИЛС <input name="snils"></label>');
  await vi.waitFor(() => expect(notices.count).toBe(2));
  // The grid gets an editor and goes quiet: looked at once, the editor is counted.
  redraw(9, '<tr><td><label>Комментарий <input name="note"></label></td></tr>');
  await vi.waitFor(() => expect(notices.count).toBe(3), { timeout: 3000 });
  life.stop();
});
