import type { BenchMeasure } from '../context';

// Example measure (also useful on its own): when the panel has rendered on the demo issuance page, in ms since
// navigation start, next to the page's own DOMContentLoaded and load; median of a few fresh loads in headless
// Chromium. Reported, never judged.

const LOADS = 5;

/** Runs in every page before its scripts: notes when <karta-nso-panel> first shows a rendered element. */
function recordPanelTime(): void {
  const w = window as unknown as { __panelShownAt?: number };
  const check = () => {
    const root = document.querySelector('karta-nso-panel')?.shadowRoot;
    if (root && Array.from(root.children).some((c) => c.getClientRects().length > 0)) {
      w.__panelShownAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const measure: BenchMeasure = {
  title: 'Панель: когда появляется на странице выдачи / when the panel appears on the issuance page',
  async run({ harness }) {
    const server = await harness.startFixtureServer();
    const session = await harness.launchExtension('chromium');
    await session.waitForRegistration();
    await (session.raw as { addInitScript(fn: () => void): Promise<void> }).addInitScript(recordPanelTime);
    const rows: Array<{ panel: number; dcl: number; load: number }> = [];
    let missed = 0;
    try {
      for (let i = 0; i < LOADS; i++) {
        const page = await session.openPage(server.url(`/demo/issuance.html?bench=${i}`));
        const sample = await page
          .waitForFunction(
            () => {
              const at = (window as unknown as { __panelShownAt?: number }).__panelShownAt;
              const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
              return at ? { panel: at, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd } : null;
            },
            { timeout: 8_000 },
          )
          .catch(() => null);
        if (sample) rows.push(sample);
        else missed++;
        await page.close();
      }
    } finally {
      await session.close();
      await server.close();
    }
    if (!rows.length)
      return { columns: ['страница', 'итог'], rows: [['demo/issuance.html', 'панель не появилась']] };
    const ms = (xs: number[]) => median(xs).toFixed(0);
    return {
      columns: [
        'страница',
        'загрузок',
        'панель, мс (медиана)',
        'DOMContentLoaded, мс',
        'load, мс',
        'без панели',
      ],
      rows: [
        [
          'demo/issuance.html',
          rows.length,
          ms(rows.map((r) => r.panel)),
          ms(rows.map((r) => r.dcl)),
          ms(rows.map((r) => r.load)),
          missed,
        ],
      ],
      note: `Headless Chromium, ${LOADS} fresh tabs; ms since navigation start, sampled every animation frame.`,
    };
  },
};
export default measure;
