// Form controls of the generated МАИС-like pages: the eighteen fields a prefill of one citizen's checklist finds
// (the structure of tests/fixtures/mais/label-for.html), filler fields no checklist key means, and extra controls
// outside the form. Plain HTML strings, deterministic for a given count, so every run measures the same pages.

export interface KnownField {
  id: string;
  label: string;
  /** Input type, or `select` / `textarea`. */
  type: string;
}

const SECTIONS: Array<[legend: string, fields: KnownField[]]> = [
  [
    'Сведения о гражданине',
    [
      { id: 'fam', label: 'Фамилия', type: 'text' },
      { id: 'nam', label: 'Имя', type: 'text' },
      { id: 'otch', label: 'Отчество', type: 'text' },
      { id: 'drozhd', label: 'Дата рождения', type: 'date' },
      { id: 'snils', label: 'СНИЛС', type: 'text' },
      { id: 'tel', label: 'Контактный телефон', type: 'tel' },
    ],
  ],
  [
    'Документ, удостоверяющий личность',
    [
      { id: 'doc_ser', label: 'Серия', type: 'text' },
      { id: 'doc_num', label: 'Номер', type: 'text' },
      { id: 'doc_date', label: 'Дата выдачи', type: 'text' },
      { id: 'doc_who', label: 'Кем выдан', type: 'textarea' },
    ],
  ],
  [
    'Льготная категория',
    [
      { id: 'lk', label: 'Категория', type: 'select' },
      { id: 'dn', label: 'Дата начала действия', type: 'date' },
    ],
  ],
  [
    'Документ, подтверждающий право на льготу',
    [
      { id: 'osn_name', label: 'Наименование документа', type: 'text' },
      { id: 'osn_ser', label: 'Серия', type: 'text' },
      { id: 'osn_num', label: 'Номер', type: 'text' },
      { id: 'osn_date', label: 'Дата выдачи', type: 'text' },
      { id: 'osn_who', label: 'Кем выдан', type: 'text' },
    ],
  ],
];

/** The form's fields a checklist fills (17; «Дата окончания» stays empty in the bench's checklist). */
export const KNOWN_FIELDS: KnownField[] = SECTIONS.flatMap(([, fields]) => fields);

const CATEGORY_OPTIONS =
  '<option value="">— выберите —</option><option value="101">Ветераны труда</option>' +
  '<option value="102">Ветераны труда Новосибирской области</option><option value="103">Труженики тыла</option>' +
  '<option value="104">Реабилитированные лица</option>';

function control(f: KnownField, options = CATEGORY_OPTIONS): string {
  if (f.type === 'select') return `<select id="${f.id}" name="${f.id}">${options}</select>`;
  if (f.type === 'textarea') return `<textarea id="${f.id}" name="${f.id}" rows="2"></textarea>`;
  return `<input id="${f.id}" name="${f.id}" type="${f.type}">`;
}

const FILLER_TYPES = ['text', 'text', 'date', 'select', 'textarea', 'number'];
const FILLER_OPTIONS = Array.from(
  { length: 8 },
  (_, i) => `<option value="${i}">Вариант ${i + 1}</option>`,
).join('');

/**
 * How a generated card lays out its fields — the structures real registry forms use, none of which the engine is
 * tuned for: `fieldset` (a `<label for>` per row, 20 rows to a fieldset with its legend), `table` (one table for the
 * whole card, section titles in rows of their own, label cells without `for`), `flat` (headings, label texts and
 * controls all siblings of one container), `aria` (`aria-labelledby` to a text beside the control, sections named
 * by their heading's id), `wrap` (each control inside its `<label>`, under sibling headings), `dl` (a definition list
 * per section: the label a `<dt>`, the control in the `<dd>` after it), `floating` (Bootstrap's floating labels: the
 * control first, its `<label for>` after it, in a `div` per field) and `placeholder` (no label at all: the control's
 * placeholder names it, under sibling headings).
 */
export const LAYOUTS = [
  'fieldset',
  'table',
  'flat',
  'aria',
  'wrap',
  'dl',
  'floating',
  'placeholder',
] as const;
export type Layout = (typeof LAYOUTS)[number];

interface Shape {
  open: string;
  close: string;
  section(title: string, n: number): string;
  sectionEnd: string;
  row(f: KnownField, options?: string): string;
}

/** The control with one more attribute, put before its name. */
const withAttribute = (f: KnownField, options: string | undefined, attribute: string) =>
  control(f, options).replace(' name=', ` ${attribute} name=`);

