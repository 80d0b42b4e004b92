// Benefit categories (льготные категории) as data, from shared/domain.md. The code is stable (it is what the checklist
// stores); the name is what the clerk sees; aliases are other ways forms write the same category (matching also
// copes with case, ё/е, singular/plural and case endings, so aliases list only genuinely different wordings).
// `level`: whose register the category belongs to — federal (ЕДВ from the Social Fund) or regional (НСО budget).
// `confirmed: false` — not confirmed by a source for the regional travel pass (domain.md «likely»/«unconfirmed»).

export type CategoryLevel = 'federal' | 'regional';

export interface CategoryEntry {
  code: string;
  name: string;
  aliases: string[];
  level: CategoryLevel;
  confirmed: boolean;
}

export const CATEGORIES: readonly CategoryEntry[] = [
  {
    code: 'labour-veteran',
    name: 'Ветеран труда',
    aliases: ['ВТ', 'Ветераны труда Российской Федерации'],
    level: 'regional',
    confirmed: true,
  },
  {
    code: 'labour-veteran-equated',
    name: 'Лица, приравненные к ветеранам труда',
    aliases: ['Приравненные к ветеранам труда', 'Приравненный к ветерану труда'],
    level: 'regional',
    confirmed: true,
  },
  {
    code: 'labour-veteran-nso',
    name: 'Ветеран труда Новосибирской области',
    aliases: ['ВТ НСО', 'Ветеран труда НСО'],
    level: 'regional',
    confirmed: true,
  },
  {
    code: 'home-front-worker',
    name: 'Труженик тыла',
    aliases: [
      'Лица, проработавшие в тылу в период Великой Отечественной войны',
      'Лица, работавшие в тылу в период Великой Отечественной войны',
      'Труженики тыла ВОВ',
    ],
    level: 'regional',
    confirmed: true,
  },
  {
    code: 'rehabilitated',
    name: 'Реабилитированные лица',
    aliases: [
      'Реабилитированный',
      'Реабилитированные лица и лица, признанные пострадавшими от политических репрессий',
      'Жертвы политических репрессий',
      'Репрессированные',
    ],
    level: 'regional',
    confirmed: true,
  },
  {
    code: 'repression-victim',
    name: 'Лица, признанные пострадавшими от политических репрессий',
    aliases: ['Пострадавшие от политических репрессий', 'Пострадавший от политических репрессий'],
    level: 'regional',
    confirmed: true,
  },
  {
    code: 'disabled',
    name: 'Инвалиды I, II, III групп',
    aliases: [
      'Инвалид',
      'Инвалиды',
      'Инвалид I группы',
      'Инвалид II группы',
      'Инвалид III группы',
      'Инвалиды всех групп',
      'Инвалид с детства',
      'Лица с инвалидностью',
    ],
    level: 'federal',
    confirmed: true,
  },
  {
    code: 'disabled-child',
    name: 'Дети-инвалиды',
    aliases: ['Ребёнок-инвалид', 'Ребенок инвалид'],
    level: 'federal',
    confirmed: true,
  },
  {
    code: 'disabled-child-parent',
    name: 'Один из родителей (опекун, попечитель) ребёнка-инвалида',
    aliases: [
      'Родитель ребёнка-инвалида',
      'Родители детей-инвалидов',
      'Законный представитель ребёнка-инвалида',
      'Опекун ребёнка-инвалида',
      'Попечитель ребёнка-инвалида',
      'Лицо, сопровождающее ребёнка-инвалида',
    ],
    level: 'federal',
    confirmed: true,
  },
  {
    code: 'disabled-companion',
    name: 'Лицо, сопровождающее инвалида I группы',
    aliases: ['Сопровождающий инвалида I группы', 'Сопровождающее лицо инвалида 1 группы'],
    level: 'federal',
    confirmed: true,
  },
  {
    code: 'wwii-participant',
    name: 'Участник Великой Отечественной войны',
    aliases: ['УВОВ', 'Участник ВОВ', 'Участники Великой Отечественной войны'],
    level: 'federal',
    confirmed: false,
  },
  {
    code: 'wwii-disabled',
    name: 'Инвалид Великой Отечественной войны',
    aliases: ['ИВОВ', 'Инвалид ВОВ', 'Инвалид войны'],
    level: 'federal',
    confirmed: false,
  },
  {
    code: 'combat-veteran',
    name: 'Ветеран боевых действий',
    aliases: ['ВБД', 'Участник боевых действий', 'Инвалид боевых действий'],
    level: 'federal',
    confirmed: false,
  },
  {
    code: 'fallen-family',
    name: 'Члены семей погибших (умерших) инвалидов войны, участников ВОВ и ветеранов боевых действий',
    aliases: [
      'Члены семей погибших',
      'Член семьи погибшего',
      'Член семьи умершего',
      'Члены семей погибших военнослужащих',
      'Член семьи погибшего (умершего) инвалида войны',
      'Член семьи погибшего (умершего) ветерана боевых действий',
    ],
    level: 'federal',
    confirmed: false,
  },
  {
    code: 'nazi-camp-prisoner',
    name: 'Бывшие несовершеннолетние узники фашизма',
    aliases: [
      'Бывший несовершеннолетний узник фашизма',
      'Несовершеннолетние узники концлагерей',
      'Бывшие несовершеннолетние узники концлагерей, гетто, других мест принудительного содержания',
      'Узник фашизма',
      'Узники концлагерей',
      'БНУ',
    ],
    level: 'federal',
    confirmed: false,
  },
  {
    code: 'leningrad-siege',
    name: 'Лица, награждённые знаком «Жителю блокадного Ленинграда»',
    aliases: [
      'Жители блокадного Ленинграда',
      'Житель блокадного Ленинграда',
      'Блокадник',
      'Блокадники Ленинграда',
    ],
    level: 'federal',
    confirmed: false,
  },
  {
    code: 'military-service-veteran',
    name: 'Ветеран военной службы',
    aliases: ['Ветераны военной службы'],
    level: 'regional',
    confirmed: false,
  },
  {
    code: 'old-age-pensioner',
    name: 'Пенсионеры по старости',
    aliases: ['Пенсионер по старости', 'Пенсионер по возрасту', 'Получатели страховой пенсии по старости'],
    level: 'regional',
    confirmed: false,
  },
  {
    code: 'large-family',
    name: 'Многодетные семьи',
    aliases: [
      'Многодетная семья',
      'Член многодетной семьи',
      'Многодетный родитель',
      'Дети из многодетных семей',
    ],
    level: 'regional',
    confirmed: false,
  },
];
