import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A reference extension for what any content script costs a page: one (all but) empty script at document_start on
// /bench/bare/ and nothing else (no panel, no background). For Firefox, manifest V2, whose host permission Firefox
// grants at install (an MV3 content script waits for the user's grant); for Chromium, which no longer loads V2,
// manifest V3. Written to a temporary folder.

/** The attribute the empty script sets on <html>, so the bench can tell it ran. */
export const BARE_MARK = 'data-bench-empty-script';
export const BARE_ID = 'bench-empty-script@karta-nso.invalid';

export function writeEmptyScriptExtension(browser: 'firefox' | 'chromium' = 'firefox'): {
  dir: string;
  remove(): void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'karta-bench-empty-'));
  const manifest = {
    name: 'bench: empty content script',
    version: '1.0',
    ...(browser === 'firefox'
      ? { manifest_version: 2, browser_specific_settings: { gecko: { id: BARE_ID } } }
      : { manifest_version: 3 }),
    content_scripts: [
      { matches: ['http://127.0.0.1/bench/bare/*'], js: ['empty.js'], run_at: 'document_start' },
    ],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  // All it does is leave a mark, so the bench knows it ran: one attribute on the root element.
  writeFileSync(path.join(dir, 'empty.js'), `document.documentElement.setAttribute('${BARE_MARK}', '');\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
