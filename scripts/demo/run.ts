import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchExtension, ROOT, startFixtureServer } from '../../tests/e2e/harness';
import { createContext, type DemoContext, NotYetImplemented, type StepResult } from './context';
import { STEPS } from './steps';

// `npm run demo`: with a display, a Chromium window for a person; without one (or with --headless), the scenario
// in steps.ts is driven automatically and written to demo-output/ as screenshots and summary.md.

const OUT_DIR = path.join(ROOT, 'demo-output');
const STATUS_TEXT = {
  ok: 'готово / done',
  todo: 'ещё не реализовано / not implemented yet',
  failed: 'ошибка / error',
} as const;

/** The background registers the panel for the default demo sites on start; wait for it (Chromium service worker). */
async function waitForDemoRegistration(raw: unknown): Promise<boolean> {
  type Ctx = { serviceWorkers(): Array<{ evaluate<T>(fn: () => Promise<T>): Promise<T> }> };
  const worker = (raw as Ctx).serviceWorkers()[0];
  if (!worker) return false;
  for (let i = 0; i < 50; i++) {
    const matches = await worker
      .evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
          }
        ).chrome;
        const list = await api.scripting.getRegisteredContentScripts();
        return list.flatMap((s) => s.matches ?? []);
      })
      .catch(() => [] as string[]);
    if (matches.some((m) => m.includes('/demo/'))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function runStep(ctx: DemoContext, step: (typeof STEPS)[number]): Promise<StepResult> {
  process.stdout.write(`  (${step.id}) ${step.title} … `);
  try {
    const outcome = await step.run(ctx);
    console.log('готово');
    return { step, status: 'ok', ...outcome };
  } catch (error) {
    if (error instanceof NotYetImplemented) {
      console.log(`ещё не реализовано: ${error.message}`);
      return { step, status: 'todo', details: [`Ещё не реализовано: ${error.message}.`] };
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(`ошибка: ${message}`);
    return { step, status: 'failed', details: [`Ошибка: ${message}`], error: message };
  }
}

function summaryMarkdown(results: StepResult[], registered: boolean): string {
  const lines = [
    '# Демо «Карта жителя НСО — помощник специалиста ОСОН» / Demo summary',
    '',
    `Дата / date: ${new Date().toLocaleString('ru-RU')}. Браузер / browser: Chromium (headless), демо-страницы на 127.0.0.1.`,
    registered
      ? ''
      : '\n> Панель не зарегистрирована для демо-страниц (фон расширения) / the panel was not registered.\n',
    '| | Шаг / Step | Итог / Result | Снимок / Screenshot |',
    '| --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.step.id} | ${r.step.title}<br>${r.step.titleEn} | ${STATUS_TEXT[r.status]} | ${r.screenshot ?? '—'} |`,
    ),
    '',
    '## Подробности / details',
    ...results.flatMap((r) => [`- **${r.step.id}.** ${r.details.join(' ')}`]),
    '',
    `Итого / total: ${results.filter((r) => r.status === 'ok').length} готово, ` +
      `${results.filter((r) => r.status === 'todo').length} ещё не реализовано, ` +
      `${results.filter((r) => r.status === 'failed').length} с ошибкой.`,
    '',
  ];
  return lines.join('\n');
}

export async function runHeadless(): Promise<number> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startFixtureServer();
  const session = await launchExtension('chromium');
  try {
    const registered = await waitForDemoRegistration(session.raw);
    console.log(`Демо-страницы: ${server.url('/demo/issuance.html')}, ${server.url('/demo/mais.html')}`);
    const ctx = createContext(session, server, OUT_DIR);
    const results: StepResult[] = [];
    for (const step of STEPS) {
      const result = await runStep(ctx, step);
      ctx.results.set(step.id, result);
      results.push(result);
    }
    const summary = summaryMarkdown(results, registered);
    writeFileSync(path.join(OUT_DIR, 'summary.md'), summary);
    console.log(`\n${summary}\nСнимки и отчёт: ${OUT_DIR}`);
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    await session.close();
    await server.close();
  }
}

export async function runForPerson(): Promise<number> {
  const server = await startFixtureServer();
  const session = await launchExtension('chromium', { headless: false });
  await waitForDemoRegistration(session.raw);
  await session.openPage(server.url('/demo/issuance.html'));
  await session.openPage(server.url('/demo/mais.html'));
  console.log(
    [
      '',
      'Chromium открыт с расширением. Вкладки:',
      `  • выдача социальной карты — ${server.url('/demo/issuance.html')}`,
      `  • форма МАИС НСО           — ${server.url('/demo/mais.html')}`,
      'Памятка — значок расширения на панели инструментов (пазл → «Карта жителя НСО»).',
      'Закройте окно браузера или нажмите Ctrl+C, чтобы завершить демо.',
    ].join('\n'),
  );
  const context = session.raw as { on(event: 'close', cb: () => void): void };
  await new Promise<void>((resolve) => {
    context.on('close', resolve);
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await session.close().catch(() => {});
  await server.close();
  return 0;
}
