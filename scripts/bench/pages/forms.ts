import { cardForm, extraControls, type Layout } from './fields';

// Generated pages for the fill and field-count measures: the card form of `fields` controls, optionally with
// `extra` controls outside it; `late` pages show nothing until the bench calls window.__showForm(), which inserts
// the form at once (as a single-page application renders a card) and notes when it did.

export interface FormPageOptions {
  fields: number;
  extra: number;
  late: boolean;
  /** How the card lays out its fields (fields.ts). */
  layout?: Layout;
}

const STYLE = `
body { font: 14px Arial, sans-serif; margin: 0; }
main { padding: 16px; max-width: 1000px; }
fieldset { margin: 0 0 12px; border: 1px solid #bbb; }
.row { display: flex; gap: 8px; margin: 4px 0; align-items: center; }
.row label { width: 260px; }
table { border-collapse: collapse; } td { padding: 2px 6px; }
`;

const LATE_SCRIPT = `
window.__showForm = function () {
  var main = document.querySelector('main');
  main.appendChild(document.getElementById('late-form').content.cloneNode(true));
  window.__formShownAt = performance.timeOrigin + performance.now();
  return window.__formShownAt;
};`;

export function formPage({ fields, extra, late, layout }: FormPageOptions): string {
  const form = cardForm(fields, layout);
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8">
<title>МАИС НСО — Назначение льготы (${fields} полей${extra ? `, ещё ${extra} элементов` : ''})</title>
<style>${STYLE}</style>
${late ? `<script>${LATE_SCRIPT}</script>` : ''}
</head><body>
<main>
<h1>Назначение меры социальной поддержки</h1>
${late ? `<p id="loading">Загрузка карточки…</p><template id="late-form">${form}</template>` : form}
${extraControls(extra)}
</main>
</body></html>`;
}

/** An issuance page of the card service: enough for the issuance agent and its panel to start. */
export function issuancePage(): string {
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Карта жителя НСО — выдача социальной карты</title></head>
<body><main><h1>Выдача карты</h1>
<p>Гражданин: Петров Пётр Семёнович, СНИЛС 112-233-445 95</p>
<button type="button" id="issue">Выдать карту</button>
</main></body></html>`;
}
