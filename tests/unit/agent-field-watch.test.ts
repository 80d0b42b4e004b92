import { createFieldWatch } from '@/utils/agent/field-watch';
import { readForm } from '@/utils/agent/fields-reader';
import { createLifecycle } from '@/utils/agent/lifecycle';
import { noticeEach, settle, watching } from './field-watch-helpers';

// The form watcher costs nothing for a busy page's own updates: only changes that add, remove or alter fillable
// controls (or the labels that name them) ask for a reading, once per frame, and the agent compares the description
// (agent-kinds.test.ts); a choice made in a list, which leaves no record, asks too. It stops while the panel is
// collapsed. What a reading hands it to follow (boxes, components, shadow roots): agent-field-watch-followed.test.ts;
// subtrees the page keeps changing: agent-field-watch-churn.test.ts.

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('a grid redrawn with its selection checkboxes, a clock, a class on <body>, a spinner cost no look; a new field does', async () => {
  const { life, notices } = watching(
    '<table><tbody id="grid"></tbody></table><time id="clock"></time><span id="spin"></span>' +
      '<form id="f"><label for="a">Фамилия</label><input id="a" name="fam"></form>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1)); // turning on reports the page as it is
  const frames = vi.spyOn(window, 'requestAnimationFrame');
  const grid = document.getElementById('grid')!;
  for (let i = 0; i < 5; i++) {
    grid.innerHTML =
      `<tr><td><input type="checkbox" aria-label="Выбрать ${i}"></td><td>Иванов ${i}</td>` +
      `<td><button>Открыть</button></td><td><label><input type="checkbox"> отметить</label></td></tr>`;
    document.getElementById('clock')!.textContent = `10:0${i}`;
    document.body.classList.toggle('is-busy');
    document.getElementById('spin')!.style.transform = `rotate(${i * 30}deg)`;
    await settle();
  }
  expect(frames).not.toHaveBeenCalled();
  // The positive control, on the same page: a field added to the form.
  document.getElementById('f')!.insertAdjacentHTML('beforeend', '<input name="snils">');
  await vi.waitFor(() => expect(notices.count).toBe(2));
  expect(frames).toHaveBeenCalled();
  life.stop();
});

test('notifies once per burst while on; nothing while off or after the end', async () => {
  document.body.innerHTML = '<form id="f"></form><div id="rows"></div>';
  const life = createLifecycle({ id: 'ext' });
  const notices: number[] = [];
  const watch = createFieldWatch(document, life, () => notices.push(Date.now()));
  const form = document.getElementById('f')!;
  const rows = document.getElementById('rows')!;

  form.innerHTML = '<input>'; // off: not watched
  await settle();
  expect(notices).toHaveLength(0);

  watch.setOn(true); // turning on reports once: the page may have changed meanwhile
  await vi.waitFor(() => expect(notices).toHaveLength(1));
  for (let i = 0; i < 50; i++) rows.innerHTML = `<p>строка ${i}</p>`; // the page's own work
  form.append(document.createElement('select'), document.createElement('textarea')); // one burst
  await vi.waitFor(() => expect(notices).toHaveLength(2));
  await settle();
  expect(notices).toHaveLength(2);

  watch.setOn(false);
  form.append(document.createElement('input'));
  await settle();
  expect(notices).toHaveLength(2);

  watch.setOn(true);
  await vi.waitFor(() => expect(notices).toHaveLength(3));
  life.stop();
  form.append(document.createElement('input'));
  await settle();
  expect(notices).toHaveLength(3);
});

test('a label renamed (also in place), options a list gains later, a field disabled, retyped or removed are each reported; a busy page’s text is not', async () => {
  const { life, notices } = watching(
    '<form id="f"><label for="a">Фамилия</label><input id="a" name="fam"><p id="hint">Введите</p>' +
      '<fieldset id="more"><legend>Документ</legend><label for="b">СНИЛС</label><input id="b" name="snils"></fieldset>' +
      '<label for="lk">Категория</label><select id="lk"><option value="">—</option></select>' +
      '<input name="org" list="orgs"><datalist id="orgs"></datalist></form>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  const heard = noticeEach(notices);
  document.getElementById('hint')!.textContent = 'Введите фамилию'; // text outside labels: nothing
  await settle(); // the frame a notice of it would have come in
  expect(notices.count).toBe(1);
  await heard(() => {
    document.querySelector('label')!.textContent = 'Фамилия заявителя';
  });
  expect(notices.count).toBe(2);
  await heard(() => document.querySelector('legend')!.append(' (основной)'));
  // Text patched in place, as frameworks write it (the node kept, its data changed): outside labels nothing; in a
  // label, in a legend a notice.
  const inPlace = (el: Element, text: string) => {
    (el.firstChild as Text).data = text;
  };
  const seen = notices.count;
  inPlace(document.getElementById('hint')!, 'Введите фамилию полностью');
  await settle(); // the frame a notice of it would have come in (the label's below comes in the same)
  expect(notices.count).toBe(seen);
  await heard(() => inPlace(document.querySelector('label')!, 'Фамилия гражданина'));
  await heard(() => inPlace(document.querySelector('legend')!, 'Удостоверение'));
  // A dictionary that comes after the form: options put into the list, renamed, and a datalist's.
  await heard(() =>
    document
      .getElementById('lk')!
      .insertAdjacentHTML('beforeend', '<option value="101">Ветераны труда</option>'),
  );
  await heard(() => {
    document.querySelector('option[value="101"]')!.textContent = 'Ветераны труда НСО';
  });
  await heard(() =>
    document.getElementById('orgs')!.insertAdjacentHTML('beforeend', '<option value="ОСОН">'),
  );
  await heard(() => document.querySelector('[name="fam"]')!.setAttribute('disabled', ''));
  await heard(() => document.getElementById('more')!.setAttribute('disabled', ''));
  await heard(() => document.querySelector('[name="fam"]')!.setAttribute('type', 'password'));
  await heard(() => document.querySelector('[name="snils"]')!.remove());
  life.stop();
});

test('a card of thousands of controls costs the watcher one filter pass: asked for in its frame; the reading gives the page its turns', async () => {
  document.body.innerHTML = '<form id="f"></form>';
  let pageRan = false;
  const reports: boolean[] = []; // for each report: had the page's task run by then?
  const life = createLifecycle({ id: 'ext' });
  createFieldWatch(document, life, () => reports.push(pageRan)).setOn(true);
  await vi.waitFor(() => expect(reports).toHaveLength(1));
  // The page adds fields, then queues its own work for right after the frame in which the watch asks for a reading.
  const add = async (html: string) => {
    pageRan = false;
    const before = reports.length;
    document.getElementById('f')!.insertAdjacentHTML('beforeend', html);
    requestAnimationFrame(() => setTimeout(() => (pageRan = true), 0));
    await vi.waitFor(() => expect(reports).toHaveLength(before + 1), { timeout: 10_000 });
    return reports[before];
  };
  expect(await add('<label for="one">Фамилия</label><input id="one">')).toBe(false);
  const card = Array.from(
    { length: 3000 },
    (_, i) => `<label for="x${i}">Показатель ${i}</label><input id="x${i}">`,
  );
  expect(await add(card.join(''))).toBe(false); // the watcher itself holds nothing up
  // The reading of those 3,000 controls goes in turns: the page's task queued as it starts runs before it ends.
  pageRan = false;
  setTimeout(() => (pageRan = true), 0);
  const { description } = await readForm(window, undefined);
  expect(description.controls.length).toBe(3001);
  expect(pageRan).toBe(true);
  life.stop();
  // happy-dom reads 3,000 controls in seconds (4.5 s on an idle two-core machine): room for a loaded one.
}, 30_000);

test('a form moved into a new container is still watched there: removing that container is reported', async () => {
  const { life, notices } = watching(
    '<div id="old"><form id="f"><label>Фамилия <input name="fam"></label></form></div><div id="dock"></div>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  const wrapper = document.createElement('section');
  document.getElementById('dock')!.append(wrapper);
  await settle();
  expect(notices.count).toBe(1); // an empty container is nothing to the watch
  wrapper.append(document.getElementById('f')!); // a framework moves the card into its new layout
  await vi.waitFor(() => expect(notices.count).toBe(2));
  document.getElementById('old')!.remove(); // the form's former container: nothing watched left there
  await settle();
  const before = notices.count;
  wrapper.remove(); // the form goes with its new container
  await vi.waitFor(() => expect(notices.count).toBe(before + 1));
  life.stop();
});

test('a choice the clerk makes in a list asks for a reading (no record tells of it); a value typed, or a list written by a script, does not', async () => {
  const { life, notices } = watching(
    '<form><label for="fam">Фамилия</label><input id="fam">' +
      '<label for="vid">Вид документа</label><select id="vid"><option value="">—</option>' +
      '<option value="21">Паспорт гражданина РФ</option></select></form>',
  );
  await vi.waitFor(() => expect(notices.count).toBe(1));
  const fam = document.getElementById('fam') as HTMLInputElement;
  const vid = document.getElementById('vid') as HTMLSelectElement;
  /** An event as the browser marks a person's input (happy-dom marks none). */
  const byClerk = (el: Element, type: string) => {
    const event = new Event(type, { bubbles: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    el.dispatchEvent(event);
  };
  const seen = notices.count;
  fam.value = 'Иванова';
  byClerk(fam, 'input');
  byClerk(fam, 'change');
  // A list written as the extension's own fill writes it (or a page script): its `change` is not the browser's.
  vid.value = '21';
  vid.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(); // the frame a notice of the typing or the script would have come in
  // The clerk's choice: the one notice (the typing's or the script's would have made it two).
  vid.value = '';
  byClerk(vid, 'change');
  await vi.waitFor(() => expect(notices.count).toBe(seen + 1));
  await settle();
  expect(notices.count).toBe(seen + 1);
  life.stop();
  // After the end, a choice asks for nothing.
  vid.value = '21';
  byClerk(vid, 'change');
  await settle();
  expect(notices.count).toBe(seen + 1);
});
