import type { Page } from 'playwright-core';
import { pressCapture } from '../browser';
import { type Cdp, heapAfterGc, serviceWorkerCdp } from '../cdp';
import type { BenchMeasure, Figure } from '../context';
import { BARE_MARK, writeEmptyScriptExtension } from '../empty-extension';
import { mb, median, signedMb } from '../stats';

// Memory, in a Chromium of its own: the JS heap of the heavy МАИС page's process (the page and the agent share one
// isolate) after a full collection — not matched, matched with the panel, and after «Заполнить чек-лист со страницы» loaded the engine —
// in interleaved rounds; the extension process's heap before and with the panel; the background's heap. The same
// page matched only by a reference extension whose one content script is empty (loaded in the same browser) shows
// what Chromium itself costs a page for any content script: the script's own world, with its global object and the
// DOM's interfaces made anew for it; what the agent adds is measured against it.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const measure: BenchMeasure = {
  order: 70,
  title: 'Память: куча страницы с панелью и без, после загрузки модуля заполнения, фон / memory',
  async run({ freshChromium, server, quick }) {
    const reference = writeEmptyScriptExtension('chromium');
    const b = await freshChromium([reference.dir]);
    try {
      const worker: Cdp = await serviceWorkerCdp(b.context);
      await sleep(2000);
      const backgroundAtStart = await heapAfterGc(worker);
      const control = b.context.pages().find((p: Page) => p.url().startsWith(b.extensionOrigin)) ?? null;
      const extensionCdp = control ? await b.context.newCDPSession(control) : null;
      const extensionHeap = async () =>
        extensionCdp ? heapAfterGc(extensionCdp as unknown as Cdp) : Number.NaN;
      const heaps = {
        off: [] as number[],
        bare: [] as number[],
        on: [] as number[],
        collapsed: [] as number[],
        engine: [] as number[],
        panel: [] as number[],
        detectorsOff: [] as number[],
        detectorsOn: [] as number[],
      };
      for (let r = 0; r < (quick ? 1 : 3); r++) {
        const off = await b.open(server.url('off', 'heavy.html'));
        await sleep(3000);
        heaps.off.push(await heapAfterGc(off.cdp));
        await off.close();

        const bare = await b.open(server.url('bare', 'heavy.html'));
        const marked = await bare.page.evaluate(
          (mark) => document.documentElement.hasAttribute(mark),
          BARE_MARK,
        );
        if (!marked) throw new Error('пустой скрипт не сработал');
        await sleep(3000);
        heaps.bare.push(await heapAfterGc(bare.cdp));
        await bare.close();

        // The panel left collapsed: the agent, its host and the panel page, but no form watcher and no description.
        await b.session.setStorage('local', { ui: { collapsed: true } });
        const folded = await b.open(server.url('on', 'heavy.html'));
        if (!(await folded.panel(60_000))) throw new Error('свёрнутая панель не появилась');
        await sleep(3000);
        heaps.collapsed.push(await heapAfterGc(folded.cdp));
        await folded.close();
        await b.session.setStorage('local', { ui: { collapsed: false } });

        const extensionBefore = await extensionHeap();
        const on = await b.open(server.url('on', 'heavy.html'));
        const panel = await on.panel(60_000);
        if (!panel) throw new Error('панель не появилась');
        await sleep(3000);
        heaps.on.push(await heapAfterGc(on.cdp));
        heaps.panel.push((await extensionHeap()) - extensionBefore);
        await pressCapture(panel);
        await sleep(2000);
        heaps.engine.push(await heapAfterGc(on.cdp));
        await on.close();

        // The same page with four resize detectors (empty frames at opacity 0) beside its fields.
        for (const folder of ['off', 'on'] as const) {
          const page = await b.open(server.url(folder, 'heavy.html?detectors=1'));
          if (folder === 'on' && !(await page.panel(60_000))) throw new Error('панель не появилась');
          await sleep(3000);
          heaps[folder === 'on' ? 'detectorsOn' : 'detectorsOff'].push(await heapAfterGc(page.cdp));
          await page.close();
        }
      }
      const backgroundAtEnd = await heapAfterGc(worker);
      const off = median(heaps.off);
      const floor = median(heaps.bare);
      const figures: Figure[] = [
        {
          id: 'heap-panel',
          label: 'Куча страницы с панелью − без',
          value: (median(heaps.on) - off) / 2 ** 20,
          unit: 'ΔMB',
          goal: { max: 0.5, text: '≤ +0,5 МБ' },
          detail: `без панели ${mb(off)}; пустой скрипт содержимого ${signedMb(floor - off)}`,
        },
        {
          id: 'heap-panel-over-empty',
          label: 'Куча страницы с панелью − с пустым скриптом содержимого',
          value: (median(heaps.on) - floor) / 2 ** 20,
          unit: 'ΔMB',
          detail: 'то, что добавляет агент сверх мира, который браузер создаёт любому скрипту',
        },
        {
          id: 'heap-panel-collapsed',
          label: 'Куча страницы со свёрнутой панелью − без',
          value: (median(heaps.collapsed) - off) / 2 ** 20,
          unit: 'ΔMB',
          detail: 'панель свёрнута: агент не следит за формой и не описывает её',
        },
        {
          id: 'heap-panel-detectors',
          label: 'Куча страницы с панелью − без, рядом с полями фреймы-датчики размера',
          value: (median(heaps.detectorsOn) - median(heaps.detectorsOff)) / 2 ** 20,
          unit: 'ΔMB',
          goal: { max: 0.5, text: '≤ +0,5 МБ' },
          detail: 'четыре пустых фрейма с opacity 0 (как у текстовых полей Kontur): панель их не читает',
        },
        {
          id: 'heap-engine',
          label: 'Куча страницы после загрузки модуля заполнения − без панели',
          value: (median(heaps.engine) - off) / 2 ** 20,
          unit: 'ΔMB',
          goal: { max: 1.5, text: '≤ +1,5 МБ' },
        },
        {
          id: 'heap-background',
          label: 'Куча фона (service worker) после прогона',
          value: backgroundAtEnd / 2 ** 20,
          unit: 'MB',
          detail: `при запуске ${mb(backgroundAtStart)}`,
        },
      ];
      return {
        columns: ['', 'куча, медиана', 'разница'],
        rows: [
          ['страница без панели', mb(off), ''],
          ['страница с пустым скриптом содержимого', mb(floor), signedMb(floor - off)],
          [
            'страница со свёрнутой панелью (без наблюдения за формой и её описания)',
            mb(median(heaps.collapsed)),
            signedMb(median(heaps.collapsed) - off),
          ],
          ['страница с панелью', mb(median(heaps.on)), signedMb(median(heaps.on) - off)],
          [
            'та же страница с фреймами-датчиками размера: без панели → с панелью',
            `${mb(median(heaps.detectorsOff))} → ${mb(median(heaps.detectorsOn))}`,
            signedMb(median(heaps.detectorsOn) - median(heaps.detectorsOff)),
          ],
          [
            'после «Заполнить чек-лист со страницы» (модуль заполнения)',
            mb(median(heaps.engine)),
            signedMb(median(heaps.engine) - off),
          ],
          ['процесс расширения: панель', '', signedMb(median(heaps.panel))],
          [
            'фон: при запуске → после прогона',
            `${mb(backgroundAtStart)} → ${mb(backgroundAtEnd)}`,
            signedMb(backgroundAtEnd - backgroundAtStart),
          ],
        ],
        note: `Куча JS после двух полных сборок мусора (HeapProfiler.collectGarbage), кругов «без панели, пустой скрипт, свёрнутая панель, с панелью»: ${heaps.on.length}. Скрипты расширения в странице живут в её изоляте, поэтому входят в кучу страницы; панель — в процессе расширения. Пустой скрипт — эталонное расширение с одним пустым скриптом содержимого на той же странице: столько браузер тратит на мир любого скрипта.`,
        figures,
        data: { heaps, backgroundAtStart, backgroundAtEnd },
      };
    } finally {
      await b.close();
      reference.remove();
    }
  },
};
export default measure;