/** A layout whose sections are headings beside the rows, with no box around them. */
const underHeadings = (row: Shape['row']): Shape => ({
  open: '',
  close: '',
  section: (title) => `<h3>${title}</h3>`,
  sectionEnd: '',
  row,
});

const SHAPES: Record<Layout, Shape> = {
  fieldset: {
    open: '',
    close: '',
    section: (title) => `<fieldset><legend>${title}</legend>`,
    sectionEnd: '</fieldset>',
    row: (f, options) =>
      `<div class="row"><label for="${f.id}">${f.label}</label>${control(f, options)}</div>`,
  },
  table: {
    open: '<table class="card">',
    close: '</table>',
    section: (title) => `<tr><td colspan="2"><b>${title}</b></td></tr>`,
    sectionEnd: '',
    row: (f, options) => `<tr><td>${f.label}</td><td>${control(f, options)}</td></tr>`,
  },
  flat: {
    ...underHeadings((f, options) => `<span>${f.label}</span> ${control(f, options)}<br>`),
    open: '<div class="card">',
    close: '</div>',
  },
  aria: {
    open: '',
    close: '',
    section: (title, n) => `<section aria-labelledby="s${n}"><h3 id="s${n}">${title}</h3>`,
    sectionEnd: '</section>',
    row: (f, options) =>
      `<div class="row"><span id="l-${f.id}">${f.label}</span>${withAttribute(f, options, `aria-labelledby="l-${f.id}"`)}</div>`,
  },
  wrap: underHeadings(
    (f, options) => `<div class="row"><label>${f.label} ${control(f, options)}</label></div>`,
  ),
  dl: {
    ...underHeadings((f, options) => `<dt>${f.label}</dt><dd>${control(f, options)}</dd>`),
    section: (title) => `<h3>${title}</h3><dl>`,
    sectionEnd: '</dl>',
  },
  floating: underHeadings(
    (f, options) =>
      `<div class="form-floating">${withAttribute(f, options, 'placeholder=" "')}<label for="${f.id}">${f.label}</label></div>`,
  ),
  // A list has no placeholder: its aria-label names it.
  placeholder: underHeadings(
    (f, options) =>
      `<div class="row">${withAttribute(f, options, `${f.type === 'select' ? 'aria-label' : 'placeholder'}="${f.label}"`)}</div>`,
  ),
};

/** Fields no checklist key means («Показатель 12»), grouped 20 to a section like a long МАИС card. */
export function fillerFields(count: number, prefix = 'x', layout: Layout = 'fieldset'): string {
  const shape = SHAPES[layout];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) {
      if (i) out.push(shape.sectionEnd);
      out.push(shape.section(`Показатели учёта, часть ${i / 20 + 1}`, 100 + i / 20));
    }
    const f = {
      id: `${prefix}${i}`,
      label: `Показатель учёта ${i + 1}`,
      type: FILLER_TYPES[i % FILLER_TYPES.length],
    };
    out.push(shape.row(f, FILLER_OPTIONS));
  }
  if (count) out.push(shape.sectionEnd);
  return out.join('\n');
}

/** The card form: the known fields first, then fillers up to `total` controls. */
export function cardForm(total: number, layout: Layout = 'fieldset'): string {
  const shape = SHAPES[layout];
  const known = SECTIONS.map(
    ([legend, fields], n) =>
      `${shape.section(legend, n)}${fields.map((f) => shape.row(f)).join('')}${shape.sectionEnd}`,
  ).join('\n');
  return `<form id="card" action="/save" method="post">
<h2>Назначение меры социальной поддержки</h2>
${shape.open}${known}
${fillerFields(Math.max(0, total - KNOWN_FIELDS.length), 'x', layout)}${shape.close}
<button type="submit">Сохранить</button>
</form>`;
}

/** Controls outside the form (a journal of past requests with inline editors), each with its own label. */
export function extraControls(count: number): string {
  if (!count) return '';
  const rows: string[] = [];
  for (let i = 0; i < count; i += 3) {
    rows.push(
      `<tr><td><label for="e${i}">Отметка ${i + 1}</label><input id="e${i}" type="checkbox"></td>` +
        `<td><label for="e${i + 1}">Комментарий ${i + 2}</label><input id="e${i + 1}" name="c${i}"></td>` +
        `<td><label for="e${i + 2}">Состояние ${i + 3}</label><select id="e${i + 2}">${FILLER_OPTIONS}</select></td></tr>`,
    );
  }
  return `<section class="journal"><h2>Журнал обращений</h2><table>${rows.join('\n')}</table></section>`;
}
