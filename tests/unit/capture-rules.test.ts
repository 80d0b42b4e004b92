import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { capturePage } from '../../utils/capture';
import { parseCaptured } from '../../utils/capture/values';
import { hasRequisites, parseRequisitesLine } from '../../utils/checklist/document-line';
import { classifyField, isKnownLabel, sectionOf } from '../../utils/fields/meanings';

// The generalisation rules behind the unseen pages (tests/fixtures/capture-unseen), each on its own: what a real page
// needs, and what it must not take.

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

async function capture(body: string) {
  const window = new Window({ url: 'http://127.0.0.1/page.html' });
  windows.push(window);
  window.document.write(`<!doctype html><html lang="ru"><body>${body}</body></html>`);
  await window.happyDOM.waitUntilComplete();
  return capturePage(window.document as unknown as Document).fields;
}

describe('basis document written as one line', () => {
  it.each([
    [
      'Удостоверение о праве на льготы серия А № 654321 от 20.01.2001, выдано Управлением социальной защиты',
      {
        name: 'Удостоверение о праве на льготы',
        series: 'А',
        number: '654321',
        issueDate: '2001-01-20',
        issuer: 'Управлением социальной защиты',
      },
    ],
    [
      'Справка о реабилитации № 3/1-456 от 10.01.1996 Прокуратура Новосибирской области',
      {
        name: 'Справка о реабилитации',
        number: '3/1-456',
        issueDate: '1996-01-10',
        issuer: 'Прокуратура Новосибирской области',
      },
    ],
    [
      'Удостоверение участника войны, серия А, № 098765, выдано 15.04.1995 Новосибирским военкоматом',
      {
        name: 'Удостоверение участника войны',
        series: 'А',
        number: '098765',
        issueDate: '1995-04-15',
        issuer: 'Новосибирским военкоматом',
      },
    ],
  ])('%s', (line, expected) => {
    const { head: _head, ...parsed } = parseRequisitesLine(line);
    expect(parsed).toEqual(expected);
  });

  it('a plain name has no requisites and stays the name', () => {
    expect(hasRequisites('Удостоверение ветерана труда')).toBe(false);
    expect(parseCaptured('basisDocName', 'Удостоверение ветерана труда')).toEqual({
      basisDocName: 'Удостоверение ветерана труда',
    });
  });

  it('«Реквизиты: серия Т-II № 123456 от 15.03.2012» in the basis block fills series, number and date', () => {
    expect(classifyField({ label: 'Реквизиты', section: 'basis' })?.meaning).toBe('basisSeriesNumber');
    expect(parseCaptured('basisSeriesNumber', 'серия Т-II № 123456 от 15.03.2012')).toEqual({
      basisDocSeries: 'Т-II',
      basisDocNumber: '123456',
      basisDocIssueDate: '2012-03-15',
    });
  });
});

describe('values', () => {
  it('a printed two-digit year is the latest such year not in the future', () => {
    expect(parseCaptured('birthDate', '01.03.56')).toEqual({ birthDate: '1956-03-01' });
    expect(parseCaptured('idIssueDate', '12.03.05')).toEqual({ idIssueDate: '2005-03-12' });
    const nextYear = String((new Date().getFullYear() + 1) % 100).padStart(2, '0');
    expect(parseCaptured('birthDate', `01.01.${nextYear}`).birthDate?.startsWith('19')).toBe(true);
  });

  it('the first phone of a cell that lists several', () => {
    expect(parseCaptured('phone', '+7 (383) 210-10-10 +7 913 000-11-22 (дочь)')).toEqual({
      phone: '+7 (383) 210-10-10',
    });
  });

  it('several categories: the regional one (МАИС НСО is the regional register), else the first', () => {
    expect(parseCaptured('category', 'Инвалид II группы; Ветеран труда НСО')).toEqual({
      category: 'labour-veteran-nso',
    });
    expect(parseCaptured('category', 'Инвалид II группы; Ветеран труда')).toEqual({
      category: 'labour-veteran',
    });
    expect(parseCaptured('category', 'Инвалид II группы; Ветеран боевых действий')).toEqual({
      category: 'disabled',
    });
  });

  it('an issue date printed with the issuer goes to its own field', () => {
    expect(parseCaptured('idIssuer', '25.07.2000, Октябрьским РУВД г. Новосибирска')).toEqual({
      idIssueDate: '2000-07-25',
      idIssuer: 'Октябрьским РУВД г. Новосибирска',
    });
  });
});

describe('labels and sections', () => {
  it.each([
    ['Страх. номер', 'snils'],
    ['Конт. тел.', 'phone'],
    ['Документ, удост. личность', 'idDocument'],
    ['Документ, подтв. право на льготу', 'basisDocName'],
    ['Льгота назначена с', 'benefitStart'],
    ['Учреждение МСЭ', 'basisDocIssuer'],
  ])('«%s» → %s', (label, meaning) => {
    expect(classifyField({ label })?.meaning).toBe(meaning);
  });

  it('a bare «Документ» is the basis document only in its block', () => {
    expect(classifyField({ label: 'Документ', section: 'basis' })?.meaning).toBe('basisDocName');
    expect(classifyField({ label: 'Документ', section: 'identity' })).toBeNull();
  });

  it('«Пол» is a known label (it ends the previous text pair), though not a checklist field', () => {
    expect(isKnownLabel('Пол')).toBe(true);
    expect(classifyField({ label: 'Пол' })).toBeNull();
    expect(isKnownLabel('Заявление принял')).toBe(false);
  });

  it('«Документ о праве на льготу» and «Подтверждающий документ» head the basis document', () => {
    expect(sectionOf('Документ о праве на льготу')).toBe('basis');
    expect(sectionOf('Подтверждающий документ')).toBe('basis');
  });
});

