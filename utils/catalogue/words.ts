// Words of a category name reduced to comparable stems: case, ё/е, punctuation, plural and case endings,
// abbreviations (ВТ, ВБД, УВОВ…), roman and ordinal group numbers, filler words. Pure and small (content script).

const ABBREVIATIONS: Record<string, string> = {
  вт: 'ветеран труда',
  вбд: 'ветеран боевых действий',
  убд: 'участник боевых действий',
  увов: 'участник великой отечественной войны',
  ивов: 'инвалид великой отечественной войны',
  вов: 'великой отечественной войны',
  нсо: 'новосибирской области',
  обл: 'области',
  бну: 'бывший несовершеннолетний узник фашизма',
  i: '1',
  ii: '2',
  iii: '3',
  первой: '1',
  первая: '1',
  второй: '2',
  вторая: '2',
  третьей: '3',
  третья: '3',
};

/** Words that do not tell categories apart («лица, признанные…», «граждане из числа…», «Российской Федерации»). */
const FILLER = new Set([
  'и',
  'или',
  'а',
  'также',
  'в',
  'во',
  'по',
  'от',
  'о',
  'об',
  'на',
  'к',
  'с',
  'из',
  'для',
  'числа',
  'лица',
  'лицо',
  'лицам',
  'лиц',
  'граждане',
  'гражданин',
  'гражданка',
  'граждан',
  'категория',
  'льготная',
  'рф',
  'российской',
  'федерации',
  'г',
]);

/** Stems whose endings do not follow the common pattern. */
const IRREGULAR: Record<string, string> = {
  ребенок: 'ребенк',
  семья: 'сем',
  семьи: 'сем',
  семье: 'сем',
  семью: 'сем',
  семьей: 'сем',
  семей: 'сем',
  семьям: 'сем',
  детьми: 'дет',
};

// Longest first; one ending is removed, and only when at least three letters remain.
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иям',
  'иях',
  'ьми',
  'ях',
  'ах',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ым',
  'им',
  'ую',
  'юю',
  'ов',
  'ев',
  'ом',
  'ем',
  'ам',
  'ям',
  'ию',
  'ия',
  'ии',
  'ью',
  'ь',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'й',
];

export function stem(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (/\d/.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

/** The stems of a category name or of free text, as a set. */
export function categoryStems(text: string): Set<string> {
  const raw = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^a-zа-я0-9]+/)
    .filter(Boolean);
  const words = raw.flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' '));
  return new Set(words.filter((w) => !FILLER.has(w)).map(stem));
}

const REGION_STEMS = ['новосибирск', 'област'];

/** Whether the words name the region («Новосибирской области», «НСО»): such a category is a different one. */
export function namesRegion(stems: Set<string>): boolean {
  return REGION_STEMS.some((s) => stems.has(s));
}
