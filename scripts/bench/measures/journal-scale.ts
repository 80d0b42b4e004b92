import type { ExtSession, FixtureServer } from '../../../tests/e2e/harness';
import type { BenchContext, BenchMeasure } from '../context';

// The outcome journal at 100, 36,500 (two years of a busy office) and 100,000 past lines, in headless Chromium with
// the built extension: recording one outcome (the message round trip, answered once stored), opening the popup until
// today's counts show, opening the report until its week shows, and the report over every stored day. Medians of a
// few runs; the ratio columns compare each size with 100 lines. Reported, never asserted.

const SIZES = [100, 36_500, 100_000];
const PER_DAY = 50;
const RUNS = 5;

/** In an extension page: `count` past lines stored the way the background keeps them (lines and counts per day, index). */
async function storeJournal(count: number, perDay: number): Promise<string> {
  const api = (
    globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
  ).chrome;
  const outcomes = ['accepted', 'leaflet', 'refused', 'mais'];
  const steps = [['offer'], ['offer', 'details'], ['offer', 'details', 'leaflet'], ['offer', 'refusal']];
  const office = { code: '5401', name: 'ОСОН по Ленинскому району г. Новосибирска' };
  const pad = (n: number) => String(n).padStart(2, '0');
  const items: Record<string, unknown> = {};
  const days: string[] = [];
  const now = new Date();
  for (let i = 0; i < count; i += perDay) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1 - i / perDay);
    const iso = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
    const lines = Array.from({ length: Math.min(perDay, count - i) }, (_, j) => ({
      at: new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9, j * 9).toISOString(),
      outcome: outcomes[(i + j) % 4],
      steps: steps[(i + j) % 4],
      siteKind: 'issuance',
      office,
    }));
    const counts: Record<string, number> = { accepted: 0, leaflet: 0, refused: 0, mais: 0 };
    for (const l of lines) counts[l.outcome] += 1;
    items[`journal:${iso}`] = lines;
    items[`journalCounts:${iso}`] = [{ office, counts }];
    days.unshift(iso);
  }
  await api.storage.local.set({
    ...items,
    journal: { days },
    journal$: { v: 2 },
  });
  return days[0];
}

/** In the panel page: `n` outcomes recorded one after another as its outcome buttons send them; ms each. */
async function timeRecords(n: number): Promise<number[]> {
  type Runtime = { sendMessage(m: unknown, cb: (r: { err?: unknown } | undefined) => void): void };
  const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const data = { outcome: 'accepted', steps: ['offer'], siteKind: 'issuance' };
    const t0 = performance.now();
    const answer = await new Promise<{ err?: unknown } | undefined>((resolve) =>
      runtime.sendMessage({ id: 800_000 + i, type: 'recordOutcome', data, timestamp: Date.now() }, resolve),
    );
    if (!answer || answer.err) throw new Error(`recordOutcome failed: ${JSON.stringify(answer)}`);
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Runs before every page's scripts: notes when the popup's counts and the report's section first render (still
 * without data) and when their data shows, so the model's own wait is told apart from the page's load.
 */
