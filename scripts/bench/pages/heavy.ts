import { cardForm } from './fields';

// A heavy МАИС-like page, the way such single-page applications behave all day: the card form (≈400 controls) is
// rendered by the page's script at DOMContentLoaded, a grid of 40 rows (each with a selection checkbox) is redrawn
// every 100 ms, a clock ticks every second and a «busy» class flips on <body> twice a second. The same page is
// served at a matched and an unmatched address, so the only difference between the two is the extension. With
// `?editors=1` each grid row also has a text field («Комментарий к обращению N»): fillable controls the page itself
// replaces ten times a second. With `?labelclock=1` the card's first label carries a clock the page updates every
// second («Дата обращения 12:00:05»: the label renames its field each time); with `?rerender=1` the page mounts the
// whole card anew every 3 s (a framework re-rendering the same form after a poll); with `?detectors=1` the first
// four fieldsets each get a resize detector, an empty frame at opacity 0 behind the fieldset, as some component
// libraries put one next to a field (Kontur's text areas) to hear its size change.

export const HEAVY_CONTROLS = 400;
const GRID_ROWS = 40;

const STYLE = `
* { box-sizing: border-box; }
body { font: 14px/1.4 Arial, sans-serif; margin: 0; color: #1b1b1b; background: #f4f6f9; }
body.is-busy header { box-shadow: 0 2px 6px rgba(0,0,0,.3); }
header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #1d4f91; color: #fff; }
header nav { display: flex; flex-wrap: wrap; gap: 8px; flex: 1; }
header nav a { color: #fff; padding: 2px 6px; border-radius: 3px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; padding: 16px; }
section, form { background: #fff; border: 1px solid #cfd6e0; border-radius: 4px; padding: 12px; }
fieldset { margin: 0 0 12px; border: 1px solid #d8dde6; display: grid; grid-template-columns: 1fr 1fr; gap: 4px 12px; }
.row { display: flex; gap: 8px; align-items: center; }
.row label { flex: 0 0 45%; text-align: right; color: #445; }
.row input, .row select, .row textarea { flex: 1; min-width: 0; padding: 3px 4px; border: 1px solid #9aa7b8; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { border-bottom: 1px solid #e3e7ee; padding: 3px 6px; text-align: left; white-space: nowrap; }
tr:nth-child(even) td { background: #f8fafc; }
td.status-ok { color: #176b2c; } td.status-wait { color: #8a5a00; } td.status-err { color: #a11; }
.spinner { width: 12px; height: 12px; border: 2px solid #fff; border-top-color: transparent; border-radius: 50%; }
`;

const NAV = Array.from({ length: 24 }, (_, i) => `<a href="#r${i}">Раздел ${i + 1}</a>`).join('');

export function heavyPage(): string {
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8">
<title>МАИС НСО — Реестр получателей мер социальной поддержки</title>
<style>${STYLE}</style>
<script src="app.js" defer></script>
</head><body>
<header><strong>МАИС НСО</strong><nav>${NAV}</nav><span class="spinner" aria-hidden="true"></span>
<form role="search" action="/search"><label for="q">Поиск гражданина</label> <input id="q" name="q"></form>
<time id="clock"></time></header>
<main>
<section aria-labelledby="grid-title"><h2 id="grid-title">Очередь обращений</h2>
<table id="grid"><thead><tr><th></th><th>№</th><th>Заявитель</th><th>Услуга</th><th>Поступило</th><th>Срок</th><th>Исполнитель</th><th>Состояние</th></tr></thead><tbody></tbody></table>
</section>
<div id="card-root"></div>
</main>
<template id="card-template">${cardForm(HEAVY_CONTROLS)}</template>
</body></html>`;
}

// The page's own script (served as app.js): mount the card, then keep the grid, the clock and the busy flag going.
export const HEAVY_APP = `
(function () {
  var root = document.getElementById('card-root');
  root.appendChild(document.getElementById('card-template').content.cloneNode(true));
  if (/[?&]detectors=1/.test(location.search)) {
    Array.prototype.slice.call(root.querySelectorAll('fieldset'), 0, 4).forEach(function (set) {
      var frame = document.createElement('iframe');
      frame.title = 'resizeDetector'; frame.tabIndex = -1;
      frame.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;border:0;opacity:0;pointer-events:none';
      set.style.position = 'relative'; set.appendChild(frame);
    });
  }
  var names = ['Иванов И. И.', 'Петрова А. С.', 'Сидоров П. П.', 'Кузнецова Е. В.', 'Смирнов Д. А.'];
  var states = [['status-ok', 'Исполнено'], ['status-wait', 'В работе'], ['status-err', 'Возврат']];
  var tbody = document.querySelector('#grid tbody');
  var tick = 0;
  var editors = /[?&]editors=1/.test(location.search);
  function cell(text, cls) { var td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; return td; }
  function redraw() {
    tick++;
    var rows = document.createDocumentFragment();
    for (var i = 0; i < ${GRID_ROWS}; i++) {
      var n = (tick + i) % 997, tr = document.createElement('tr'), td = document.createElement('td');
      var box = document.createElement('input');
      box.type = 'checkbox'; box.setAttribute('aria-label', 'Выбрать обращение ' + n); td.appendChild(box);
      if (editors) { var ed = document.createElement('input'); ed.setAttribute('aria-label', 'Комментарий к обращению ' + n); ed.name = 'note' + n; td.appendChild(ed); }
      var state = states[(tick + i) % 3];
      tr.append(td, cell(String(10000 + n)), cell(names[n % 5]), cell('Социальная карта'), cell('0' + (1 + n % 9) + '.03.2025'),
        cell((n % 30) + ' дн.'), cell(names[(n + 2) % 5]), cell(state[1], state[0]));
      rows.appendChild(tr);
    }
    tbody.replaceChildren(rows);
  }
  var clock = document.getElementById('clock');
  function time() { clock.textContent = new Date().toLocaleTimeString('ru-RU'); }
  redraw(); time();
  setInterval(redraw, 100);
  setInterval(time, 1000);
  setInterval(function () { document.body.classList.toggle('is-busy'); }, 500);
  if (/[?&]labelclock=1/.test(location.search)) {
    setInterval(function () {
      var label = root.querySelector('label'), span = label.querySelector('.clock');
      if (!span) { span = document.createElement('span'); span.className = 'clock'; label.appendChild(span); }
      span.textContent = ' ' + new Date().toLocaleTimeString('ru-RU');
    }, 1000);
  }
  if (/[?&]rerender=1/.test(location.search)) {
    setInterval(function () { root.replaceChildren(document.getElementById('card-template').content.cloneNode(true)); }, 3000);
  }
})();
`;
