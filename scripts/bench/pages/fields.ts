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

const row = (f: KnownField, options?: string) =>
  `<div class="row"><label for="${f.id}">${f.label}</label>${control(f, options)}</div>`;

const FILLER_TYPES = ['text', 'text', 'date', 'select', 'textarea', 'number'];
const FILLER_OPTIONS = Array.from(
  { length: 8 },
  (_, i) => `<option value="${i}">Вариант ${i + 1}</option>`,
).join('');

/** Fields no checklist key means («Показатель 12»), grouped 20 to a fieldset like a long МАИС card. */
export function fillerFields(count: number, prefix = 'x'): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0)
      out.push(`${i ? '</fieldset>' : ''}<fieldset><legend>Показатели учёта, часть ${i / 20 + 1}</legend>`);
    const f = {
      id: `${prefix}${i}`,
      label: `Показатель учёта ${i + 1}`,
      type: FILLER_TYPES[i % FILLER_TYPES.length],
    };
    out.push(row(f, FILLER_OPTIONS));
  }
  if (count) out.push('</fieldset>');
  return out.join('\n');
}

/** The card form: the known fields first, then fillers up to `total` controls. */
export function cardForm(total: number): string {
  const known = SECTIONS.map(
    ([legend, fields]) =>
      `<fieldset><legend>${legend}</legend>${fields.map((f) => row(f)).join('')}</fieldset>`,
  ).join('\n');
  return `<form id="card" action="/save" method="post">
<h2>Назначение меры социальной поддержки</h2>
${known}
${fillerFields(Math.max(0, total - KNOWN_FIELDS.length))}
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
