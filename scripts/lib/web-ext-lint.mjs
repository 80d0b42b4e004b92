import { spawn } from 'node:child_process';
import path from 'node:path';
import { outputDir } from './build.mjs';
import { bin, ROOT } from './run.mjs';

// `web-ext lint` (Mozilla's add-on linter) over the Firefox build. Errors fail the stage; warnings are listed.
// `--self-hosted`: the add-on is distributed by the administrator (docs/deployment.md), not through AMO.

export function lintFirefoxBuild() {
  const source = path.join(ROOT, outputDir('firefox'));
  return new Promise((resolve) => {
    const child = spawn(bin('web-ext'), ['lint', '--source-dir', source, '--self-hosted', '--output=json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', (error) => resolve({ ok: false, errors: 1, warnings: 0, detail: error.message }));
    child.on('close', () => {
      let report;
      try {
        report = JSON.parse(out);
      } catch {
        console.error(out);
        resolve({ ok: false, errors: 1, warnings: 0, detail: 'web-ext lint printed no JSON report' });
        return;
      }
      for (const level of ['errors', 'warnings']) {
        for (const m of report[level] ?? [])
          console.log(
            `  ${level === 'errors' ? 'ERROR' : 'warn '} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`,
          );
      }
      const errors = report.summary?.errors ?? 0;
      const warnings = report.summary?.warnings ?? 0;
      resolve({ ok: errors === 0, errors, warnings, detail: `${errors} errors, ${warnings} warnings` });
    });
  });
}
