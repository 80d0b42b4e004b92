import { fakeResizeObserver, settle, watching } from './field-watch-helpers';

// What each reading hands the form watcher to follow until the next one, where no mutation record tells: a control's
// box appearing or going (the layout's resize reports, measured against what the reading saw), a component defined
// after it came, and the open shadow roots the reading went through — also those of components nested in a new card.

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('a field shown or hidden by the layout is a change, measured against what the reading saw; a resize alone is not', async () => {
  const layout = fakeResizeObserver();
  const { life, notices } = watching(
    '<form><input name="fam"><div class="closed"><input name="snils"></div></form>',
  );
  const [fam, snils] = document.querySelectorAll('input');
  // The reading, a frame later, finds the closed section's field without a box (happy-dom lays nothing out).
  vi.spyOn(snils, 'getClientRects').mockReturnValue([] as unknown as DOMRectList);
  await vi.waitFor(() => expect([...layout.targets()]).toEqual([fam, snils]));
  expect(notices.count).toBe(1);
  layout.report([
    [fam, 200],
    [snils, 0],
  ]); // the first reports agree with the reading: nothing
  layout.report([[fam, 160]]); // the panel docked, the window resized
  await settle();
  expect(notices.count).toBe(1);
  layout.report([[snils, 160]]); // its section shown
  await vi.waitFor(() => expect(notices.count).toBe(2));
  layout.report([[fam, 0]]);
  await vi.waitFor(() => expect(notices.count).toBe(3));
  snils.remove();
  await vi.waitFor(() => expect(notices.count).toBe(4));
  await vi.waitFor(() => expect([...layout.targets()]).toEqual([fam]));
  life.stop();
});

test('a box that went while the reading was under way is a change at its first report', async () => {
  const layout = fakeResizeObserver();
  const { life, notices } = watching('<form><input name="fam"><input name="snils"></form>');
  const [fam, snils] = document.querySelectorAll('input');
  await vi.waitFor(() => expect([...layout.targets()]).toEqual([fam, snils]));
  layout.report([[fam, 200]]); // the positive control: as the reading saw it, nothing
  await settle();
  expect(notices.count).toBe(1);
  layout.report([[snils, 0]]); // the reading saw a box; the first report finds none
  await vi.waitFor(() => expect(notices.count).toBe(2));
  life.stop();
});

test('a component defined after it came is looked at once its box appears or changes; one never defined is let go when removed', async () => {
  const layout = fakeResizeObserver();
  const { life, notices } = watching(
    '<form id="f"><label>Фамилия <input name="fam"></label><x-later-field></x-later-field>' +
      '<x-sized-field></x-sized-field><x-never></x-never></form>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  const fam = document.querySelector('[name="fam"]')!;
  const later = document.querySelector('x-later-field')!;
  const sized = document.querySelector('x-sized-field')!; // the page gives it a box before it is defined
  const never = document.querySelector('x-never')!;
  await vi.waitFor(() => expect([...layout.targets()]).toEqual([fam, later, sized, never])); // three wait for their definition
  layout.report([
    [fam, 200],
    [later, 0],
    [sized, 200],
    [never, 0],
  ]);
  const field = (name: string) =>
    class extends HTMLElement {
      connectedCallback() {
        this.attachShadow({ mode: 'open' }).innerHTML = `<label for="i">${name}</label><input id="i">`;
      }
    };
  customElements.define('x-later-field', field('Имя'));
  await settle();
  expect(notices.count).toBe(1); // an upgrade brings no mutation record
  layout.report([[later, 300]]); // rendered: its box appears
  await vi.waitFor(() => expect(notices.count).toBe(2));
  await vi.waitFor(() => expect(layout.targets().has(later)).toBe(false)); // no longer waited for
  // Its shadow root is watched from now on: a field added in it is reported.
  later.shadowRoot!.append(Object.assign(document.createElement('input'), { name: 'middle' }));
  await vi.waitFor(() => expect(notices.count).toBe(3));
  // One that had a box already: a report of its new size, once it is defined, is enough.
  layout.report([[sized, 260]]); // the page's own layout moved it, still undefined: nothing
  await settle();
  expect(layout.targets().has(sized)).toBe(true);
  customElements.define('x-sized-field', field('СНИЛС'));
  layout.report([[sized, 300]]);
  await vi.waitFor(() => expect(notices.count).toBe(4));
  await vi.waitFor(() => expect(layout.targets().has(sized)).toBe(false));
  sized.shadowRoot!.append(document.createElement('textarea'));
  await vi.waitFor(() => expect(notices.count).toBe(5)); // its shadow root is watched too
  // A card that comes later with a component not defined yet: that one is waited for too.
  document
    .getElementById('f')!
    .insertAdjacentHTML('beforeend', '<section><x-card-field></x-card-field></section>');
  const card = document.querySelector('x-card-field')!;
  await vi.waitFor(() => expect(layout.targets().has(card)).toBe(true));
  // One never defined is let go when the page removes it.
  never.remove();
  await vi.waitFor(() => expect(layout.targets().has(never)).toBe(false));
  life.stop();
});

test('a field added inside a component’s open shadow root is reported, also after the watch was off and on again', async () => {
  const { life, watch, notices } = watching('<form id="f"><x-card id="card"></x-card></form>');
  // In before the first reading, a frame later.
  const inner = document.getElementById('card')!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<label>Фамилия <input name="fam"></label><div id="more"></div>';
  await vi.waitFor(() => expect(notices.count).toBe(1));
  await settle(); // the reading has gone through the shadow root
  const more = inner.getElementById('more')!;
  more.insertAdjacentHTML('beforeend', '<label>Имя <input name="nam"></label>');
  await vi.waitFor(() => expect(notices.count).toBe(2));
  watch.setOn(false);
  watch.setOn(true); // showing the panel again reports the page as it is
  await vi.waitFor(() => expect(notices.count).toBe(3));
  more.insertAdjacentHTML('beforeend', '<label>Отчество <input name="pat"></label>');
  await vi.waitFor(() => expect(notices.count).toBe(4));
  life.stop();
});

test('a card whose fields live in components nested inside its markup is reported, and so are later changes in them', async () => {
  const { life, notices } = watching('<form id="f"><label for="a">Фамилия</label><input id="a"></form>');
  await vi.waitFor(() => expect(notices.count).toBe(1));
  // A plain wrapper arrives; the only field is in the open shadow root of a component two levels down.
  const row = document.createElement('div');
  const field = row.appendChild(document.createElement('div')).appendChild(document.createElement('x-input'));
  const inner = field.attachShadow({ mode: 'open' });
  inner.innerHTML = '<label>Имя <input name="nam"></label><div id="more"></div>';
  document.getElementById('f')!.append(row);
  await vi.waitFor(() => expect(notices.count).toBe(2));
  // Its shadow root is watched from then on.
  inner.getElementById('more')!.insertAdjacentHTML('beforeend', '<label>Отчество <input name="pat"></label>');
  await vi.waitFor(() => expect(notices.count).toBe(3));
  life.stop();
});
