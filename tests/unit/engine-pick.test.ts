import { createEngine } from '@/utils/engine/api';
import { PICK_TIME_LIMIT_MS, pickerCommands, TEST_HIGHLIGHT_MS } from '@/utils/engine/pick';
import { PICKER_ATTRIBUTE } from '@/utils/engine/pick-overlay';
import { createPageMarks } from '@/utils/page-marks/overlay';

// The field picker in the page: the layer over the page (a closed shadow root), the control a point stands for,
// Esc / Enter / Tab, same-origin frames, the selector's match count, and the test highlight. happy-dom has no
// layout, so the browser's hit testing (`elementsFromPoint`) is played by `pointAt`.

type PointRoot = { elementsFromPoint?: (x: number, y: number) => Element[] };

const layer = () => document.querySelector(`[${PICKER_ATTRIBUTE}]`) as HTMLElement | null;

/** What the browser reports under the pointer in `doc`: the picker's layer on top, then `stack`. */
function pointAt(stack: Element[], doc: Document = document) {
  (doc as PointRoot).elementsFromPoint = () => [
    ...(doc === document && layer() ? [layer() as Element] : []),
    ...stack,
  ];
}

function pointer(type: 'pointermove' | 'click') {
  const Event = type === 'click' ? MouseEvent : PointerEvent;
  layer()?.dispatchEvent(new Event(type, { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
}

function key(name: string, shiftKey = false) {
  layer()?.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true, composed: true }),
  );
}

async function frameWith(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument as Document;
}

const marks = () => createPageMarks(document);

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  layer()?.remove();
  delete (document as PointRoot).elementsFromPoint;
});

test('a click on a span inside a combobox picks the widget; the page never sees the click', async () => {
  document.body.innerHTML = `
    <form id="card">
      <span id="doc-label">Документ</span>
      <div role="combobox" aria-labelledby="doc-label" tabindex="0"><span id="shown">Паспорт</span></div>
    </form>`;
  const seen: string[] = [];
  document.addEventListener('click', (e) => seen.push((e.target as Element).id || 'layer'));
  const span = document.getElementById('shown') as HTMLElement;
  span.click();
  expect(seen).toEqual(['shown']); // positive control: the page hears clicks before the pick

  const picked = pickerCommands(document, marks()).pick({ title: 'Наименование документа-основания' });
  expect(layer()).not.toBeNull();
  expect(layer()?.shadowRoot).toBeNull(); // closed: the page cannot read the picker
  pointAt([span, span.parentElement as Element, document.body]);
  pointer('pointermove');
  pointer('click');
  expect(await picked).toEqual({
    status: 'picked',
    selector: 'div[aria-labelledby="doc-label"]',
    matchCount: 1,
  });
  expect(seen).toEqual(['shown']);
  expect(layer()).toBeNull();
});

test('a click on a label picks its field; a click on nothing picks nothing and Esc cancels', async () => {
  document.body.innerHTML = `
    <p id="text">Справка</p>
    <label id="lbl">Страховой номер <input id="ext-gen1234" name="ss"></label>`;
  const commands = pickerCommands(document, marks());
  const first = commands.pick({ title: 'СНИЛС' });
  pointAt([document.getElementById('text') as Element, document.body]);
  pointer('click');
  expect(layer()).not.toBeNull(); // nothing chosen yet
  key('Escape');
  expect(await first).toEqual({ status: 'cancelled' });
  expect(layer()).toBeNull();

  const second = commands.pick({ title: 'СНИЛС' });
  pointAt([document.getElementById('lbl') as Element, document.body]);
  pointer('click');
  expect(await second).toEqual({ status: 'picked', selector: 'input[name="ss"]', matchCount: 1 });
});

test('Tab walks the fields in page order and Enter picks; Enter never reaches the page', async () => {
  document.body.innerHTML = `
    <form id="f"><input name="a"><select name="b"><option>1</option></select><input type="submit"></form>`;
  const submitted = vi.fn();
  document.getElementById('f')?.addEventListener('submit', submitted);
  const picked = pickerCommands(document, marks()).pick({ title: 'Имя' });
  key('Tab');
  key('Tab');
  key('Tab');
  key('Tab', true);
  key('Tab', true);
  key('Enter');
  expect(await picked).toMatchObject({ status: 'picked', selector: 'input[name="a"]' });
  expect(submitted).not.toHaveBeenCalled();
});

