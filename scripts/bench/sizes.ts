import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIELDS_READER_FILE } from '../../utils/background/read-fields';
import { AGENT_FILES, type AgentFiles } from '../../utils/background/register-sites';

// Sizes of the built extension. Before the clerk acts, a matched page's own process parses only the page agent of its
// site kind (the files the background registers for it, utils/background/register-sites.ts) and, on МАИС pages, the
// form reader the background injects for the panel: that is the budget.
// The panel page runs in the extension's process, the engine is injected when the clerk first captures or
// prefills; both are listed apart. Gzip level 9, as a server or a store would compress.

// The goal and the check are both 10 KB: the agents talk to the background through a few lines of their own
// (utils/agent/messenger.ts) rather than the messaging library the extension pages use.
export const PRE_ACTION_GOAL_BYTES = 10 * 1024;
export const PRE_ACTION_BUDGET_BYTES = 10 * 1024;

export function fileSize(file: string): { raw: number; gzip: number } {
  const data = readFileSync(file);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

type FilesByKind = Record<string, AgentFiles>;

/**
 * What each site kind's page parses before the clerk acts: its agent, and on МАИС pages the form reader the background
 * injects for the panel's first description (utils/background/read-fields.ts).
 */
export const PRE_ACTION_FILES: FilesByKind = {
  ...AGENT_FILES,
  mais: { ...AGENT_FILES.mais, js: [...AGENT_FILES.mais.js, FIELDS_READER_FILE.slice(1)] },
};

/** Files an HTML entry loads: its scripts and stylesheets, and the chunks those scripts import statically. */
export function htmlEntryFiles(outDir: string, htmlName: string): string[] {
  const htmlFile = path.join(outDir, htmlName);
  if (!existsSync(htmlFile)) return [];
  const html = readFileSync(htmlFile, 'utf8');
  const found = new Set([htmlName]);
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  while (queue.length) {
    const rel = queue.shift() as string;
    if (found.has(rel) || !existsSync(path.join(outDir, rel))) continue;
    found.add(rel);
    if (!rel.endsWith('.js')) continue;
    const code = readFileSync(path.join(outDir, rel), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.?\.?\/?([^"']+\.js)["']/g)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1])));
    }
  }
  return [...found].sort();
}

export function measureFiles(outDir: string, files: string[]): FileSize[] {
  return files
    .filter((f) => statSync(path.join(outDir, f), { throwIfNoEntry: false })?.isFile())
    .map((f) => ({ file: f, ...fileSize(path.join(outDir, f)) }));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} КБ`;
export const sum = (rows: FileSize[], key: 'raw' | 'gzip') => rows.reduce((n, r) => n + r[key], 0);

/** What each site kind's page parses before the clerk acts, with its gzip total. */
export function preActionSizes(outDir: string, files: FilesByKind = PRE_ACTION_FILES) {
  return Object.entries(files).map(([kind, { js, css }]) => {
    const rows = measureFiles(outDir, [...js, ...css]);
    const missing = [...js, ...css].filter((f) => !rows.some((r) => r.file === f));
    return { kind, rows, gzip: sum(rows, 'gzip'), raw: sum(rows, 'raw'), missing };
  });
}

/** The other parts: the panel page (extension process), the engine (after the first capture/prefill), the rest. */
export function otherSizes(outDir: string) {
  const parts: Array<[string, string[]]> = [
    ['panel.html (процесс расширения)', htmlEntryFiles(outDir, 'panel.html')],
    ['engine.js (после первого «Заполнить чек-лист со страницы» или «Заполнить»)', ['engine.js']],
    ['background.js (фон)', ['background.js']],
    ['popup.html', htmlEntryFiles(outDir, 'popup.html')],
    ['options.html', htmlEntryFiles(outDir, 'options.html')],
  ];
  return parts.map(([name, list]) => {
    const rows = measureFiles(outDir, list);
    return { name, files: rows.length, raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip') };
  });
}

/** Russian messages for every site kind whose pre-action scripts exceed the budget (empty: within budget). */
export function budgetProblems(
  outDir: string,
  files: FilesByKind = PRE_ACTION_FILES,
  budget = PRE_ACTION_BUDGET_BYTES,
): string[] {
  const problems: string[] = [];
  for (const { kind, rows, gzip, missing } of preActionSizes(outDir, files)) {
    for (const file of missing)
      problems.push(`${outDir}: файл «${file}» (страницы «${kind}») не найден в сборке.`);
    for (const { file } of rows) {
      const at = file.endsWith('.js')
        ? readFileSync(path.join(outDir, file), 'utf8').search(/[^ -~\t\n\r]/)
        : -1;
      if (at >= 0)
        problems.push(
          `${outDir}: в «${file}» (страницы «${kind}») есть символ вне ASCII (позиция ${at}): процесс страницы хранил бы весь текст скрипта по два байта на символ (сборка пишет такие символы как \\uXXXX, wxt.config.ts).`,
        );
    }
    if (gzip > budget) {
      const list = rows.map((r) => `${r.file} — ${r.gzip} Б`).join(', ');
      problems.push(
        `${outDir}: страница «${kind}» до действий специалиста загружает ${gzip} Б gzip (${kb(gzip)}) — больше бюджета ${kb(budget)}: ${list}.`,
      );
    }
  }
  return problems;
}
