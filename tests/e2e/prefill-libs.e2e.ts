import { afterAll, describe, type ExpectStatic, test } from 'vitest';
import { LIB_FIXTURES, pageUrl } from '../fixtures/libs/cases';
import { sampleChecklist } from '../fixtures/libs/sample';
import { formatScore, scoreForm } from '../fixtures/libs/score';
import type { FormState, LibFixture } from '../fixtures/libs/types';
import { BROWSERS, type ExtSession, setupExtension, setupFixtureServer, type TestPage } from './harness';
import { formState, readyState } from './libs/person';
import { opened, openPopups } from './libs/popups';
import { createSessionPool } from './libs/session-pool';

// Prefill measured on МАИС-like forms built with real UI libraries (tests/fixtures/libs), in both browsers: the
// sample checklist in the background's storage.session, the clerk's click on the panel's «prefill», then each
// library's OWN state and what each control shows, field by field: right / wrong / empty. Every field must be right
// but a page's known gaps (`gaps` in its expected.ts: left to the clerk, and so reported), none wrong (a value other
// than intended, or a model changed behind a control that shows nothing), its search box and «по» date stay as
// they were, and no popup the fill opened is left open. The panel's report must say the same: a field the form does
// not hold is never reported filled.

const SETTINGS = { version: 1, sites: [{ kind: 'mais', match: 'http://127.0.0.1/fixtures/libs/*' }] };

const server = setupFixtureServer();

/**
 * The form's state once the page's framework has stopped re-rendering after the fill (or after 5 s): a poll on the
 * state itself, two equal reads in a row. The interval only paces the reads; what is asserted afterwards has its
 * positive control in the same state (the filled fields are right while the search box and «по» are untouched).
 */
async function settledState(page: TestPage): Promise<FormState> {
  let last = await formState(page);
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const next = await formState(page);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

describe.each(BROWSERS)('%s: prefill on forms of real UI libraries', (browser) => {
  const browsers = createSessionPool(() => setupExtension(browser, { settings: SETTINGS }));
  /** Each page's score line, printed in the pages' order. */
  const lines = new Map<string, string>();
  afterAll(() => {
    const ordered = LIB_FIXTURES.flatMap((f) => lines.get(f.id) ?? []);
    console.log(`[${browser}] prefill on library forms:\n${ordered.join('\n')}`);
  });

  test.concurrent.for(LIB_FIXTURES.map((f) => [f.id, f.library, f] as const))(
    '%s (%s)',
    ([, , fixture], { expect }) => browsers.use((session) => fillAndScore(session, fixture, expect)),
  );

  async function fillAndScore(session: ExtSession, fixture: LibFixture, expect: ExpectStatic): Promise<void> {
    await session.setStorage('session', {
      checklist: { checklist: sampleChecklist(), expiresAt: Date.now() + 10 * 60_000 },
    });
    const page = await session.openPage(server.url(pageUrl(fixture)));
    try {
      const before = await readyState(page, fixture.ready);
      const popupsBefore = await page.evaluate(openPopups);
      await page.waitForPanel(15_000);
      await page.waitFor('[data-action="prefill"]:not([disabled])', { inPanel: true, timeout: 15_000 });
      await page.panelClick('[data-action="prefill"]');
      await page.waitFor('[data-fill-report]', { inPanel: true, timeout: 30_000 });
      const score = scoreForm(fixture, before, await settledState(page));
      lines.set(fixture.id, formatScore(score));
      // The panel's report agrees with the form: no field left empty is reported to the clerk as filled.
      // With the line the clerk reads for each field: a field left empty says why in a failure's message.
      const reported: Record<string, { status: string | null; says: string }> = await page.panelEvaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-fill-report] [data-field]')].map((el) => [
            el.getAttribute('data-field'),
            {
              status: el.getAttribute('data-status'),
              says: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            },
          ]),
        ),
      );
      const claimed = score.fields.filter(
        (f) => f.verdict !== 'right' && reported[f.key]?.status === 'filled',
      );
      expect(
        claimed.map((f) => f.key),
        'reported «Заполнено» but not in the form',
      ).toEqual([]);
      const unreported = score.fields.filter(
        (f) => f.verdict === 'right' && reported[f.key]?.status !== 'filled',
      );
      expect(
        unreported.map((f) => `${f.key}: ${reported[f.key]?.status}`),
        'in the form but not reported «Заполнено»',
      ).toEqual([]);

      expect(score.wrong, formatScore(score)).toBe(0);
      // Every field right but the page's known gaps, which stay as they were (told to the clerk, checked above).
      const gaps = Object.keys(fixture.gaps ?? {});
      const off = score.fields.filter((f) => f.verdict !== (gaps.includes(f.key) ? 'empty' : 'right'));
      const why = off.map(
        (f) => `    ${f.key} in the report: ${reported[f.key]?.status} «${reported[f.key]?.says}»`,
      );
      expect(
        off.map((f) => `${f.key}: ${f.verdict}`),
        [formatScore(score), ...why].join('\n'),
      ).toEqual([]);
      expect(score.touched, 'the search box and «по» keep their values').toEqual({});
      // No calendar or list is left open over the form (the page's own resting popups are the control).
      // Polled: a popup that closes with an animation (PrimeVue's calendar) is shown for a moment after it closed.
      await expect
        .poll(async () => opened(popupsBefore, await page.evaluate(openPopups)), {
          timeout: 3_000,
          message: 'left open by the fill',
        })
        .toEqual([]);
      expect(page.dialogs()).toEqual([]);
    } finally {
      await page.close(); // the browser goes back to the pool with no page left over
    }
  }
});