test('a field inside a same-origin frame: unique across every frame, as a prefill looks it up', async () => {
  document.body.innerHTML = '<form role="search"><input name="snils" aria-label="Поиск"></form>';
  const inner = await frameWith('<form id="card"><label>СНИЛС <input name="snils"></label></form>');
  const iframe = document.querySelector('iframe') as HTMLIFrameElement;
  const field = inner.querySelector('input') as Element;
  pointAt([iframe, document.body]);
  pointAt([field, inner.body], inner);
  const picked = pickerCommands(document, marks()).pick({ title: 'СНИЛС' });
  pointer('click');
  expect(await picked).toEqual({
    status: 'picked',
    selector: '#card input[name="snils"]',
    matchCount: 1,
  });
});

test('a new pick cancels the one in progress; the time limit cancels too', async () => {
  document.body.innerHTML = '<input name="a">';
  const commands = pickerCommands(document, marks());
  const first = commands.pick({ title: 'Имя' });
  const second = commands.pick({ title: 'Фамилия' });
  expect(await first).toEqual({ status: 'cancelled' });
  expect(document.querySelectorAll(`[${PICKER_ATTRIBUTE}]`)).toHaveLength(1);
  key('Escape');
  expect(await second).toEqual({ status: 'cancelled' });

  vi.useFakeTimers();
  const third = commands.pick({ title: 'Имя' });
  vi.advanceTimersByTime(PICK_TIME_LIMIT_MS);
  expect(await third).toEqual({ status: 'cancelled' });
  expect(layer()).toBeNull();
});

test('testSelector counts matches in every same-origin frame and marks them for a few seconds', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  document.body.innerHTML = '<input name="snils" style="color: red">';
  const inner = await frameWith('<input name="snils">');
  const pageMarks = createPageMarks(document);
  const commands = pickerCommands(document, pageMarks);
  expect(commands.testSelector({ selector: '[name="snils"]' })).toEqual({ matchCount: 2 });
  expect(pageMarks.count('found')).toBe(2);
  // The marks live in closed shadow roots; the page's own elements are not touched.
  expect(document.querySelector('input')?.getAttribute('style')).toBe('color: red');
  expect(inner.querySelector('input')?.hasAttribute('style')).toBe(false);
  vi.advanceTimersByTime(TEST_HIGHLIGHT_MS);
  expect(pageMarks.count('found')).toBe(0);
  expect(commands.testSelector({ selector: '#absent' })).toEqual({ matchCount: 0 });
  expect(commands.testSelector({ selector: 'input[' })).toEqual({ matchCount: 0 });
});

test('a test on a hidden tab marks once the administrator looks at it', () => {
  document.body.innerHTML = '<input name="a">';
  const pageMarks = createPageMarks(document);
  const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  expect(pickerCommands(document, pageMarks).testSelector({ selector: 'input' })).toEqual({ matchCount: 1 });
  expect(pageMarks.count('found')).toBe(0);
  visibility.mockReturnValue('visible');
  document.dispatchEvent(new Event('visibilitychange'));
  expect(pageMarks.count('found')).toBe(1);
});

test('through the engine: pick answers plain JSON', async () => {
  document.body.innerHTML = '<input id="snils">';
  const engine = createEngine(document);
  const answer = engine.call('pick', { title: 'СНИЛС' });
  pointAt([document.getElementById('snils') as Element]);
  pointer('click');
  const value = await answer;
  expect(value).toEqual({ ok: true, value: { status: 'picked', selector: '#snils', matchCount: 1 } });
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
});

test('the focus goes back where it was once the layer is gone', async () => {
  document.body.innerHTML = '<input name="a"><input name="b">';
  const b = document.querySelector('[name="b"]') as HTMLInputElement;
  b.focus();
  const picked = pickerCommands(document, marks()).pick({ title: 'Имя' });
  expect(document.activeElement).toBe(layer());
  key('Escape');
  await picked;
  expect(document.activeElement).toBe(b);
});
