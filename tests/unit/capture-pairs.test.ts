import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { capturePage } from '../../utils/capture';
import { parseTextPairs } from '../../utils/capture/pairs-text';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function page(body: string): Document {
  const window = new Window({ url: 'http://127.0.0.1/page.html' });
  windows.push(window);
  window.document.write(
    `<!doctype html><html><head><style>.gone{display:none}</style></head><body>${body}</body></html>`,
  );
  return window.document as unknown as Document;
}

const labels = (doc: Document) => capturePage(doc).pairs.map((p) => `${p.label}=${p.value}`);

describe('what capture reads', () => {
  it('ignores hidden elements: display:none, hidden, aria-hidden, hidden inputs, templates', () => {
    const doc = page(`
      <p>Фамилия: Видимов</p>
      <div class="gone"><p>Имя: Скрытый</p></div>
      <div hidden><p>Отчество: Скрытович</p></div>
      <div aria-hidden="true"><p>СНИЛС: 112-233-445 95</p></div>
      <input type="hidden" name="snils" value="123-456-789 64">
      <template><p>Дата рождения: 01.01.1950</p></template>
      <p style="visibility:hidden">Телефон: +7 900 000-00-00</p>`);
    expect(labels(doc)).toEqual(['Фамилия=Видимов']);
  });

  it('never reads the extension panel itself', () => {
    const doc = page('<p>Фамилия: Петров</p><karta-nso-panel><p>Фамилия: Панелев</p></karta-nso-panel>');
    expect(capturePage(doc).fields.lastName).toBe('Петров');
  });

  it('skips a cross-origin frame silently and reads a same-origin one in place', async () => {
    const doc = page(
      '<p>Фамилия: Петров</p><iframe id="a"></iframe><iframe id="b" srcdoc="<p>Имя: Пётр</p>"></iframe>',
    );
    await (doc.defaultView as unknown as Window).happyDOM.waitUntilComplete();
    Object.defineProperty(doc.getElementById('a'), 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const { fields } = capturePage(doc);
    expect(fields).toMatchObject({ lastName: 'Петров', firstName: 'Пётр' });
  });

  it('reads labels of controls: label[for], wrapping label, aria-labelledby, aria-label, select, textarea', () => {
    const doc = page(`
      <label for="f">Фамилия</label><input id="f" readonly value="Орлова">
      <label>Имя <input value="Зинаида" disabled></label>
      <span id="cap">Отчество</span><input aria-labelledby="cap" value="Петровна">
      <input aria-label="СНИЛС" value="920 000 003 00">
      <label for="i">Кем выдан</label><textarea id="i">ОВД Советского района</textarea>
      <label for="e">Дата окончания</label><select id="e"><option value="">— выберите —</option></select>
      <input type="search" aria-label="Фамилия" value="Поисков">`);
    expect(labels(doc)).toEqual([
      'Фамилия=Орлова',
      'Имя=Зинаида',
      'Отчество=Петровна',
      'СНИЛС=920 000 003 00',
      'Кем выдан=ОВД Советского района',
    ]);
  });

  it('reads «Метка: значение» text: bold labels, line breaks, «;», and known labels inside one line', () => {
    const doc = page(`
      <p><b>Ф.И.О.:</b> Ким Виктор</p>
      <div>Дата рождения: 07.01.1953<br>СНИЛС: 001-001-999 65; Телефон: +7 383 222-33-44</div>
      <p>Серия: 5002 Номер: 777888</p>`);
    expect(labels(doc)).toEqual([
      'Ф.И.О.=Ким Виктор',
      'Дата рождения=07.01.1953',
      'СНИЛС=001-001-999 65',
      'Телефон=+7 383 222-33-44',
      'Серия=5002',
      'Номер=777888',
    ]);
  });

  it('drops empty values: «—», «не указано», «нет»', () => {
    const doc = page(`<dl><dt>Отчество</dt><dd>—</dd><dt>Телефон</dt><dd>не указано</dd>
      <dt>Дата окончания</dt><dd>нет</dd><dt>Фамилия</dt><dd>Ким</dd></dl>`);
    expect(labels(doc)).toEqual(['Фамилия=Ким']);
  });

  it('routes «Серия», «Номер», «Дата выдачи», «Кем выдан» by the heading above them', () => {
    const rows = (s: string, n: string, d: string, i: string) =>
      `<table><tr><th>Серия</th><td>${s}</td></tr><tr><th>Номер</th><td>${n}</td></tr>
       <tr><th>Дата выдачи</th><td>${d}</td></tr><tr><th>Кем выдан</th><td>${i}</td></tr></table>`;
    const doc = page(`
      <h3>Документ, подтверждающий право на льготу</h3>${rows('Т-II', '345678', '15.01.2010', 'Минсоцразвития НСО')}
      <h3>Документ, удостоверяющий личность</h3>${rows('50 04', '123456', '21.03.2004', 'ОВД Центрального р-на')}`);
    const { fields, pairs } = capturePage(doc);
    expect(fields).toMatchObject({
      basisDocSeries: 'Т-II',
      basisDocNumber: '345678',
      basisDocIssueDate: '2010-01-15',
      basisDocIssuer: 'Минсоцразвития НСО',
      idSeries: '5004',
      idNumber: '123456',
      idIssueDate: '2004-03-21',
      idIssuer: 'ОВД Центрального р-на',
    });
    expect(pairs.map((p) => p.section)).toEqual([...Array(4).fill('basis'), ...Array(4).fill('identity')]);
  });

  it('lists unknown pairs with meaning null and keeps them out of the fields', () => {
    const doc = page('<p>Адрес: г. Новосибирск</p><p>Фамилия: Ким</p>');
    const { fields, pairs } = capturePage(doc);
    expect(pairs.find((p) => p.label === 'Адрес')?.meaning).toBeNull();
    expect(Object.keys(fields)).toEqual(['lastName']);
  });

  // happy-dom computes styles slowly (~0.1 ms an element); a real browser is an order of magnitude faster.
  it('a 600-row page is read to its last row (speed is measured by the bench, not here)', () => {
    const filler = Array.from(
      { length: 600 },
      (_, i) => `<tr><td>Примечание ${i}</td><td>текст ${i}</td></tr>`,
    );
    const doc = page(`<table>${filler.join('')}<tr><td>Фамилия</td><td>Ким</td></tr></table>`);
    const { fields } = capturePage(doc);
    expect(fields.lastName).toBe('Ким');
  }, 30_000); // a loaded machine is slow; speed itself belongs to the bench
});

describe('parseTextPairs', () => {
  it('splits a line only at labels it knows, keeping colons inside values', () => {
    expect(parseTextPairs('Время приёма: 10:30')).toEqual([{ label: 'Время приёма', value: '10:30' }]);
    expect(parseTextPairs('10:30 приём')).toEqual([]);
  });
});

describe('more page builds', () => {
  it('reads a bold label without a colon, a <label> before a static value, and a .title card', () => {
    const doc = page(`
      <p><strong>СНИЛС</strong> 112-233-445 95</p>
      <div class="form-group"><label>Фамилия</label><p class="form-control-static">Петров</p><small>из ЕГИССО</small></div>
      <div class="card-header">Документ, удостоверяющий личность</div>
      <div class="item"><div class="title">Серия</div><div class="value">50 04</div></div>
      <div class="item"><div class="title">Номер</div><div class="value">123456</div></div>`);
    expect(capturePage(doc).fields).toMatchObject({
      snils: '112-233-445 95',
      lastName: 'Петров',
      idSeries: '5004',
      idNumber: '123456',
    });
  });

  it('reads the open shadow roots of the page’s own components', () => {
    const doc = page('<x-card></x-card>');
    const host = doc.querySelector('x-card') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<dl><dt>Фамилия</dt><dd>Теневой</dd></dl>';
    expect(capturePage(doc).fields.lastName).toBe('Теневой');
  });

  it('the representative’s block never fills the citizen’s fields, wherever it stands', () => {
    const doc = page(`
      <h3>Сведения о представителе</h3><p>ФИО: Лебедева Ольга Николаевна</p><p>СНИЛС: 123-456-789 64</p>
      <h3>Сведения о получателе</h3><p>ФИО: Лебедев Николай Павлович</p>`);
    const { fields } = capturePage(doc);
    expect(fields).toMatchObject({ lastName: 'Лебедев', firstName: 'Николай' });
    expect(fields.snils).toBeUndefined();
  });

  it('a column per person: the citizen’s column is read whatever its place; with no one such column, nothing', () => {
    const table = (a: string, b: string) => `
      <table><tr><td></td><td>${a}</td><td>${b}</td></tr>
        <tr><td>Фамилия</td><td>Лебедева</td><td>Лебедев</td></tr>
        <tr><td>СНИЛС</td><td>112-233-445 95</td><td>123-456-789 64</td></tr></table>`;
    expect(capturePage(page(table('Представитель', 'Получатель'))).fields).toMatchObject({
      lastName: 'Лебедев',
      snils: '123-456-789 64',
    });
    expect(capturePage(page(table('Получатель', 'Опекун'))).fields.lastName).toBe('Лебедева');
    const nobody = capturePage(page(table('Представитель', 'Ребёнок'))).fields;
    expect([nobody.lastName, nobody.snils]).toEqual([undefined, undefined]);
  });

  it('a table of records: a kinship column makes it other people’s; an ended record or one past its end is skipped', () => {
    const family = capturePage(
      page(`<table><tr><th>ФИО</th><th>Дата рождения</th><th>Кем приходится</th></tr>
        <tr><td>Сидорова Нина Петровна</td><td>12.02.1952</td><td>супруга</td></tr></table>
        <p>ФИО: Сидоров Алексей Викторович</p>`),
    ).fields;
    expect([family.lastName, family.birthDate]).toEqual(['Сидоров', undefined]);
    const history = (status: string, end: string) =>
      capturePage(
        page(`<table><tr><th>Категория</th><th>Дата начала</th><th>Дата окончания</th><th>Статус</th></tr>
          <tr><td>Инвалиды</td><td>01.01.2008</td><td>${end}</td><td>${status}</td></tr>
          <tr><td>Ветеран труда</td><td>01.01.2016</td><td></td><td>Действует</td></tr></table>`),
      ).fields;
    expect(history('Прекращена', '').category).toBe('labour-veteran');
    expect(history('', '31.12.2009').category).toBe('labour-veteran');
    // Positive control: a record still in force is read first, as before.
    expect(history('Действует', '31.12.2099')).toMatchObject({
      category: 'disabled',
      benefitStart: '2008-01-01',
    });
  });
});

describe('filled forms', () => {
  it('reads day / month / year selects as one date and inputs inside table cells', () => {
    const doc = page(`
      <table><tr><td>Фамилия</td><td><input value="Орлова"></td></tr></table>
      <div><label for="d">Дата рождения</label>
        <span><select id="d"><option value="">день</option><option selected value="9">9</option></select>
        <select><option value="">месяц</option><option selected value="5">05</option></select>
        <input value="1944" size="4"></span></div>`);
    for (const option of Array.from(doc.querySelectorAll('option[selected]'))) {
      (option as HTMLOptionElement).selected = true; // happy-dom 21 mis-parses `selected`; browsers do not
    }
    expect(capturePage(doc).fields).toMatchObject({ lastName: 'Орлова', birthDate: '1944-05-09' });
  });
});

describe('values that need reading', () => {
  it('a benefit period fills both ends; «с …» alone is the start; «бессрочно» leaves the end empty', () => {
    const doc = page('<p>Срок действия льготы: с 01.02.2020 по 31.12.2030</p>');
    expect(capturePage(doc).fields).toMatchObject({ benefitStart: '2020-02-01', benefitEnd: '2030-12-31' });
    const open = capturePage(page('<p>Срок действия льготы: с 01.02.2020 бессрочно</p>')).fields;
    expect(open.benefitStart).toBe('2020-02-01');
    expect(open.benefitEnd).toBeUndefined();
  });

  it('«Получатель: <ФИО с отчеством>» is the citizen’s name; a role with other text is not', () => {
    expect(capturePage(page('<p>Получатель: Петров Пётр Семёнович</p>')).fields).toMatchObject({
      lastName: 'Петров',
      firstName: 'Пётр',
      middleName: 'Семёнович',
    });
    expect(capturePage(page('<p>Получатель: пенсионер</p>')).fields.lastName).toBeUndefined();
  });
});

describe('people who are not the citizen', () => {
  it('the clerk’s name in the page header never becomes the citizen’s', () => {
    const doc = page(`
      <header><p>ФИО специалиста: Андреева Нина Викторовна</p><p>Оператор: Романова Ирина Алексеевна</p></header>
      <div class="card-header">Сведения о сотруднике</div><p>ФИО: Сергеева Татьяна Андреевна</p>
      <h2>Получатель</h2><p>ФИО: Петров Пётр Семёнович</p>`);
    expect(capturePage(doc).fields).toMatchObject({ lastName: 'Петров', middleName: 'Семёнович' });
  });
});
