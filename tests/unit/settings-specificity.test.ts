import { findPanelConfig } from '@/utils/background/panel-config';
import { registrationsFor } from '@/utils/background/register-sites';
import { DEFAULT_PACK } from '@/utils/content-pack';
import type { Settings, SiteSettings } from '@/utils/settings/schema';
import { findSite, overlapProblems, rankSites } from '@/utils/settings/sites';
import { compareSpecificity, globsMeet, patternsOverlap } from '@/utils/settings/specificity';

const settingsOf = (...sites: SiteSettings[]): Settings => ({
  sites,
  gateEnabled: true,
  piiTtlMinutes: 30,
  journalRetentionDays: 400,
});

describe('pattern specificity', () => {
  test.each([
    ['exact host over wildcard host', 'https://mais.nso.ru/*', 'https://*.nso.ru/*'],
    ['wildcard host over any host', 'https://*.nso.ru/*', 'https://*/*'],
    ['a longer wildcard host base over a shorter one', 'https://*.mais.nso.ru/*', 'https://*.nso.ru/*'],
    ['longer literal path over shorter', 'https://a.ru/mais/benefit*', 'https://a.ru/mais/*'],
    ['no wildcard over wildcard', 'https://a.ru/card', 'https://a.ru/card*'],
    ['fewer wildcards with the same literal prefix', 'https://a.ru/x*y', 'https://a.ru/x*y*'],
    ['explicit scheme over *', 'https://a.ru/*', '*://a.ru/*'],
    ['anything over <all_urls>', '*://*/*', '<all_urls>'],
    ['host decides before path', 'https://a.ru/*', 'https://*.a.ru/very/long/path/*'],
  ])('%s', (_name, specific, general) => {
    expect(compareSpecificity(specific, general)).toBeLessThan(0);
    expect(compareSpecificity(general, specific)).toBeGreaterThan(0);
  });

  test('equal patterns are equally specific; ranking keeps list order for ties', () => {
    expect(compareSpecificity('https://a.ru/*', 'https://a.ru/*')).toBe(0);
    const sites = [
      { match: 'https://a.ru/*', label: 'first' },
      { match: 'https://a.ru/x/*', label: 'specific' },
      { match: 'https://a.ru/*', label: 'second' },
    ];
    expect(rankSites(sites).map((s) => s.label)).toEqual(['specific', 'first', 'second']);
  });
});

describe('overlap', () => {
  test.each([
    ['https://a.ru/*', 'https://a.ru/mais/*', true],
    ['https://*.nso.ru/*', 'https://mais.nso.ru/x', true],
    ['*://a.ru/*', 'http://a.ru/x', true],
    ['https://a.ru/x*', 'https://a.ru/*y', true],
    ['https://a.ru/x*', 'https://a.ru/y*', false],
    ['https://a.ru/*', 'https://b.ru/*', false],
    ['https://a.ru/*', 'http://a.ru/*', false],
    ['https://*.a.ru/*', 'https://*.b.ru/*', false],
    ['<all_urls>', 'file:///x/*', true],
  ])('%s and %s overlap: %s', (a, b, expected) => {
    expect(patternsOverlap(a, b)).toBe(expected);
    expect(patternsOverlap(b, a)).toBe(expected);
  });

  test('glob intersection handles stars on both sides', () => {
    expect(globsMeet('/a*c', '/ab*')).toBe(true);
    expect(globsMeet('/a*c', '/b*')).toBe(false);
    expect(globsMeet('*', '')).toBe(true);
  });
});

const broadIssuance: SiteSettings = { kind: 'issuance', match: 'https://osn.nso.ru/*', label: 'АИС ОСОН' };
const maisInside: SiteSettings = { kind: 'mais', match: 'https://osn.nso.ru/mais/*', label: 'МАИС' };

describe('the most specific site decides a page', () => {
  test('findSite and the panel config pick the МАИС site inside a broader issuance pattern', () => {
    const settings = settingsOf(broadIssuance, maisInside);
    expect(findSite(settings.sites, 'https://osn.nso.ru/mais/benefit?id=1')).toBe(maisInside);
    expect(findSite(settings.sites, 'https://osn.nso.ru/card/issue')).toBe(broadIssuance);
    expect(findSite(settings.sites, 'https://other.ru/')).toBeNull();
    expect(findPanelConfig(settings, 'https://osn.nso.ru/mais/x', DEFAULT_PACK)?.kind).toBe('mais');
    expect(findPanelConfig(settings, 'https://osn.nso.ru/card', DEFAULT_PACK)?.kind).toBe('issuance');
  });

  test('registration excludes the more specific pattern from the broader one', () => {
    const regs = registrationsFor(settingsOf(broadIssuance, maisInside));
    expect(regs.map((r) => [r.matches, r.excludeMatches, r.js])).toEqual([
      [['https://osn.nso.ru/*'], ['https://osn.nso.ru/mais/*'], ['issuance-agent.js']],
      [['https://osn.nso.ru/mais/*'], undefined, ['mais-agent.js']],
    ]);
  });

  test('separate patterns get no exclusions', () => {
    const regs = registrationsFor(
      settingsOf(broadIssuance, { kind: 'mais', match: 'https://mais.nso.ru/*' }),
    );
    expect(regs.every((r) => r.excludeMatches === undefined)).toBe(true);
  });

  test('overlapping patterns are a settings problem naming both sites and the one in force', () => {
    const problems = overlapProblems([broadIssuance, maisInside, { kind: 'mais', match: 'https://x.ru/*' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('«АИС ОСОН»');
    expect(problems[0]).toContain('«МАИС»');
    expect(problems[0]).toMatch(/действует «МАИС» \(МАИС\)/);
  });

  test('two sites with one pattern: the first is in force and both are named', () => {
    const [problem] = overlapProblems([broadIssuance, { ...broadIssuance, kind: 'mais', label: 'Копия' }]);
    expect(problem).toMatch(/«АИС ОСОН» и «Копия» заданы одним шаблоном/);
  });
});
