import { CLERK_PATH_STEPS } from './clerk-path';
import { appears, type DemoStep, notYet, panelAppears, requireStep } from './context';

// The demo scenario, one entry per thing a person should see. To extend: add a step here (or fill a `notYet`),
// keep screenshots numbered, and make a missing feature call notYet() instead of throwing.

const has = (text: string, words: string[]) =>
  words.map((w) => `${text.includes(w) ? '✓' : '✗'} «${w}»`).join(', ');

export const STEPS: DemoStep[] = [
  {
    id: 'a',
    title: 'Страница выдачи карты с панелью (шаг 1 памятки — предложение)',
    titleEn: 'Issuance page with the panel (memo step 1, the offer)',
    async run(ctx) {
      const page = await ctx.session.openPage(ctx.server.url('/demo/issuance.html'));
      ctx.pages.issuance = page;
      if (!(await panelAppears(page))) {
        await ctx.shot(page, '01-issuance-no-panel.png');
        notYet('панель <karta-nso-panel> на странице выдачи');
      }
      const text = await page.panelText();
      return {
        details: [
          `Панель показана. Текст шага 1: ${has(text, ['Карта жителя', 'karta.nso.ru', 'Мир', 'Госуслуг'])}`,
        ],
        screenshot: await ctx.shot(page, '01-issuance-panel.png'),
      };
    },
  },
  {
    id: 'b',
    title: 'Всплывающее окно — краткая справка',
    titleEn: 'The popup quick reference',
    async run(ctx) {
      const page = await ctx.session.openExtensionPage('popup.html');
      ctx.pages.popup = page;
      await (
        page.raw as { setViewportSize(s: { width: number; height: number }): Promise<void> }
      ).setViewportSize({
        width: 400,
        height: 800,
      });
      if (!(await appears(page, '#app > *'))) notYet('всплывающее окно ничего не показывает');
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text, as a person sees it
      const text = await page.evaluate(() => document.body.innerText);
      const qr = await page.evaluate(() => Boolean(document.querySelector('svg')));
      return {
        details: [
          `Содержание: ${has(text, ['110', 'karta.nso.ru', 'Скопировать инструкцию'])}; QR-код: ${qr ? '✓' : '✗'}`,
        ],
        screenshot: await ctx.shot(page, '02-popup.png', true),
      };
    },
  },
  {
    id: 'c',
    title: 'Мягкая блокировка: «Оформить социальную карту» придержана до итога беседы',
    titleEn: 'Soft gate holds «Оформить социальную карту» until an outcome is recorded',
    async run(ctx) {
      requireStep(ctx, 'a', 'мягкая блокировка');
      const page = ctx.pages.issuance!;
      await page.click('#issue-card');
      await new Promise((r) => setTimeout(r, 800));
      const issued = await page.evaluate(() => !document.getElementById('issue-result')?.hidden);
      if (issued) notYet('кнопка выдачи сработала сразу: мягкая блокировка');
      return {
        details: [
          'Обработчик страницы не выполнен, заявка не отправлена; панель объясняет, что сначала — беседа.',
        ],
        screenshot: await ctx.shot(page, '03-gate-held.png'),
      };
    },
  },
  {
    id: 'd',
    title: 'Итог «отказ» (refused) отпускает выдачу пластиковой карты',
    titleEn: 'Outcome `refused` releases the held issuance',
    async run(ctx) {
      requireStep(ctx, 'c', 'итог «отказ»');
      const page = ctx.pages.issuance!;
      if (!(await appears(page, '[data-outcome="refused"]', { inPanel: true, timeout: 1_000 }))) {
        if (await appears(page, '[data-action="step-refusal"]', { inPanel: true })) {
          await page.panelClick('[data-action="step-refusal"]');
        }
      }
      if (!(await appears(page, '[data-outcome="refused"]', { inPanel: true })))
        notYet('кнопка итога «отказ»');
      await page.panelClick('[data-outcome="refused"]');
      if (!(await appears(page, '#issue-result', { timeout: 5_000 }))) {
        notYet('после итога «отказ» придержанная выдача не продолжилась');
      }
      const details = ['Выдача продолжилась без второго нажатия: «Заявка на изготовление карты отправлена».'];
      const popup = await ctx.session.openExtensionPage('popup.html');
      if (await appears(popup, '[data-stat="refused"]')) {
        const n = await popup.evaluate(() =>
          document.querySelector('[data-stat="refused"]')?.textContent?.trim(),
        );
        details.push(`Всплывающее окно: отказов за сегодня — ${n}.`);
      } else details.push('Счётчик итогов во всплывающем окне: ещё не реализовано.');
      await popup.close();
      return { details, screenshot: await ctx.shot(page, '04-refused-released.png') };
    },
  },
  {
    id: 'e',
    title: 'Шаг 5: данные гражданина считаны со страницы выдачи',
    titleEn: 'Step 5: capture of the citizen’s data from the issuance page',
    async run(ctx) {
      const page = await ctx.session.openPage(ctx.server.url('/demo/issuance.html?visit=2'));
      await page.setViewport(1366, 768);
      if (!(await panelAppears(page))) notYet('панель на странице выдачи');
      if (!(await appears(page, '[data-action="capture"]', { inPanel: true })))
        notYet('кнопка заполнения чек-листа со страницы');
      await page.panelClick('[data-action="capture"]');
      if (!(await appears(page, '[name="snils"]', { inPanel: true, timeout: 5_000 })))
        notYet('чек-лист после считывания');
      const filled = await page.panelEvaluate(() => {
        const controls = Array.from(
          document.querySelectorAll<HTMLInputElement>('input[name], select[name], textarea[name]'),
        );
        return controls.filter((c) => c.type !== 'checkbox' && c.value.trim()).map((c) => c.name);
      });
      return {
        details: [`Заполнено полей чек-листа: ${filled.length} (${filled.join(', ')})`],
        screenshot: await ctx.shot(page, '05-capture.png'),
      };
    },
  },
  {
    id: 'f',
    title: 'Заполнение формы МАИС одним нажатием, с отчётом по полям',
    titleEn: 'One-click МАИС prefill with a per-field report',
    async run(ctx) {
      requireStep(ctx, 'e', 'заполнение МАИС');
      const page = await ctx.session.openPage(ctx.server.url('/demo/mais.html'));
      ctx.pages.mais = page;
      await page.setViewport(1366, 768);
      if (!(await panelAppears(page))) notYet('панель на странице МАИС');
      for (const key of ['registeredInKarta', 'hasBenefitCategory', 'categoryNotShown']) {
        const selector = `[name="${key}"]`;
        if (!(await appears(page, selector, { inPanel: true, state: 'attached' }))) {
          notYet(`условие памятки «${key}» в чек-листе`);
        }
        const checked = await page.panelEvaluate(
          (s: string) => (document.querySelector(s) as HTMLInputElement)?.checked,
          selector,
        );
        if (checked) continue;
        // A styled checkbox may be visually hidden behind its label; then click it the way its label would.
        if (await appears(page, selector, { inPanel: true, timeout: 500 })) await page.panelClick(selector);
        else
          await page.panelEvaluate(
            (s: string) => (document.querySelector(s) as HTMLInputElement)?.click(),
            selector,
          );
      }
      if (!(await appears(page, '[data-action="prefill"]', { inPanel: true }))) notYet('кнопка «Заполнить»');
      // Focus on the fill button shows on the page which value each field will get, before anything is written.
      await page.panelEvaluate(() =>
        (document.querySelector('[data-action="prefill"]') as HTMLElement).focus(),
      );
      await appears(page, 'karta-nso-marks', { state: 'attached', timeout: 3_000 });
      const planShot = await ctx.shot(page, '06-mais-step5-plan.png');
      await page.panelClick('[data-action="prefill"]');
      if (!(await appears(page, '[data-fill-report]', { inPanel: true, timeout: 5_000 })))
        notYet('отчёт заполнения');
      const byStatus = await page.panelEvaluate(() => {
        const groups: Record<string, string[]> = {};
        for (const el of Array.from(
          document.querySelectorAll('[data-fill-report] [data-field][data-status]'),
        )) {
          const status = el.getAttribute('data-status') ?? '?';
          groups[status] = [...(groups[status] ?? []), el.getAttribute('data-field') ?? '?'];
        }
        return groups;
      });
      const summary = Object.entries(byStatus)
        .map(([status, keys]) => `${status} (${keys.length}): ${keys.join(', ')}`)
        .join('; ');
      return {
        details: [`Отчёт по полям: ${summary || 'пуст'}`],
        screenshot: `${planShot}, ${await ctx.shot(page, '06-mais-prefill.png')}`,
      };
    },
  },
  ...CLERK_PATH_STEPS,
];
