import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { findPanel } from '../browser';
import type { BenchMeasure } from '../context';
import { pageTimes, panelPaintedAt } from '../in-frame';
import { BENCH_SETTINGS } from '../server';
import { median, spread } from '../stats';

// The panel after a browser start, as a clerk meets it each morning: one Chromium profile with the extension set up
// once, then the browser started again and again on it, the issuance page opened at once. Chromium's policy service
// answers `storage.managed` only seconds after each start; the background answers from its copy of the last policy
// meanwhile (utils/background/policy-copy.ts). The same page opened in a second tab, once all is up, is the reference.

const measure: BenchMeasure = {
  order: 26,
  title: 'Панель после запуска браузера: первая вкладка / panel after a browser start',
  async run({ harness, server, quick }) {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'karta-bench-profile-'));
    const first: number[] = [];
    const later: number[] = [];
    const paintAfterDcl = async (page: Page) => {
      const panel = await findPanel(page, 30_000);
      const painted = panel ? await panel.evaluate(panelPaintedAt) : null;
      return painted === null ? null : painted - (await page.evaluate(pageTimes)).dcl;
    };
    try {
      const setUp = await harness.launchExtension('chromium', { settings: BENCH_SETTINGS, profileDir });
      await setUp.close();
      for (let i = 0; i < (quick ? 1 : 3); i++) {
        const session = await harness.launchExtension('chromium', { profileDir, waitForRegistration: false });
        try {
          const tab = (await session.openPage(server.url('issuance', 'issuance.html'))).raw as Page;
          const firstPaint = await paintAfterDcl(tab);
          if (firstPaint !== null) first.push(firstPaint);
          const second = (await session.openPage(server.url('issuance', 'issuance.html'))).raw as Page;
          const laterPaint = await paintAfterDcl(second);
          if (laterPaint !== null) later.push(laterPaint);
        } finally {
          await session.close();
        }
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
    return {
      columns: ['вкладка', 'запусков', 'панель нарисована после DOMContentLoaded, мс'],
      rows: [
        ['первая после запуска браузера', first.length, spread(first)],
        ['вторая, когда всё запущено', later.length, spread(later)],
      ],
      note: 'Один профиль Chromium: расширение настроено при первом запуске, затем браузер запускается на нём заново и сразу открывает страницу выдачи.',
      figures: [
        {
          id: 'paint-after-restart',
          label: 'Панель после запуска браузера (первая вкладка)',
          value: first.length ? median(first) : null,
          unit: 'ms',
          detail: `вторая вкладка: ${later.length ? median(later).toFixed(0) : '—'} мс`,
        },
      ],
      data: { first, later },
    };
  },
};
export default measure;