function noteWhenShown(): void {
  const w = window as unknown as Record<string, number | undefined>;
  const note = (key: string) => {
    w[key] ??= performance.now();
  };
  const check = () => {
    const stats = document.querySelectorAll('[data-stat]');
    if (stats.length) note('__countsRenderAt');
    if (stats.length && [...stats].every((s) => /\d/.test(s.textContent ?? ''))) note('__countsAt');
    if (document.getElementById('op-report-title')) note('__reportRenderAt');
    if (document.querySelector('[data-summary-total]')) note('__reportAt');
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

/** In the options page: sets the period to start at `from` and times until the table shows `days` rows. */
async function timeWholePeriod(from: string, days: number): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('input[name="from"]') as HTMLInputElement;
  const rows = () => document.querySelector('[data-report-table]')?.querySelectorAll('tbody tr').length ?? 0;
  const t0 = performance.now();
  input.value = from;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise<void>((resolve) => {
    const done = () => rows() >= days && document.querySelector('[data-summary-total]') !== null;
    if (done()) return resolve();
    new MutationObserver((_, observer) => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    }).observe(document.body, { subtree: true, childList: true });
  });
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Opens an extension page; ms from navigation start until its data showed, and from its first render. */
async function openTimed(session: ExtSession, path: string, prefix: '__counts' | '__report') {
  const page = await session.openExtensionPage(path);
  const shownAt = Number(await page.waitForFunction(`window.${prefix}At`, { timeout: 120_000 }));
  const renderAt = Number(await page.evaluate(`window.${prefix}RenderAt`));
  return { page, open: shownAt, wait: shownAt - renderAt };
}

const SETTINGS = {
  version: 1,
  sites: [{ kind: 'issuance', match: 'http://127.0.0.1/demo/issuance*' }],
  journalRetentionDays: 3650, // nothing pruned: every size keeps all its days
};

async function measureSize(harness: BenchContext['harness'], server: FixtureServer, size: number) {
  const session = await harness.launchExtension('chromium', { settings: SETTINGS });
  try {
    await (session.raw as { addInitScript(fn: () => void): Promise<void> }).addInitScript(noteWhenShown);
    const control = await session.openExtensionPage('popup.html');
    const firstDay = await control.evaluate(storeJournal, size, PER_DAY);
    const issuance = await session.openPage(server.url('/demo/issuance.html'));
    await issuance.waitForPanel();
    const record = await issuance.panelEvaluate(timeRecords, RUNS);
    await issuance.close();
    const samples = {
      popup: [] as number[],
      popupWait: [] as number[],
      report: [] as number[],
      reportWait: [] as number[],
      whole: [] as number[],
    };
    for (let i = 0; i < RUNS; i++) {
      const popup = await openTimed(session, 'popup.html', '__counts');
      samples.popup.push(popup.open);
      samples.popupWait.push(popup.wait);
      await popup.page.close();
      const report = await openTimed(session, 'options.html', '__report');
      samples.report.push(report.open);
      samples.reportWait.push(report.wait);
      samples.whole.push(
        await report.page.evaluate(timeWholePeriod, firstDay, Math.ceil(size / PER_DAY) + 1),
      );
      await report.page.close();
    }
    return {
      record: median(record),
      popup: median(samples.popup),
      popupWait: median(samples.popupWait),
      report: median(samples.report),
      reportWait: median(samples.reportWait),
      whole: median(samples.whole),
    };
  } finally {
    await session.close();
  }
}

const measure: BenchMeasure = {
  order: 80,
  title: 'Журнал итогов: запись и открытие при 100 / 36 500 / 100 000 записях / the journal at scale',
  async run({ harness }) {
    const results = [];
    const server = await harness.startFixtureServer();
    try {
      for (const size of SIZES) results.push({ size, ...(await measureSize(harness, server, size)) });
    } finally {
      await server.close();
    }
    const base = results[0];
    const ms = (v: number) => v.toFixed(0);
    const ratio = (v: number, b: number) => `${(v / b).toFixed(2)}×`;
    return {
      columns: [
        'записей / lines',
        'запись итога / record',
        '×',
        'окно: данные / popup data',
        '×',
        'окно открыто / popup open',
        'отчёт: данные / report data',
        '×',
        'отчёт открыт / report open',
        'отчёт за всё время / whole journal',
      ],
      rows: results.map((r) => [
        r.size.toLocaleString('ru-RU'),
        ms(r.record),
        ratio(r.record, base.record),
        ms(r.popupWait),
        ratio(r.popupWait, base.popupWait),
        ms(r.popup),
        ms(r.reportWait),
        ratio(r.reportWait, base.reportWait),
        ms(r.report),
        ms(r.whole),
      ]),
      note:
        `Headless Chromium, fresh profile per size, ${PER_DAY} lines a day before today; ms, medians of ${RUNS}; × — ` +
        'against 100 lines. Record: message round trip from an extension page until the background answers (after ' +
        'storing). Data: from the first render of the counts / the report until their numbers show (the model’s ' +
        'own wait). Open: from navigation start (includes the page load, noisy on a busy machine). Whole journal: ' +
        'the report’s period set to the first stored day, until every day’s row shows.',
    };
  },
};
export default measure;
