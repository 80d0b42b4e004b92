import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Sizes of the built extension: what a matched page loads (the content scripts and their CSS), and what each
// extension page and the background load. Gzip level 9, as a server or a store would compress.

export const PAGE_BUDGET_BYTES = 25 * 1024;

export function fileSize(file) {
  const data = readFileSync(file);
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** Every file under content-scripts/: runtime-registered scripts and the CSS their shadow roots load. */
export function contentScriptFiles(outDir) {
  const dir = path.join(outDir, 'content-scripts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => path.join('content-scripts', f))
    .sort();
}

/** Files an HTML entry loads: its scripts and stylesheets, and the chunks those scripts import statically. */
export function htmlEntryFiles(outDir, htmlName) {
  const htmlFile = path.join(outDir, htmlName);
  if (!existsSync(htmlFile)) return [];
  const html = readFileSync(htmlFile, 'utf8');
  const found = new Set([htmlName]);
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  while (queue.length) {
    const rel = queue.shift();
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

export function measureFiles(outDir, files) {
  return files
    .filter((f) => statSync(path.join(outDir, f), { throwIfNoEntry: false })?.isFile())
    .map((f) => ({ file: f, ...fileSize(path.join(outDir, f)) }));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);
