import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BenchMeasure, Figure } from '../context';
import { fileSize, kb, otherSizes, PRE_ACTION_BUDGET_BYTES, preActionSizes } from '../sizes';

// Sizes: what each kind of matched page parses before the clerk acts — read from the build (the files the
// background registers per site kind) and checked in Chromium, where the page's process reports every script it
// parses (Debugger.scriptParsed) from navigation until the panel has painted and the page has been idle a second.

const BUILDS = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;

const measure: BenchMeasure = {
  order: 10,
  title: 'Размеры: что разбирает страница до действий специалиста / pre-action scripts (gzip -9)',
  async run({ root, chromium, server }) {
    const rows: Array<Array<string | number>> = [];
    const figures: Figure[] = [];
    for (const [browser, dir] of Object.entries(BUILDS)) {
      const out = path.join(root, dir);
      if (!existsSync(path.join(out, 'manifest.json'))) {
        rows.push([browser, 'сборки нет (npm run bench без --no-build собирает обе)', '', '', '']);
        continue;
      }
      for (const kind of preActionSizes(out)) {
        rows.push([
          browser,
          `страница «${kind.kind}»: ${kind.rows.map((r) => r.file).join(', ')}`,
          kind.raw,
          kind.gzip,
          `${(kind.gzip / PRE_ACTION_BUDGET_BYTES).toFixed(2)}× от ${kb(PRE_ACTION_BUDGET_BYTES)}`,
        ]);
        figures.push({
          id: `size-${kind.kind}-${browser}`,
          label: `${browser}: страница «${kind.kind}» до действий (gzip)`,
          value: kind.gzip / 1024,
          unit: 'KB',
          goal: { max: 10, text: '≤ 10 КБ' },
        });
      }
      for (const part of otherSizes(out)) rows.push([browser, part.name, part.raw, part.gzip, '']);
    }

    // What Chromium's page process actually parsed from the extension, per page kind.
    const chrome = await chromium();
    const seen: Record<string, string[]> = {};
    for (const [kind, url] of [
      ['mais', server.url('on', 'heavy.html')],
      ['issuance', server.url('issuance', 'issuance.html')],
    ] as const) {
      const page = await chrome.context.newPage();
      const cdp = await chrome.context.newCDPSession(page);
      const scripts = new Set<string>();
      cdp.on('Debugger.scriptParsed', (e) => {
        if (e.url.startsWith(chrome.extensionOrigin)) scripts.add(e.url.slice(chrome.extensionOrigin.length));
      });
      await cdp.send('Debugger.enable');
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const panel = page.frames().find((f) => f.url().includes('/panel.html'));
      await (panel ?? page).waitForTimeout(1000);
      seen[kind] = [...scripts].sort();
      await page.close();
      const gzip = seen[kind].reduce((n, f) => n + fileSize(path.join(root, BUILDS.chromium, f)).gzip, 0);
      rows.push([
        'chromium, разобрано страницей',
        `страница «${kind}»: ${seen[kind].join(', ') || '—'}`,
        '',
        gzip,
        '',
      ]);
    }
    return {
      columns: ['сборка', 'что', 'байт', 'gzip, байт', 'к бюджету'],
      rows,
      note: `Бюджет: ${kb(PRE_ACTION_BUDGET_BYTES)} gzip на вид страницы до действий специалиста (проверяется в npm test). Панель — страница расширения в его собственном процессе; модуль заполнения (engine.js) внедряется при первом «Заполнить чек-лист со страницы» или «Заполнить».`,
      figures,
      data: { parsedBeforeAction: seen },
    };
  },
};
export default measure;
