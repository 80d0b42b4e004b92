import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../utils/catalogue/categories';
import {
  categoryByCode,
  createCategoryMatcher,
  matchCategory,
  textNamesCategory,
} from '../../utils/catalogue/match';

describe('catalogue data', () => {
  it('has unique stable codes, names and a level for every entry', () => {
    const codes = CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CATEGORIES) {
      expect(c.code).toMatch(/^[a-z0-9-]+$/);
      expect(c.name.length).toBeGreaterThan(3);
      expect(['federal', 'regional']).toContain(c.level);
      expect(typeof c.confirmed).toBe('boolean');
    }
  });

  it('holds the confirmed categories of domain.md and marks the likely ones unconfirmed', () => {
    const confirmed = CATEGORIES.filter((c) => c.confirmed).map((c) => c.code);
    expect(confirmed).toEqual(
      expect.arrayContaining([
        'labour-veteran',
        'labour-veteran-nso',
        'home-front-worker',
        'rehabilitated',
        'repression-victim',
        'disabled',
        'disabled-child',
        'disabled-child-parent',
        'disabled-companion',
      ]),
    );
    for (const code of [
      'wwii-participant',
      'wwii-disabled',
      'combat-veteran',
      'nazi-camp-prisoner',
      'leningrad-siege',
    ]) {
      expect(categoryByCode(code)?.confirmed).toBe(false);
    }
  });

  it('every name and alias matches its own entry (no alias is shadowed by another entry)', () => {
    for (const entry of CATEGORIES) {
      for (const text of [entry.name, ...entry.aliases]) {
        expect(matchCategory(text)?.code, text).toBe(entry.code);
      }
    }
  });
});

