import { emptyChecklist } from '@/utils/checklist/keys';
import { createEngine } from '@/utils/engine/api';

// The engine readied ahead of a prefill keeps its reading of the form while the page stays as it was: the click then
// plans and writes at once. Anything a reading could see that changes since — and only the page's own changes, not
// the extension's marks — has the click read the form afresh.

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/utils/prefill/collect', async (original) =>
  (await import('./engine-reads')).countingCollect(await original(), reads),
);
/** Plans made through the engine: the readied reading is kept once its plan has run. */
const plans = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/utils/prefill', async (original) => {
  const real = await original<typeof import('@/utils/prefill')>();
  return {
    ...real,
    buildPlan: (...args: Parameters<typeof real.buildPlan>) => {
      plans.count++;
      return real.buildPlan(...args);
    },
  };
});

const FORM = `
  <form>
    <fieldset><legend>Сведения о гражданине</legend>
      <label for="fam">Фамилия</label><input id="fam">
      <label for="nam">Имя</label><input id="nam">
      <label for="lk">Категория</label>
      <select id="lk"><option value="">— выберите —</option><option value="101">Ветераны труда</option></select>
    </fieldset>
    <div id="widget"></div>
  </form>`;

const checklist = () => {
  const c = emptyChecklist();
  Object.assign(c.fields, { lastName: 'Петров', firstName: 'Пётр' });
  return c;
};

const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)?.value;

afterEach(() => {
  reads.count = 0;
  plans.count = 0;
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
});

/** An engine readied on the form, its reading done. */
async function readied(extra = '', siteFields?: Record<string, string>) {
  const planned = plans.count;
  document.body.innerHTML = FORM + extra;
  const widget = document.querySelector('#widget') as HTMLElement;
  widget.attachShadow({ mode: 'open' }).innerHTML = '<span id="hint">Подсказка</span>';
  const engine = createEngine(document);
  expect((await engine.call('ready', { siteFields })).ok).toBe(true);
  await vi.waitFor(() => expect(reads.count).toBe(1));
  await vi.waitFor(() => expect(plans.count).toBe(planned + 1)); // the reading classified, planned once and kept
  return engine;
}

async function prefill(engine: ReturnType<typeof createEngine>, siteFields?: Record<string, string>) {
  const answer = await engine.call('prefill', { checklist: checklist(), siteFields });
  expect(answer.ok).toBe(true);
  return (answer as { value: { report: Record<string, { status: string; reason?: string }> } }).value.report;
}

test('an unchanged form is not read again at the click, and is filled as read', async () => {
  const engine = await readied();
  const report = await prefill(engine);
  expect(reads.count).toBe(1);
  expect(report.lastName.status).toBe('filled');
  expect([value('fam'), value('nam')]).toEqual(['Петров', 'Пётр']);
  // The reading is given up with the click: the next one reads the page its writes changed.
  await prefill(engine);
  expect(reads.count).toBe(2);
});

const changes: Array<[string, () => void]> = [
  [
    'a label renamed in place',
    () => {
      (document.querySelector('label[for="fam"]')?.firstChild as Text).data = 'Имя';
    },
  ],
  ['an attribute', () => document.querySelector('fieldset')?.setAttribute('class', 'collapsed')],
  [
    'a control added',
    () => document.querySelector('fieldset')?.insertAdjacentHTML('beforeend', '<input id="x">'),
  ],
  [
    'the clerk typing',
    () => document.querySelector('#nam')?.dispatchEvent(new Event('input', { bubbles: true })),
  ],
  [
    'a choice set by a script, with no event',
    () => {
      (document.querySelector('#lk') as HTMLSelectElement).value = '101';
    },
  ],
  ['the window resized', () => window.dispatchEvent(new Event('resize'))],
  [
    'a text inside an open shadow root',
    () => {
      (document.querySelector('#widget')?.shadowRoot?.querySelector('#hint') as HTMLElement).textContent =
        'Имя';
    },
  ],
];

test.each(changes)('%s since the reading: the click reads the form afresh', async (_, change) => {
  const engine = await readied();
  change();
  await Promise.resolve(); // mutation records are delivered in a microtask
  await prefill(engine);
  expect(reads.count).toBe(2);
});

test("other site fields at the click than at the reading: read afresh, with the click's", async () => {
  const engine = await readied();
  const report = await prefill(engine, { firstName: '#fam' });
  expect(reads.count).toBe(2);
  expect(report.firstName.status).toBe('filled');
  expect(value('fam')).toBe('Пётр');
});

test('the preview marks the extension draws on the page do not count as a change', async () => {
  const engine = await readied();
  expect((await engine.call('preview', { checklist: checklist() })).ok).toBe(true);
  expect(document.querySelector('karta-nso-marks')).not.toBeNull();
  await new Promise((r) => setTimeout(r, 0));
  await prefill(engine);
  expect(reads.count).toBe(1); // the preview used the kept reading, the click too
});

test('a form changing while it is read is not kept', async () => {
  document.body.innerHTML = FORM;
  const engine = createEngine(document);
  await engine.call('ready', {});
  document.querySelector('#fam')?.setAttribute('placeholder', 'Фамилия'); // before the paced reading ends
  await vi.waitFor(() => expect(reads.count).toBe(1));
  await vi.waitFor(() => expect(plans.count).toBe(1)); // the reading over (and, the form changed, not kept)
  await prefill(engine);
  expect(reads.count).toBe(2);
});

test('a field a stylesheet hid since the reading (no record of it) is checked at its write, not written', async () => {
  const engine = await readied();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('#nam { display: none }');
  document.adoptedStyleSheets = [sheet];
  const report = await prefill(engine);
  expect(reads.count).toBe(1); // the kept reading, with the box it saw
  expect(value('nam')).toBe('');
  expect(report.firstName.status).toBe('not-found');
  expect(value('fam')).toBe('Петров');
});

test('a frame loading a document since the reading (no record tells of it): the click reads afresh', async () => {
  const engine = await readied('<iframe id="late"></iframe>');
  await prefill(engine);
  expect(reads.count).toBe(1); // the frame as it was: kept

  reads.count = 0;
  const again = await readied('<iframe id="late"></iframe>');
  document.querySelector('#late')?.dispatchEvent(new Event('load'));
  await prefill(again);
  expect(reads.count).toBe(2);
});

test('a form with a component still waiting for its definition is not kept', async () => {
  const engine = await readied('<kn-date-field><span>01.01.2024</span></kn-date-field>'); // a container, not waiting
  await prefill(engine);
  expect(reads.count).toBe(1);

  reads.count = 0;
  const again = await readied('<kn-date-field></kn-date-field>');
  await prefill(again);
  expect(reads.count).toBe(2);
});
