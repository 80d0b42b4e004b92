import { DEFAULT_SETTINGS, productionSites } from '@/utils/settings/schema';
import { selectorProblem, selectorWarnings } from '@/utils/settings/selector';
import { parseSettings } from '@/utils/settings/store';
import { validateSettings } from '@/utils/settings/validate';

const mais = { kind: 'mais', match: 'https://mais.nso.ru/*', label: 'МАИС' } as const;

describe('CSS selectors', () => {
  test.each([
    '#snils',
    'input[name="snils"]',
    '[aria-label="Серия"]',
    'form#f input:not([type=hidden])',
    ':has(> label)',
  ])('%s is accepted', (selector) => expect(selectorProblem(selector)).toBeNull());

  test.each([
    ['a[', /не распознан/],
    ['##x', /не распознан/],
    ['input:contains("x")', /неизвестный псевдокласс «contains»/],
    ['input::placeholder', /псевдоэлементы/],
    ['   ', /пустой/],
  ])('%s is refused in Russian', (selector, reason) => expect(selectorProblem(selector)).toMatch(reason));

  test('brittle selectors get warnings, robust ones none', () => {
    expect(selectorWarnings('#snils')).toEqual([]);
    expect(selectorWarnings('input[name="idSeries"]')).toEqual([]);
    expect(selectorWarnings('form > div:nth-child(3) > input').join(' ')).toContain(':nth-child');
    expect(selectorWarnings('#ext-gen1234').join(' ')).toContain('автоматически');
    expect(selectorWarnings('input').join(' ')).toContain('слишком общий');
    expect(selectorWarnings('body div form section input.x').join(' ')).toContain('цепочка');
  });
});

describe('settings schema', () => {
  test('office name and code are optional, trimmed and checked', () => {
    const ok = validateSettings({
      sites: [mais],
      office: { name: ' ОСОН Ленинского района ', code: 'OSN-04' },
    });
    expect(ok.ok && ok.settings.office).toEqual({ name: 'ОСОН Ленинского района', code: 'OSN-04' });
    const bad = validateSettings({ sites: [mais], office: { code: 'два слова' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems[0].path).toEqual(['office', 'code']);
      expect(bad.problems[0].message).toMatch(/^Отделение, код: код отделения/);
    }
  });

  test('strict validation lists every problem with its place, in Russian', () => {
    const result = validateSettings({
      sites: [
        mais,
        { kind: 'mais', match: 'mais', fields: { snils: 'a[', idSeries: '#ok' } },
        { kind: 'bank', match: 'https://x.ru/*', issueSelektor: '#go' },
      ],
      piiTtlMinutes: 0,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => p.message);
    expect(lines).toHaveLength(5);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Сайт №2 \(«mais»\), шаблон адреса: шаблон адреса не распознан/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Сайт №2 \(«mais»\), привязка полей «СНИЛС» \(snils\): CSS-селектор не распознан/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^Сайт №3 \(«https:\/\/x\.ru\/\*»\), тип: /));
    expect(lines).toContainEqual(expect.stringMatching(/^Сайт №3 .*issueSelektor/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^«Срок хранения данных гражданина, мин» \(piiTtlMinutes\): /),
    );
    expect(lines.join(' ')).not.toMatch(/expected|invalid input|unrecognized/i);
  });

  test('the storage reader drops a site with a bad mapping selector and says why', () => {
    const { settings, errors } = parseSettings({
      sites: [mais, { ...mais, match: 'https://b.ru/*', fields: { snils: 'x[' } }],
    });
    expect(settings.sites).toEqual([mais]);
    expect(errors[0]).toMatch(/^Сайт №2 .*fields\.snils: CSS-селектор не распознан/i);
  });

  test('a bad office is reported and left out, the rest stays', () => {
    const { settings, errors } = parseSettings({ sites: [mais], office: { name: '' } });
    expect(settings.sites).toEqual([mais]);
    expect(settings.office).toBeUndefined();
    expect(errors[0]).toContain('Отделение, название');
  });

  test('only the demo sites means no production site', () => {
    expect(productionSites(DEFAULT_SETTINGS)).toEqual([]);
    expect(productionSites({ ...DEFAULT_SETTINGS, sites: [...DEFAULT_SETTINGS.sites, mais] })).toEqual([
      mais,
    ]);
  });
});