describe('page structure', () => {
  it('inactive tab panels are read; other hidden blocks are not', async () => {
    const fields = await capture(`
      <div role="tablist"><button role="tab" aria-controls="a">Основное</button><button role="tab" aria-controls="b">Документы</button></div>
      <div id="a"><p>СНИЛС: 112-233-445 95</p></div>
      <div id="b" hidden><h4>Паспорт</h4><p>Серия: 5004</p></div>
      <div class="tab-pane" style="display:none"><p>Номер: 123456</p></div>
      <div style="display:none"><p>Дата рождения: 01.01.1950</p></div>`);
    expect(fields).toMatchObject({ snils: '112-233-445 95', idSeries: '5004', idNumber: '123456' });
    expect(fields.birthDate).toBeUndefined();
  });

  it('a list of two-part rows reads its labels even when they are unknown words', async () => {
    const row = (l: string, v: string) =>
      `<div class="row"><div class="col-4">${l}</div><div class="col-8">${v}</div></div>`;
    const fields = await capture(
      `<div>${row('ФИО', 'Тихонов Андрей Валерьевич')}${row('Льготник', 'ветеран труда (федеральный)')}${row('Назначена', 'с 01.04.2012')}</div>`,
    );
    expect(fields).toMatchObject({
      lastName: 'Тихонов',
      category: 'labour-veteran',
      benefitStart: '2012-04-01',
    });
  });

  it('«Получатель» names the person or the category by its value; the first line of a cell when the whole fails', async () => {
    const fields = await capture(`<table>
      <tr><th scope="row">Получатель</th><td><a href="#">Кузьмина Валентина Егоровна</a><br><span>жен., 74 года</span></td></tr>
      </table>`);
    expect(fields).toMatchObject({ lastName: 'Кузьмина', firstName: 'Валентина', middleName: 'Егоровна' });
  });

  it('component-library titles head sections; a `…-caption` is a label', async () => {
    const item = (l: string, v: string) =>
      `<div class="item"><p class="MuiTypography-caption">${l}</p><p class="MuiTypography-body1">${v}</p></div>`;
    const fields = await capture(`
      <div class="ant-descriptions-title">Документ, подтверждающий право на льготу</div>
      ${item('Серия', 'Т-IV')}${item('Льготные категории', '<span class="chip">Инвалид III группы</span><span class="chip">Ветеран труда</span>')}`);
    expect(fields).toMatchObject({ basisDocSeries: 'Т-IV', category: 'labour-veteran' });
    expect(fields.idSeries).toBeUndefined();
  });

  it('a table cell holding its own label and content is an item, not its neighbour’s label', async () => {
    const cell = (l: string, v: string) =>
      `<td><div><span class="x-item-label">${l}</span><span class="x-item-content">${v}</span></div></td>`;
    const fields = await capture(
      `<table><tr>${cell('Фамилия', 'Белова')}${cell('Имя', 'Нина')}${cell('СНИЛС', '241-660-017 31')}</tr></table>`,
    );
    expect(fields).toMatchObject({ lastName: 'Белова', firstName: 'Нина', snils: '241-660-017 31' });
  });

  it('a plain-text row among two-part list items heads the rows after it', async () => {
    const li = (l: string, v: string) => `<li><span>${l}</span><strong>${v}</strong></li>`;
    const fields = await capture(`<ul>
      <li>Паспорт</li>${li('Серия', '50 00')}${li('Номер', '345612')}
      <li>Документ о праве на льготу</li>${li('Серия', 'А')}${li('Номер', '098765')}</ul>`);
    expect(fields).toMatchObject({
      idSeries: '5000',
      idNumber: '345612',
      basisDocSeries: 'А',
      basisDocNumber: '098765',
    });
  });
});

describe('what the new rules must not take', () => {
  it('a row of an unknown label does not swallow «Метка: значение» text beside it', async () => {
    const row = (l: string, v: string) =>
      `<div class="r"><div class="a">${l}</div><div class="b">${v}</div></div>`;
    const fields = await capture(
      `<div>${row('Раздел', 'СНИЛС: 112-233-445 95')}${row('Фамилия', 'Петров')}${row('Заметка', 'Дата рождения: 14.02.1951')}</div>`,
    );
    expect(fields).toMatchObject({ snils: '112-233-445 95', lastName: 'Петров', birthDate: '1951-02-14' });
  });

  it('a role label whose value is neither a full name nor a category means nothing', async () => {
    const fields = await capture('<dl><dt>Получатель</dt><dd>обратился лично</dd></dl>');
    expect(fields).toEqual({});
  });
});

describe('bold field names without colons', () => {
  it('several per line, values to the next bold name; «Отделом …» keeps its «От»', async () => {
    const fields = await capture(`
      <div class="box"><div class="box-caption">Паспорт</div>
        <b>Серия</b> 5004 <b>Номер</b> 443322<br><b>Выдан</b> 02.02.2004 Отделом милиции № 3</div>
      <p><b>Внимание!</b> Проверьте данные</p>`);
    expect(fields).toEqual({
      idSeries: '5004',
      idNumber: '443322',
      idIssueDate: '2004-02-02',
      idIssuer: 'Отделом милиции № 3',
    });
  });
});
