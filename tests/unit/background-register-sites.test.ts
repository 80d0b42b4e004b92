import { createSiteRegistrar, registrationsFor } from '@/utils/background/register-sites';
import type { Settings } from '@/utils/settings/schema';
import { parseSettings } from '@/utils/settings/store';
import { createFakeScripting } from './background-fake-scripting';

const settingsWith = (...matches: string[]): Settings =>
  parseSettings({ version: 1, sites: matches.map((match) => ({ kind: 'issuance', match })) }).settings;

describe('registrationsFor', () => {
  test('one top-frame, document_start registration per configured pattern', () => {
    const regs = registrationsFor(settingsWith('https://a.ru/*', 'https://b.ru/x*'));
    expect(regs).toEqual([
      {
        id: 'karta-panel-0',
        matches: ['https://a.ru/*'],
        js: ['issuance-agent.js'],
        runAt: 'document_start',
        allFrames: false,
      },
      {
        id: 'karta-panel-1',
        matches: ['https://b.ru/x*'],
        js: ['issuance-agent.js'],
        runAt: 'document_start',
        allFrames: false,
      },
    ]);
  });

  test('a pattern used by two sites is registered once (the panel must not be injected twice)', () => {
    expect(registrationsFor(settingsWith('https://a.ru/*', 'https://a.ru/*'))).toHaveLength(1);
  });

  test('no sites, no registrations', () => {
    expect(registrationsFor(settingsWith())).toEqual([]);
  });

  test('CSS files are passed on when the build has them', () => {
    const files = { issuance: { js: ['p.js'], css: ['p.css'] }, mais: { js: ['m.js'], css: [] } };
    const [reg] = registrationsFor(settingsWith('https://a.ru/*'), files);
    expect(reg.css).toEqual(['p.css']);
  });

  test('each site kind gets its own bundle; a pattern shared by two kinds follows the first site', () => {
    const settings = parseSettings({
      version: 1,
      sites: [
        { kind: 'mais', match: 'https://mais.ru/*' },
        { kind: 'issuance', match: 'https://ais.ru/*' },
        { kind: 'issuance', match: 'https://mais.ru/*' },
      ],
    }).settings;
    expect(registrationsFor(settings).map((r) => [r.matches, r.js])).toEqual([
      [['https://mais.ru/*'], ['mais-agent.js']],
      [['https://ais.ru/*'], ['issuance-agent.js']],
    ]);
  });
});

describe('site registrar', () => {
  test('registers exactly the configured patterns and leaves foreign registrations alone', async () => {
    const scripting = createFakeScripting();
    await scripting.registerContentScripts([
      { id: 'someone-else', matches: ['https://z.ru/*'], js: ['z.js'] },
    ]);
    const registrar = createSiteRegistrar(scripting, async () =>
      settingsWith('https://a.ru/*', 'https://b.ru/*'),
    );
    const report = await registrar.sync();
    expect(report.errors).toEqual([]);
    expect(scripting.patterns()).toEqual({
      'someone-else': ['https://z.ru/*'],
      'karta-panel-0': ['https://a.ru/*'],
      'karta-panel-1': ['https://b.ru/*'],
    });
    expect(scripting.persistFlags()).toEqual([true, true]);
  });

  test('settings change: stale patterns go, new ones come, unchanged ones are not touched', async () => {
    const scripting = createFakeScripting();
    let settings = settingsWith('https://a.ru/*', 'https://b.ru/*');
    const registrar = createSiteRegistrar(scripting, async () => settings);
    await registrar.sync();
    scripting.calls.length = 0;
    settings = settingsWith('https://a.ru/*', 'https://c.ru/*');
    await registrar.sync();
    expect(scripting.patterns()).toEqual({
      'karta-panel-0': ['https://a.ru/*'],
      'karta-panel-1': ['https://c.ru/*'],
    });
    expect(scripting.calls).toEqual(['get', 'unregister karta-panel-1', 'register karta-panel-1']);
  });

  test('a wake-up with unchanged settings changes nothing', async () => {
    const scripting = createFakeScripting();
    const registrar = createSiteRegistrar(scripting, async () => settingsWith('https://a.ru/*'));
    await registrar.sync();
    scripting.calls.length = 0;
    await registrar.sync();
    expect(scripting.calls).toEqual(['get']);
  });

  test('one pattern the browser refuses does not stop the others, and is reported in Russian', async () => {
    const scripting = createFakeScripting({ rejects: (m) => m.includes('bad') });
    const registrar = createSiteRegistrar(scripting, async () =>
      settingsWith('https://a.ru/*', 'https://bad.ru/*', 'https://c.ru/*'),
    );
    const report = await registrar.sync();
    expect(Object.values(scripting.patterns())).toEqual([['https://a.ru/*'], ['https://c.ru/*']]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/^Шаблон адреса «https:\/\/bad\.ru\/\*» браузер не принял/);
  });

  test('Firefox without persistAcrossSessions: registers without the option', async () => {
    const scripting = createFakeScripting({ persistUnsupported: true });
    const registrar = createSiteRegistrar(scripting, async () =>
      settingsWith('https://a.ru/*', 'https://b.ru/*'),
    );
    const report = await registrar.sync();
    expect(report.errors).toEqual([]);
    expect(Object.keys(scripting.patterns())).toEqual(['karta-panel-0', 'karta-panel-1']);
    expect(scripting.persistFlags()).toEqual([undefined, undefined]);
  });

  test('rapid concurrent syncs do not race: the end state is the last settings', async () => {
    const scripting = createFakeScripting({ delayMs: 2 });
    let settings = settingsWith('https://a.ru/*');
    const registrar = createSiteRegistrar(scripting, async () => settings);
    const runs: Promise<unknown>[] = [];
    for (const host of ['b', 'c', 'd', 'e']) {
      settings = settingsWith(`https://${host}.ru/*`, 'https://x.ru/*');
      runs.push(registrar.sync());
    }
    const reports = await Promise.all(runs);
    expect(reports.flatMap((r) => (r as { errors: string[] }).errors)).toEqual([]);
    expect(scripting.patterns()).toEqual({
      'karta-panel-0': ['https://e.ru/*'],
      'karta-panel-1': ['https://x.ru/*'],
    });
  });
});
