import path from 'node:path';
import { appears, type DemoStep, notYet, panelAppears } from './context';

// The clerk's path through the memo at 1366×768 (each step's answers on screen without scrolling), the citizen's
// screen and the printable A5 leaflet (PNG and PDF).

const SIZE = { width: 1366, height: 768 };

/** Runs in the panel's frame (as tall as the page's viewport): how many of the answers are fully on screen. */
function answersInView(): [number, number] {
  const buttons = [...document.querySelectorAll('[data-outcome], [data-action^="step-"]')];
  const inside = buttons.filter((b) => {
    const r = b.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
  return [inside.length, buttons.length];
}

export const CLERK_PATH_STEPS: DemoStep[] = [
  {
    id: 'g',
    title: 'Путь по памятке на экране 1366×768: шаги 1–4, ответы гражданина без прокрутки',
    titleEn: 'The memo path at 1366×768: steps 1–4, the citizen’s answers without scrolling',
    async run(ctx) {
      const page = await ctx.session.openPage(ctx.server.url('/demo/issuance.html?visit=path'));
      await page.setViewport(SIZE.width, SIZE.height);
      if (!(await panelAppears(page))) notYet('панель на странице выдачи');
      const details: string[] = [];
      const shots: string[] = [];
      const walk: Array<[string, string | null, string]> = [
        ['offer', null, '07-step1-offer.png'],
        ['details', '[data-action="step-details"]', '07-step2-details.png'],
        ['leaflet', '[data-action="step-leaflet"]', '07-step3-leaflet.png'],
        ['refusal', '[data-outcome="refused"]', '07-step4-refusal.png'],
      ];
      for (const [step, click, shot] of walk) {
        if (click) await page.panelClick(click);
        if (!(await appears(page, `[data-step="${step}"]`, { inPanel: true }))) notYet(`шаг «${step}»`);
        const [inside, all] = await page.panelEvaluate(answersInView);
        details.push(all ? `${step}: ответов в окне ${inside} из ${all}.` : `${step}: итог записан.`);
        shots.push(await ctx.shot(page, shot));
      }
      await page.close();
      return { details, screenshot: shots.join(', ') };
    },
  },
  {
    id: 'h',
    title: 'Экран для гражданина (citizen.html) на 1366×768',
    titleEn: 'The citizen’s screen at 1366×768',
    async run(ctx) {
      const page = await ctx.session.openExtensionPage('citizen.html');
      await page.setViewport(SIZE.width, SIZE.height);
      if (!(await appears(page, '[data-citizen-screen] svg[data-qr]'))) notYet('экран для гражданина');
      const facts = await page.evaluate(() => ({
        steps: document.querySelectorAll('[data-connect-steps] li').length,
        hotline: document.querySelector('[data-hotline] strong')?.textContent,
        fits: document.documentElement.scrollHeight <= innerHeight,
      }));
      const screenshot = await ctx.shot(page, '08-citizen.png');
      await page.close();
      return {
        details: [
          `QR-код karta.nso.ru, шагов: ${facts.steps}, горячая линия ${facts.hotline}; ` +
            `помещается без прокрутки: ${facts.fits ? '✓' : '✗'}.`,
        ],
        screenshot,
      };
    },
  },
  {
    id: 'i',
    title: 'Лифлет для печати (leaflet.html): PNG и PDF формата A5',
    titleEn: 'The printable leaflet as PNG and A5 PDF',
    async run(ctx) {
      const page = await ctx.session.openExtensionPage('leaflet.html');
      await page.setViewport(900, 1000);
      if (!(await appears(page, '[data-leaflet] svg[data-qr]'))) notYet('лифлет для печати');
      const png = await ctx.shot(page, '09-leaflet.png', true);
      const raw = page.raw as { pdf(o: object): Promise<Buffer> };
      const pdf = await raw.pdf({
        path: path.join(ctx.outDir, '09-leaflet.pdf'),
        format: 'A5',
        printBackground: true,
      });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      await page.close();
      return { details: [`PDF A5: страниц — ${pages}.`], screenshot: `${png}, 09-leaflet.pdf` };
    },
  },
];