describe('matchCategory', () => {
  it.each([
    ['Ветеран труда', 'labour-veteran'],
    ['Ветераны труда', 'labour-veteran'],
    ['ветерану труда', 'labour-veteran'],
    ['ВЕТЕРАНАМ ТРУДА', 'labour-veteran'],
    ['ветеранов труда', 'labour-veteran'],
    ['Ветеран труда.', 'labour-veteran'],
    ['«Ветеран труда»', 'labour-veteran'],
    ['ВТ', 'labour-veteran'],
    ['Ветеран труда Новосибирской области', 'labour-veteran-nso'],
    ['Ветераны труда Новосибирской области', 'labour-veteran-nso'],
    ['ВЕТЕРАН ТРУДА НОВОСИБИРСКОЙ ОБЛАСТИ', 'labour-veteran-nso'],
    ['Ветеран труда (Новосибирская область)', 'labour-veteran-nso'],
    ['ветеран труда НСО', 'labour-veteran-nso'],
    ['ВТ НСО', 'labour-veteran-nso'],
    ['Ветеран труда Новосибирской обл.', 'labour-veteran-nso'],
    ['Лица, приравненные к ветеранам труда', 'labour-veteran-equated'],
    ['Труженик тыла', 'home-front-worker'],
    ['Труженики тыла', 'home-front-worker'],
    ['труженикам тыла', 'home-front-worker'],
    ['Реабилитированные лица', 'rehabilitated'],
    ['Реабилитированный', 'rehabilitated'],
    ['реабилитированным лицам', 'rehabilitated'],
    ['Реабилитированные лица и лица, признанные пострадавшими от политических репрессий', 'rehabilitated'],
    ['Лица, признанные пострадавшими от политических репрессий', 'repression-victim'],
    ['Пострадавшие от политических репрессий', 'repression-victim'],
    ['Инвалид', 'disabled'],
    ['Инвалиды', 'disabled'],
    ['Инвалид II группы', 'disabled'],
    ['инвалид 2 группы', 'disabled'],
    ['Инвалиды второй группы', 'disabled'],
    ['Инвалид (все группы)', 'disabled'],
    ['Инвалиды I, II, III групп', 'disabled'],
    ['Дети-инвалиды', 'disabled-child'],
    ['Ребёнок-инвалид', 'disabled-child'],
    ['ребенок инвалид', 'disabled-child'],
    ['детям-инвалидам', 'disabled-child'],
    ['Родители детей-инвалидов', 'disabled-child-parent'],
    ['Один из родителей (законный представитель) ребенка-инвалида', 'disabled-child-parent'],
    ['Опекун ребёнка-инвалида', 'disabled-child-parent'],
    ['Лицо, сопровождающее инвалида I группы', 'disabled-companion'],
    ['Сопровождающий инвалида 1 группы', 'disabled-companion'],
    ['Участник Великой Отечественной войны', 'wwii-participant'],
    ['Участники ВОВ', 'wwii-participant'],
    ['УВОВ', 'wwii-participant'],
    ['Инвалид Великой Отечественной войны', 'wwii-disabled'],
    ['Инвалиды ВОВ', 'wwii-disabled'],
    ['ИВОВ', 'wwii-disabled'],
    ['Ветеран боевых действий', 'combat-veteran'],
    ['Ветераны боевых действий', 'combat-veteran'],
    ['ВБД', 'combat-veteran'],
    ['Члены семей погибших (умерших) ветеранов боевых действий', 'fallen-family'],
    ['Бывшие несовершеннолетние узники фашизма', 'nazi-camp-prisoner'],
    ['Бывший несовершеннолетний узник концлагерей', 'nazi-camp-prisoner'],
    ['Жители блокадного Ленинграда', 'leningrad-siege'],
    ['Лица, награжденные знаком «Жителю блокадного Ленинграда»', 'leningrad-siege'],
    ['Ветераны военной службы', 'military-service-veteran'],
    ['Пенсионеры по старости', 'old-age-pensioner'],
    ['Многодетная семья', 'large-family'],
    ['Член многодетной семьи', 'large-family'],
    ['labour-veteran-nso', 'labour-veteran-nso'],
  ])('«%s» → %s', (text, code) => {
    expect(matchCategory(text)?.code).toBe(code);
  });

  it.each([
    '',
    '   ',
    'Ветеран',
    'Ветераны',
    'Почётный донор',
    'Пенсионер',
    'Труженик',
    'Новосибирская область',
    'Инвалид Новосибирской области',
    'Труженик тыла Новосибирской области',
    'Выберите…',
    '(нет)',
  ])('«%s» → null', (text) => {
    expect(matchCategory(text)).toBeNull();
  });

  it('never confuses «Ветеран труда» with «Ветеран труда Новосибирской области», either way', () => {
    const plain = ['Ветеран труда', 'Ветераны труда', 'ВТ', 'ветерану труда'];
    const regional = [
      'Ветеран труда Новосибирской области',
      'ВТ НСО',
      'Ветераны труда НСО',
      'ветерану труда новосибирской области',
    ];
    for (const text of plain) expect(matchCategory(text)?.code, text).toBe('labour-veteran');
    for (const text of regional) expect(matchCategory(text)?.code, text).toBe('labour-veteran-nso');
    expect(textNamesCategory('Ветеран труда Новосибирской области', 'labour-veteran')).toBe(false);
    expect(textNamesCategory('Ветеран труда', 'labour-veteran-nso')).toBe(false);
  });
});

describe('textNamesCategory', () => {
  it('sees both halves of a combined name', () => {
    const combined = 'Реабилитированные лица и лица, признанные пострадавшими от политических репрессий';
    expect(textNamesCategory(combined, 'rehabilitated')).toBe(true);
    expect(textNamesCategory(combined, 'repression-victim')).toBe(true);
    expect(textNamesCategory(combined, 'disabled')).toBe(false);
  });

  it('accepts a code as the text', () => {
    expect(textNamesCategory('disabled', 'disabled')).toBe(true);
  });
});

describe('categoryByCode / createCategoryMatcher', () => {
  it('finds by code and nothing else', () => {
    expect(categoryByCode('home-front-worker')?.name).toBe('Труженик тыла');
    expect(categoryByCode('Труженик тыла')).toBeNull();
    expect(categoryByCode('')).toBeNull();
  });

  it('matches against another catalogue (an administrator-edited one)', () => {
    const matcher = createCategoryMatcher([
      {
        code: 'donor',
        name: 'Почётный донор России',
        aliases: ['Почётные доноры'],
        level: 'federal',
        confirmed: false,
      },
    ]);
    expect(matcher.match('почетному донору России')?.code).toBe('donor');
    expect(matcher.match('Почётные доноры')?.code).toBe('donor');
    expect(matcher.match('Ветеран труда')).toBeNull();
  });
});
